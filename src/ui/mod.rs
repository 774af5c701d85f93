//! The browser widget: thin Leptos components over `rules`. Nothing here computes law.

mod betragsfeld;
mod verzug;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use betragsfeld::Betragsfeld;
pub use verzug::VerzugsCheck;

use crate::rules::datum::Datum;

/// Today's date in the visitor's time zone; the only clock the widget reads.
pub fn heute() -> Datum {
    let jetzt = js_sys::Date::new_0();
    Datum::new(jetzt.get_full_year() as i32, (jetzt.get_month() + 1) as u8, jetzt.get_date() as u8)
        .unwrap_or(Datum::ymd(2026, 1, 1))
}

/// Shows the static "could not start" message that `index.html` keeps hidden.
/// The contact card is static HTML and stays visible whatever happens here.
pub fn startfehler_zeigen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(meldung) = doc.get_element_by_id("wohncheck-startfehler") {
        let _ = meldung.remove_attribute("hidden");
    }
    if let Some(laden) = doc.get_element_by_id("wohncheck-laden") {
        let _ = laden.set_attribute("hidden", "");
    }
}

/// Entry point of the browser build: installs the panic hook, then mounts the
/// check into `#wohncheck-app`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("wohncheck: {info}").into());
        startfehler_zeigen();
    }));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(ziel) = doc.get_element_by_id("wohncheck-app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    if let Some(laden) = doc.get_element_by_id("wohncheck-laden") {
        laden.remove();
    }
    ziel.set_attribute("data-gestartet", "").ok();
    leptos::mount::mount_to(ziel, App).forget();
}

#[component]
pub fn App() -> impl IntoView {
    let heute = heute();
    view! { <VerzugsCheck heute=heute /> }
}

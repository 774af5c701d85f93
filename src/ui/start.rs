//! Starting the widget: on our own pages (`start`, the static shell around it follows the chosen
//! language) or inside a host page's Shadow DOM (`einbetten`). Chooses the language, loads its
//! file from the widget's own origin, then mounts `App`. Uses web-sys and the texts; no law.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::sprachen::{fuellen, passende, registrieren, sprache, Sprache, Texte, SPRACHEN};
use crate::region::{region, Region, Stelle, STANDARD_REGION};
use crate::rules::datum::Datum;

use super::{App, Sprachhinweis};

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

/// Our own pages (index.html, embed.html) wrap the widget in a static shell: heading and
/// contact card, in German so they work without JavaScript. Once the widget runs, the shell
/// follows the chosen language. Never called for a widget embedded in a host page.
pub(super) fn seite_uebersetzen(t: &Texte, code: &str, stelle: &Stelle) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(wurzel) = doc.document_element() {
        let _ = wurzel.set_attribute("lang", code);
        let _ = wurzel.set_attribute("dir", if sprache(code).rtl { "rtl" } else { "ltr" });
    }
    doc.set_title(t.seite_titel);
    let setzen = |selektor: &str, text: &str| {
        if let Ok(Some(e)) = doc.query_selector(selektor) {
            e.set_text_content(Some(text));
        }
    };
    setzen("#wohncheck > h1", t.seite_titel);
    setzen("#wc-kontakt-titel", t.seite_kontakt_titel);
    if let Some(telefon) = stelle.telefon {
        setzen("#wohncheck [data-testid='kontakt-telefon']", &fuellen(t.seite_telefon, &[("telefon", &crate::sprachen::telefon(t, telefon))]));
    }
}

/// The language this visitor gets: `?lang=` (own pages), then `data-lang`, then the browser's
/// preferred languages (the first this check has), else German. A wish this check cannot meet is
/// returned too, so that the widget says so instead of silently showing German.
fn sprachwunsch(aus_url: Option<String>, aus_element: Option<String>) -> (&'static Sprache, Option<String>) {
    if let Some(w) = aus_url.or(aus_element).filter(|w| !w.trim().is_empty()) {
        return match passende(&w) {
            Some(s) => (s, None),
            None => (&SPRACHEN[0], Some(w)),
        };
    }
    let browser = web_sys::window().map(|w| w.navigator().languages()).map(|l| l.iter().filter_map(|x| x.as_string()).collect::<Vec<_>>());
    let s = browser.unwrap_or_default().iter().find_map(|w| passende(w)).unwrap_or(&SPRACHEN[0]);
    (s, None)
}

/// Fetches a language file from the widget's own origin: the one request the check may make
/// after the page has loaded, because the visitor chose the language; it carries no answer.
pub(super) async fn sprache_laden(basis: &str, s: &'static Sprache) -> bool {
    if s.geladen().is_some() {
        return true;
    }
    let url = format!("{basis}sprachen/{}.txt", s.code);
    let Some(fenster) = web_sys::window() else { return false };
    let antwort = match wasm_bindgen_futures::JsFuture::from(fenster.fetch_with_str(&url)).await {
        Ok(a) => a.dyn_into::<web_sys::Response>().ok(),
        Err(_) => None,
    };
    let Some(antwort) = antwort.filter(|a| a.ok()) else { return false };
    let Ok(versprechen) = antwort.text() else { return false };
    let text = wasm_bindgen_futures::JsFuture::from(versprechen).await.ok().and_then(|t| t.as_string());
    text.is_some_and(|t| registrieren(&t).is_ok())
}

/// Mounts the check once its language is there: a chosen language other than German loads
/// first, while the page's own fallback (loading line, contact) stays.
async fn einhaengen(ziel: web_sys::HtmlElement, region: &'static Region, wunsch: (&'static Sprache, Option<String>), basis: String, eingebettet: bool, eigene_seite: bool) {
    let (s, unbekannt) = wunsch;
    let geladen = sprache_laden(&basis, s).await;
    let start = if geladen { s.code } else { SPRACHEN[0].code };
    let hinweis = match (unbekannt, geladen) {
        (Some(w), _) => Some(Sprachhinweis::Unbekannt(w)),
        (None, false) => Some(Sprachhinweis::NichtGeladen),
        _ => None,
    };
    if eigene_seite {
        if let Some(laden) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("wohncheck-laden")) {
            laden.remove();
        }
        ziel.set_attribute("data-gestartet", "").ok();
    }
    leptos::mount::mount_to(ziel, move || {
        view! { <App heute=heute() region=region start_sprache=start eingebettet=eingebettet eigene_seite=eigene_seite basis=basis sprachhinweis=hinweis /> }
    })
    .forget();
}

/// Entry point of the browser build: installs the panic hook, then mounts the
/// check into `#wohncheck-app`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("wohncheck: {info}").into());
        startfehler_zeigen();
    }));
    let Some(fenster) = web_sys::window() else { return };
    let Some(doc) = fenster.document() else { return };
    let Some(ziel) = doc.get_element_by_id("wohncheck-app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    // A linked standalone page may choose region and language by URL (?region=…&lang=…);
    // nothing else is ever read from or written to the URL.
    let parameter = fenster.location().search().ok().and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok());
    let aus_url = |name: &str| parameter.as_ref().and_then(|p| p.get(name));
    let wunsch = sprachwunsch(aus_url("lang"), ziel.get_attribute("data-lang"));
    let region_id = aus_url("region").or_else(|| ziel.get_attribute("data-region")).unwrap_or_else(|| STANDARD_REGION.into());
    let Some(region) = region(&region_id).or_else(|| region(STANDARD_REGION)) else { return };
    let eingebettet = ziel.get_attribute("data-einbettung").is_some();
    // Our own pages lie next to the language files.
    wasm_bindgen_futures::spawn_local(einhaengen(ziel, region, wunsch, String::new(), eingebettet, true));
}

/// Mounts a check into `ziel`, an element inside the Shadow DOM root that
/// `wohncheck-embed.js` created in the host page. Called once per widget, so two
/// widgets on one page are independent. `basis`: where the widget's files lie (the language
/// files among them), ending in "/".
/// The promise settles once the first step is drawn, so that the host's fallback can give way
/// to it in one frame.
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn einbetten(ziel: web_sys::HtmlElement, region_id: String, sprache_code: String, basis: Option<String>) -> bool {
    let Some(region) = region(&region_id).or_else(|| region(STANDARD_REGION)) else { return false };
    let wunsch = sprachwunsch(None, Some(sprache_code));
    einhaengen(ziel, region, wunsch, basis.unwrap_or_default(), true, false).await;
    true
}

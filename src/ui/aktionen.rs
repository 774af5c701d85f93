//! What can be done with the result: print it (every disclosure opened first, also when the
//! browser's own menu prints) and delete every answer, after asking once. Uses web-sys; no law.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::eingabe::antworten::Antworten;
use crate::eingabe::fragen::Schritt;
use crate::ui::formular::{b, s, T};

use super::navigation::Schrittfolge;
use super::text;

/// Opens every "why" disclosure of one widget before printing, so the summary is complete.
/// Searched from the widget's own root, which inside the embed is in a Shadow DOM that a
/// query on the document does not reach.
fn alle_details_oeffnen(wurzel: &web_sys::Element) {
    if let Ok(liste) = wurzel.query_selector_all("details") {
        for i in 0..liste.length() {
            if let Some(e) = liste.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = e.set_attribute("open", "");
            }
        }
    }
}

/// Shown on the result only.
#[component]
pub(super) fn Aktionen(folge: Schrittfolge, antworten: RwSignal<Antworten>, t: T, wurzel: NodeRef<html::Div>) -> impl IntoView {
    let loeschen = move |_| {
        if folge.loeschen_bestaetigen.get() {
            antworten.set(Antworten::default());
            folge.gehe(Schritt::Anlass);
        } else {
            folge.loeschen_bestaetigen.set(true);
        }
    };
    let oeffnen = move || {
        if let Some(w) = wurzel.try_get_untracked().flatten() {
            alle_details_oeffnen(&w);
        }
    };
    // Printing from the browser's menu, too (standalone page or host page): one listener per widget.
    if let Some(fenster) = web_sys::window() {
        let vor_dem_druck = Closure::<dyn Fn()>::new(oeffnen);
        let _ = fenster.add_event_listener_with_callback("beforeprint", vor_dem_druck.as_ref().unchecked_ref());
        vor_dem_druck.forget();
    }
    let drucken = move |_| {
        oeffnen();
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
            <div class="wc-aktionen" hidden=b(move || folge.schritt.get() != Schritt::Ergebnis)>
                <button type="button" class="wc-knopf" data-testid="drucken" on:click=drucken>{text(t, |t| t.ergebnis_drucken)}</button>
                <button type="button" class="wc-knopf wc-knopf-leise" data-testid="loeschen" on:click=loeschen>
                    {s(move || if folge.loeschen_bestaetigen.get() { t.get().ergebnis_loeschen_frage } else { t.get().ergebnis_loeschen }.to_string())}
                </button>
            </div>
    }
}

//! Moving through the steps: where the check stands (`Schrittfolge`), the progress line, the
//! back and next buttons, and where the focus goes after a move. Uses the steps of
//! `eingabe::fragen`; no law.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::sprachen::fuellen;
use crate::eingabe::fragen::{Schritt, SCHRITTE};
use crate::ui::formular::{b, s, T};

/// The step shown and what a move changes besides it; copied into every handler.
#[derive(Clone, Copy)]
pub(super) struct Schrittfolge {
    pub schritt: RwSignal<Schritt>,
    /// Set by the first move: the focus follows moves, never the first load.
    navigiert: RwSignal<bool>,
    /// "Löschen" asks once before it deletes; any move withdraws the question.
    pub loeschen_bestaetigen: RwSignal<bool>,
}

impl Schrittfolge {
    pub fn neu() -> Self {
        Schrittfolge { schritt: RwSignal::new(Schritt::Anlass), navigiert: RwSignal::new(false), loeschen_bestaetigen: RwSignal::new(false) }
    }

    pub fn index(self) -> usize {
        SCHRITTE.iter().position(|s| *s == self.schritt.get()).unwrap_or(0)
    }

    pub fn gehe(self, s: Schritt) {
        self.navigiert.set(true);
        self.loeschen_bestaetigen.set(false);
        self.schritt.set(s);
    }

    pub fn weiter(self) {
        let i = self.index();
        if i + 1 < SCHRITTE.len() {
            self.gehe(SCHRITTE[i + 1]);
        }
    }

    pub fn zurueck(self) {
        let i = self.index();
        if i > 0 {
            self.gehe(SCHRITTE[i - 1]);
        }
    }
}

/// Focus moves to the new step's heading after navigation (or to the field chosen in the
/// summary of unreadable answers, `ziel`), never on first load; the live region is cleared.
pub(super) fn fokus_nach_navigation(folge: Schrittfolge, ziel: RwSignal<Option<String>>, wurzel: NodeRef<html::Div>, ueberschrift: NodeRef<html::H2>, ansage: RwSignal<String>) {
    Effect::new(move |_| {
        folge.schritt.track();
        if !folge.navigiert.get_untracked() {
            return;
        }
        ansage.set(String::new());
        let feld = ziel.get_untracked().and_then(|id| {
            let w = wurzel.get_untracked()?;
            w.query_selector(&format!("#{id}")).ok().flatten()?.dyn_into::<web_sys::HtmlElement>().ok()
        });
        ziel.set(None);
        match feld {
            Some(f) => {
                let _ = f.focus();
            }
            None => {
                if let Some(h) = ueberschrift.get() {
                    let _ = h.focus();
                }
            }
        }
    });
}

/// "Schritt 2 von 5" and the bar; hidden on the result.
#[component]
pub(super) fn Fortschritt(folge: Schrittfolge, t: T) -> impl IntoView {
    let gesamt = SCHRITTE.len() - 1;
    view! {
        <div hidden=b(move || folge.schritt.get() == Schritt::Ergebnis)>
            <p class="wc-fortschritt-text" id="wc-fortschritt" data-testid="fortschritt">
                {s(move || fuellen(t.get().allgemein_schritt_von, &[("n", &(folge.index() + 1).to_string()), ("gesamt", &gesamt.to_string())]))}
            </p>
            <progress class="wc-fortschritt" max=gesamt value=move || folge.index() + 1 aria-labelledby="wc-fortschritt"></progress>
        </div>
    }
}

/// Back (on the result: "change answers") and next (before the result: "show the result"),
/// inside the form so that Enter goes on.
#[component]
pub(super) fn Navigation(folge: Schrittfolge, t: T) -> impl IntoView {
    let schritt = folge.schritt;
    view! {
        <div class="wc-navigation">
                <button type="button" class="wc-knopf wc-knopf-leise" data-testid="zurueck" on:click=move |_| folge.zurueck() hidden=b(move || folge.index() == 0)>
                    {s(move || if schritt.get() == Schritt::Ergebnis { t.get().ergebnis_aendern } else { t.get().allgemein_zurueck }.to_string())}
                </button>
                <button type="submit" class="wc-knopf wc-knopf-haupt" data-testid="weiter" hidden=b(move || schritt.get() == Schritt::Ergebnis)>
                    {s(move || if schritt.get() == Schritt::Lage { t.get().allgemein_ergebnis_zeigen } else { t.get().allgemein_weiter }.to_string())}
                </button>
        </div>
    }
}

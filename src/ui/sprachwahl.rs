//! The language switch: one button per language, a language not yet here loaded from the
//! widget's own files on the visitor's choice, and a line whenever the widget does not show what
//! was asked for (or is not German, whose letters and laws count). Uses the texts and `start`'s
//! loader; no law.

use leptos::prelude::*;

use crate::sprachen::{fuellen, Sprache, SPRACHEN};
use crate::ui::formular::{b, s, T};

use super::start::sprache_laden;
use super::text;

/// Why the widget does not show the language asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Sprachhinweis {
    /// This check does not have it (the code as asked).
    Unbekannt(String),
    /// Its file could not be loaded.
    NichtGeladen,
}

#[component]
pub(super) fn Sprachwahl(sprach_code: RwSignal<&'static str>, sprachhinweis: RwSignal<Option<Sprachhinweis>>, t: T, basis: String) -> impl IntoView {
    // A language chosen here loads from the widget's own files if it is not there yet.
    let laedt = RwSignal::new(false);
    let basis = StoredValue::new(basis);
    let waehlen = move |sp: &'static Sprache| {
        sprachhinweis.set(None);
        if sp.geladen().is_some() {
            sprach_code.set(sp.code);
            return;
        }
        laedt.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            if sprache_laden(&basis.get_value(), sp).await {
                sprach_code.set(sp.code);
            } else {
                sprachhinweis.set(Some(Sprachhinweis::NichtGeladen));
            }
            laedt.set(false);
        });
    };
    // Never a silent mismatch: a language asked for that is not here, or did not load, is said;
    // in any other language than German, a line says the German letters and laws count.
    let sprachhinweis_text = move || {
        let t = t.get();
        match sprachhinweis.get() {
            Some(Sprachhinweis::Unbekannt(w)) => fuellen(t.allgemein_sprache_unbekannt, &[("code", &w)]),
            Some(Sprachhinweis::NichtGeladen) => t.allgemein_sprache_fehler.to_string(),
            None if sprach_code.get() != SPRACHEN[0].code => t.allgemein_uebersetzung_hinweis.to_string(),
            None => String::new(),
        }
    };
    view! {
        <nav class="wc-sprachen" aria-label=text(t, |t| t.allgemein_sprache) aria-busy=s(move || laedt.get().to_string())>
            {SPRACHEN.iter().map(|sp| view! {
                <button type="button" class="wc-knopf wc-knopf-leise" lang=sp.code dir=if sp.rtl { "rtl" } else { "ltr" } data-testid=format!("sprache-{}", sp.code)
                    aria-pressed=s(move || (sprach_code.get() == sp.code).to_string())
                    on:click=move |_| waehlen(sp)>{sp.name}</button>
            }).collect_view()}
        </nav>
        <p class="wc-hinweis wc-sprachhinweis" data-testid="sprachhinweis" hidden=b(move || sprachhinweis_text().is_empty())>{s(sprachhinweis_text)}</p>
    }
}


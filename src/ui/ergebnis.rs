//! The result on screen. The page itself is written by `ergebnisseite` (pure Rust,
//! tested natively); this component only puts it in place and rewrites it when the
//! assessment or the language changes.

use leptos::prelude::*;

use crate::ergebnisseite;
use crate::fragebogen::{Antworten, Auswertung};
use crate::html::Html;
use crate::i18n::SPRACHEN;
use crate::region::{Region, Stelle};
use crate::ui::formular::{s, T};

fn deutsch(t: T) -> bool {
    std::ptr::eq(t.get(), SPRACHEN[0].texte)
}

#[component]
pub fn Kontaktkarte(stelle: &'static Stelle, t: T) -> impl IntoView {
    let html = move || {
        let mut h = Html::neu();
        ergebnisseite::kontaktkarte(&mut h, t.get(), stelle, deutsch(t));
        h.fertig()
    };
    view! { <div inner_html=s(html)></div> }
}

#[component]
pub fn Ergebnis(auswertung: Memo<Option<Auswertung>>, antworten: RwSignal<Antworten>, t: T, region: &'static Region) -> impl IntoView {
    let html = move || {
        let r = auswertung.get();
        antworten.with(|a| ergebnisseite::ergebnis(t.get(), deutsch(t), r.as_ref(), a, region))
    };
    view! { <div class="wc-ergebnis" data-testid="ergebnis" inner_html=s(html)></div> }
}

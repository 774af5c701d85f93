//! The result on screen. The page itself is written by `ergebnisseite` (pure Rust,
//! tested natively); this component only puts it in place and rewrites it when the
//! assessment or the language changes.

use leptos::prelude::*;

use crate::ergebnisseite;
use crate::fragebogen::{Antworten, Auswertung};
use crate::html::Html;
use crate::i18n::SPRACHEN;
use crate::region::{Region, Stelle};
use crate::formular::Schritt;
use crate::i18n::fuellen;
use crate::ui::formular::{b, s, T};

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

/// After the step's heading: the answers of earlier steps that could not be read, each with a
/// button back to its field. "Weiter" never stops, but nothing typed is silently ignored.
#[component]
pub fn Unlesbar(antworten: RwSignal<Antworten>, t: T, heute: crate::rules::datum::Datum, schritt: RwSignal<Schritt>, gehe: Callback<(Schritt, String)>) -> impl IntoView {
    let liste = Memo::new(move |_| {
        let jetzt = schritt.get();
        // The result lists them itself, with what it does without them.
        if jetzt == Schritt::Ergebnis {
            return Vec::new();
        }
        antworten.with(|a| crate::formular::unlesbar(a).into_iter().filter(|u| u.schritt < jetzt).collect::<Vec<_>>())
    });
    let eintraege = move || {
        liste
            .get()
            .into_iter()
            .map(|u| {
                let beschriftung = s(move || {
                    let frage = u.label.fuer(t.get(), heute);
                    format!("{} („{}“)", fuellen(t.get().fehler_aendern, &[("frage", &frage)]), u.wert.trim())
                });
                let (ziel_schritt, id) = (u.schritt, u.id.clone());
                view! {
                    <li><button type="button" class="wc-knopf-link" data-testid=format!("aendern-{}", u.id)
                        on:click=move |_| gehe.run((ziel_schritt, id.clone()))>{beschriftung}</button></li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="wc-fehlerliste" data-testid="fehlerliste" hidden=b(move || liste.with(|l| l.is_empty()))>
            <p class="wc-fehlerliste-titel"><strong>{s(move || t.get().fehler_zusammenfassung_titel.to_string())}</strong></p>
            <p>{s(move || t.get().fehler_zusammenfassung_text.to_string())}</p>
            <ul>{eintraege}</ul>
        </div>
    }
}

//! The result on screen. The page itself is written by `darstellung::ergebnis` (pure Rust,
//! tested natively); this component only puts it in place and rewrites it when the
//! assessment or the language changes.

use leptos::prelude::*;

use crate::darstellung::ergebnis;
use crate::eingabe::antworten::Antworten;
use crate::beurteilung::Beurteilung;
use crate::darstellung::html::Html;
use crate::sprachen::SPRACHEN;
use crate::region::{Region, Stelle};
use crate::eingabe::fragen::Schritt;
use crate::ui::formular::{b, s, T};

/// German or Leichte Sprache: no second, German summary in print.
fn deutsch_texte(t: &crate::sprachen::Texte) -> bool {
    SPRACHEN.iter().any(|s| s.code.starts_with("de") && s.geladen().is_some_and(|x| std::ptr::eq(x, t)))
}

#[component]
pub fn Kontaktkarte(stelle: &'static Stelle, t: T) -> impl IntoView {
    let html = move || {
        let mut h = Html::neu();
        ergebnis::kontaktkarte(&mut h, t.get(), stelle);
        h.fertig()
    };
    view! { <div inner_html=s(html)></div> }
}

#[component]
pub fn Ergebnis(auswertung: Memo<Option<Beurteilung>>, antworten: RwSignal<Antworten>, gelesen: Memo<crate::eingabe::gelesen::Gelesen>, t: T, region: &'static Region) -> impl IntoView {
    let html = move || {
        let t = t.get();
        auswertung.with(|r| antworten.with(|a| gelesen.with(|g| ergebnis::ergebnis(t, deutsch_texte(t), r.as_ref(), a, g, region))))
    };
    view! { <div class="wc-ergebnis" data-testid="ergebnis" inner_html=s(html)></div> }
}

/// After the step's heading: the answers of earlier steps that could not be read, each with a
/// button back to its field. "Weiter" never stops, but nothing typed is silently ignored.
/// The list is HTML from `ergebnis::fehlerliste`; one click handler for all buttons.
#[component]
pub fn Unlesbar(antworten: RwSignal<Antworten>, gelesen: Memo<crate::eingabe::gelesen::Gelesen>, t: T, heute: crate::rules::datum::Datum, schritt: RwSignal<Schritt>, gehe: Callback<(Schritt, String)>) -> impl IntoView {
    let liste = Memo::new(move |_| {
        let jetzt = schritt.get();
        // The result lists them itself, with what it does without them.
        if jetzt == Schritt::Ergebnis {
            return Vec::new();
        }
        antworten.with(|a| gelesen.with(|g| crate::eingabe::fragen::unlesbar(a, g)).into_iter().filter(|u| u.schritt < jetzt).collect::<Vec<_>>())
    });
    let html = move || liste.with(|l| if l.is_empty() { String::new() } else { ergebnis::fehlerliste(t.get(), l, heute) });
    let klick = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let knopf = ev.target().and_then(|z| z.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("button[data-feld]").ok().flatten());
        if let Some(k) = knopf {
            let ziel = k.get_attribute("data-schritt").and_then(|i| i.parse::<usize>().ok()).and_then(|i| crate::eingabe::fragen::SCHRITTE.get(i).copied());
            if let (Some(s), Some(feld)) = (ziel, k.get_attribute("data-feld")) {
                gehe.run((s, feld));
            }
        }
    };
    view! {
        <div class="wc-fehlerliste" data-testid="fehlerliste" hidden=b(move || liste.with(|l| l.is_empty())) inner_html=s(html) on:click=klick></div>
    }
}

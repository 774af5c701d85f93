//! The browser widget: thin Leptos components over `eingabe` (the steps, the answers read
//! once), `beurteilung` (the assessment) and `darstellung` (words and the result page).
//! Nothing here computes law; nothing leaves the device except the request for a language
//! file the visitor chose.
//!
//! `App` is the check as a whole; its parts lie beside it: `sprachwahl` (the language switch),
//! `navigation` (progress, back and next, where the focus goes), `formular` (the steps),
//! `ergebnis` (the result and the contact card), `aktionen` (print and delete) and `start`
//! (mounting into our own page or a host page).

mod aktionen;
mod ergebnis;
mod formular;
mod navigation;
mod sprachwahl;
mod start;

use leptos::html;
use leptos::prelude::*;

use crate::eingabe::fragen::Schritt;
use crate::eingabe::antworten::Antworten;
use crate::sprachen::{sprache, Texte};
use crate::region::Region;
use crate::rules::datum::Datum;

pub use ergebnis::{Ergebnis, Kontaktkarte, Unlesbar};
pub use sprachwahl::Sprachhinweis;
pub use start::{einbetten, heute, start, startfehler_zeigen};
use aktionen::Aktionen;
use formular::{s, teile, Umgebung, T};
use navigation::{fokus_nach_navigation, Fortschritt, Navigation, Schrittfolge};
use sprachwahl::Sprachwahl;

/// A fixed label in the current language, as a signal.
fn text(t: T, f: fn(&Texte) -> &'static str) -> Signal<String> {
    s(move || f(t.get()).to_string())
}

#[component]
pub fn App(
    heute: Datum,
    region: &'static Region,
    #[prop(into)] start_sprache: String,
    /// Inside a host page there is no static contact card: the widget shows its own.
    #[prop(optional)]
    eingebettet: bool,
    /// The page is ours (not a host page): its static shell follows the language.
    #[prop(optional)]
    eigene_seite: bool,
    /// Where the widget's files lie, for a language chosen later.
    #[prop(optional, into)]
    basis: String,
    #[prop(default = None)] sprachhinweis: Option<Sprachhinweis>,
) -> impl IntoView {
    let antworten = RwSignal::new(Antworten::default());
    let sprach_code = RwSignal::new(sprache(&start_sprache).code);
    let sprachhinweis = RwSignal::new(sprachhinweis);
    let t: Signal<&'static Texte> = Signal::derive(move || sprache(sprach_code.get()).texte());
    let folge = Schrittfolge::neu();
    let schritt = folge.schritt;
    let ueberschrift = NodeRef::<html::H2>::new();
    let ansage = RwSignal::new(String::new());
    // After "Ändern" in the summary of unreadable answers: the field to focus on the step shown.
    let ziel: RwSignal<Option<String>> = RwSignal::new(None);
    let wurzel = NodeRef::<html::Div>::new();

    if eigene_seite {
        Effect::new(move |_| {
            let code = sprach_code.get();
            start::seite_uebersetzen(sprache(code).texte(), code, region.beratungsstelle());
        });
    }
    fokus_nach_navigation(folge, ziel, wurzel, ueberschrift, ansage);

    // Read once per change; the checks, the messages and the assessment all use this.
    let gelesen = Memo::new(move |_| antworten.with(crate::eingabe::gelesen::Gelesen::aus));
    let auswertung = Memo::new(move |_| {
        antworten.with(|a| gelesen.with(|g| crate::beurteilung::beurteile(&crate::eingabe::situation::situation(a, g, region, heute), heute).ok()))
    });

    let u = Umgebung { a: antworten, g: gelesen, t, heute, region, auswertung, ansage };

    view! {
        <div class="wc-widget" node_ref=wurzel lang=s(move || sprach_code.get().to_string()) dir=s(move || if sprache(sprach_code.get()).rtl { "rtl".into() } else { "ltr".into() }) data-testid="widget">
            {eingebettet.then(|| view! {
                <div class="wc-kontakt" data-testid="kontakt-eingebettet">
                    <p class="wc-kontakt-titel">{text(t, |t| t.ergebnis_kontakt_titel)}</p>
                    <Kontaktkarte stelle=region.beratungsstelle() t=t />
                </div>
            })}
            <Sprachwahl sprach_code=sprach_code sprachhinweis=sprachhinweis t=t basis=basis />
            <Fortschritt folge=folge t=t />
            <h2 class="wc-schritt-titel" tabindex="-1" node_ref=ueberschrift data-testid="schritt-titel">{s(move || crate::eingabe::fragen::text(t.get(), schritt.get().titel()).to_string())}</h2>
            <Unlesbar antworten=antworten gelesen=gelesen t=t heute=heute schritt=schritt gehe=Callback::new(move |(s, id): (Schritt, String)| { ziel.set(Some(id)); folge.gehe(s); }) />
            <p class="wc-sr" aria-live="polite" data-testid="ansage">{s(move || ansage.get())}</p>
            <form class="wc-formular" novalidate on:submit=move |ev| { ev.prevent_default(); folge.weiter(); }>
                {move || match schritt.get() {
                    Schritt::Ergebnis => view! { <Ergebnis auswertung=auswertung antworten=antworten gelesen=gelesen t=t region=region /> }.into_any(),
                    s => teile(crate::eingabe::fragen::teile(s), u),
                }}
                <Navigation folge=folge t=t />
            </form>
            <Aktionen folge=folge antworten=antworten t=t wurzel=wurzel />
            <p class="wc-datenschutz-satz">{text(t, |t| t.allgemein_datenschutz)}</p>
        </div>
    }
}

//! Renders the question steps described in `crate::eingabe::fragen`. One function per kind
//! of piece; every answer lives in the one `Antworten` signal. Each input keeps exactly
//! what was typed; its check is derived, so an error never erases input and going back
//! loses nothing.

use leptos::prelude::*;

use crate::darstellung::erklaerung;
use crate::darstellung::ergebnis::{fristtitel, fristzeile};
use crate::eingabe::antworten::{Antworten, Feld, Kind};
use crate::beurteilung::Beurteilung;
use crate::eingabe::fragen::{fehler, kind_teile, text, Bedingung, KindVorlage, Teil, Text};
use crate::eingabe::gelesen::{Art, Gelesen};
use crate::sprachen::{fuellen, Texte};
use crate::region::Region;
use crate::rules::datum::Datum;

pub type T = Signal<&'static Texte>;

/// Everything a piece needs; copied into its closures.
#[derive(Clone, Copy)]
pub struct Umgebung {
    pub a: RwSignal<Antworten>,
    /// The answers read once: every check and message below takes its values from here.
    pub g: Memo<Gelesen>,
    pub t: T,
    pub heute: Datum,
    pub region: &'static Region,
    pub auswertung: Memo<Option<Beurteilung>>,
    /// The polite live region of the widget: a field's message is announced when it is left.
    pub ansage: RwSignal<String>,
}

/// A text of the current language as a signal. One type for every text node, so the
/// renderer's code exists once instead of once per closure (this keeps the wasm small).
pub fn s(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// Like `s`, for on/off attributes and properties.
pub fn b(f: impl Fn() -> bool + Send + Sync + 'static) -> Signal<bool> {
    Signal::derive(f)
}

/// Like `s`, for attributes that are left out when `None`.
fn o(f: impl Fn() -> Option<String> + Send + Sync + 'static) -> Signal<Option<String>> {
    Signal::derive(f)
}

fn key(u: Umgebung, k: &'static str) -> Signal<String> {
    s(move || text(u.t.get(), k).to_string())
}

fn beschriftung(u: Umgebung, x: Text) -> Signal<String> {
    s(move || x.fuer(u.t.get(), u.heute))
}

/// The pieces one after another.
pub fn teile(liste: Vec<Teil>, u: Umgebung) -> AnyView {
    liste.into_iter().map(|x| teil(x, u)).collect_view().into_any()
}

pub fn teil(x: Teil, u: Umgebung) -> AnyView {
    match x {
        Teil::Warum(k) => view! {
            <details class="wc-warum">
                <summary>{key(u, "allgemein_warum_fragen")}</summary>
                <p>{key(u, k)}</p>
            </details>
        }
        .into_any(),
        Teil::Absatz { key: k, hinweis } => view! { <p class:wc-hinweis=hinweis>{key(u, k)}</p> }.into_any(),
        Teil::Eingabe { id, feld, label, hinweis, art } => eingabe(u, id, feld, label, hinweis, art),
        Teil::Wahl { name, feld, frage, optionen, frage_versteckt } => wahl(u, name, feld, frage, optionen, frage_versteckt),
        Teil::Haken { id, feld, text } => haken(u, id, feld, text),
        Teil::Gemeinde => gemeinde(u),
        Teil::Gruppe { legende, klasse, teile: innen } => view! {
            <fieldset class=klasse>
                <legend>{beschriftung(u, legende)}</legend>
                {teile(innen, u)}
            </fieldset>
        }
        .into_any(),
        Teil::Wenn(bedingung, innen) => wenn(u, bedingung, innen),
        Teil::JeKind(vorlage) => je_kind(u, vorlage),
        Teil::KindHinzu => view! {
            <button type="button" class="wc-knopf" data-testid="kind-hinzu" on:click=move |_| u.a.update(|x| x.kinder.push(Kind::default()))>
                {key(u, "haushalt_kind_hinzu")}
            </button>
        }
        .into_any(),
        Teil::Akut => akut(u),
        Teil::Verzug => verzug(u),
    }
}

/// Shown only while the condition holds; the answers inside stay kept when hidden.
fn wenn(u: Umgebung, bedingung: Bedingung, innen: Vec<Teil>) -> AnyView {
    // A memo, so typing elsewhere does not rebuild what is inside.
    let gilt = Memo::new(move |_| u.a.with(|a| u.g.with(|g| bedingung.gilt(a, g))));
    (move || gilt.get().then(|| teile(innen.clone(), u))).into_any()
}

/// The pieces repeated per child. Not a keyed `For`: children are kept by position anyway,
/// the count changes only by the add and remove buttons, and `For` cost 3 KB of download.
fn je_kind(u: Umgebung, vorlage: KindVorlage) -> AnyView {
    let anzahl = Memo::new(move |_| u.a.with(|x| x.kinder.len()));
    let kind = move |i: usize| {
        let feld = teil(kind_teile(vorlage, i), u);
        let entfernen = (vorlage == KindVorlage::Alter).then(|| {
            let beschriftung = s(move || fuellen(u.t.get().haushalt_kind_entfernen, &[("n", &(i + 1).to_string())]));
            view! {
                <button type="button" class="wc-knopf wc-knopf-leise" data-testid=format!("kind-entfernen-{i}")
                    on:click=move |_| u.a.update(|x| { if i < x.kinder.len() { x.kinder.remove(i); } })>
                    {beschriftung}
                </button>
            }
        });
        let mit_knopf = entfernen.is_some();
        view! { <div class:wc-kind=mit_knopf>{feld}{entfernen}</div> }
    };
    (move || (0..anzahl.get()).map(kind).collect_view()).into_any()
}

/// A labelled text input with its hint and its error message.
fn eingabe(u: Umgebung, id: String, feld: Feld, label: Text, hinweis: Option<&'static str>, art: Art) -> AnyView {
    let hinweis_id = format!("{id}-hinweis");
    let fehler_id = format!("{id}-fehler");
    let meldung = Memo::new(move |_| u.g.with(|g| fehler(g, feld, u.t.get())));
    // A message appears when the field is left (or when a step is shown again with it), never
    // while the first characters are typed; an answer already there is checked at once.
    let verlassen = RwSignal::new(u.a.with_untracked(|a| !a.wert(feld).trim().is_empty()));
    let zeigen = Memo::new(move |_| verlassen.get() && meldung.with(|m| m.is_some()));
    let beschrieben_von = {
        let (h, f) = (hinweis_id.clone(), fehler_id.clone());
        o(move || {
            let mut ids = Vec::new();
            if hinweis.is_some() {
                ids.push(h.clone());
            }
            if zeigen.get() {
                ids.push(f.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    let (fuer, testid) = (id.clone(), id.clone());
    let fehler_testid = fehler_id.clone();
    let einheit = art.in_euro().then(|| view! { <span class="wc-einheit" aria-hidden="true">"€"</span> });
    let hinweis = hinweis.map(|k| view! { <p class="wc-hinweis" id=hinweis_id>{key(u, k)}</p> });
    let beim_verlassen = move |_| {
        verlassen.set(true);
        // Announced in the widget's live region: the message next to the field alone is not read out.
        let text = meldung.get_untracked().map(|m| format!("{}: {m}", label.fuer(u.t.get_untracked(), u.heute))).unwrap_or_default();
        u.ansage.set(text);
    };
    view! {
        <div class="wc-feld" class:wc-feld-fehler=zeigen>
            <label for=fuer>{beschriftung(u, label)}</label>
            {hinweis}
            <div class="wc-betrag">
                <input
                    id=id
                    type="text"
                    inputmode=art.inputmode()
                    autocomplete="off"
                    spellcheck="false"
                    data-testid=testid
                    prop:value=s(move || u.a.with(|a| a.wert(feld)))
                    on:input=move |ev| u.a.update(|a| a.setze(feld, &event_target_value(&ev)))
                    on:blur=beim_verlassen
                    aria-invalid=o(move || zeigen.get().then(|| "true".to_string()))
                    aria-describedby=beschrieben_von
                />
                {einheit}
            </div>
            <p class="wc-fehlertext" id=fehler_id data-testid=fehler_testid hidden=b(move || !zeigen.get())>
                {s(move || meldung.get().unwrap_or_default())}
            </p>
        </div>
    }
    .into_any()
}

/// One choice out of several, as radio buttons in a fieldset.
fn wahl(u: Umgebung, name: String, feld: Feld, frage: &'static str, optionen: &'static [&'static str], frage_versteckt: bool) -> AnyView {
    let knoepfe = optionen
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let id = format!("{name}-{i}");
            let (fuer, testid) = (id.clone(), id.clone());
            view! {
                <label class="wc-wahl" for=fuer>
                    <input type="radio" id=id name=name.clone() data-testid=testid
                        prop:checked=b(move || u.a.with(|a| a.wert(feld) == i.to_string()))
                        on:change=move |_| u.a.update(|a| a.setze(feld, &i.to_string())) />
                    <span>{key(u, k)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="wc-gruppe">
            // The first question is already the step's heading: kept for screen readers only.
            <legend class:wc-sr=frage_versteckt>{key(u, frage)}</legend>
            {knoepfe}
        </fieldset>
    }
    .into_any()
}

/// A tick box for one item of a set (shocks, threats).
fn haken(u: Umgebung, id: String, feld: Feld, k: &'static str) -> AnyView {
    let (fuer, testid) = (id.clone(), id.clone());
    view! {
        <label class="wc-wahl" for=fuer>
            <input type="checkbox" id=id data-testid=testid prop:checked=b(move || u.a.with(|a| a.wert(feld) == "ja"))
                on:change=move |ev| u.a.update(|a| a.setze(feld, if event_target_checked(&ev) { "ja" } else { "" })) />
            <span>{key(u, k)}</span>
        </label>
    }
    .into_any()
}

fn gemeinde(u: Umgebung) -> AnyView {
    let option = move |wert: &'static str, beschriftung: Signal<String>| {
        view! { <option value=wert prop:selected=b(move || u.a.with(|x| x.gemeinde == wert))>{beschriftung}</option> }
    };
    let gemeinden = u.region.gemeinden.iter().map(|g| option(g.name, s(move || g.name.to_string()))).collect_view();
    view! {
        <div class="wc-feld">
            <label for="gemeinde">{key(u, "haushalt_gemeinde")}</label>
            <p class="wc-hinweis" id="gemeinde-hinweis">{key(u, "haushalt_gemeinde_hinweis")}</p>
            <select id="gemeinde" data-testid="gemeinde" aria-describedby="gemeinde-hinweis"
                on:change=move |ev| u.a.update(|x| x.setze(Feld::Gemeinde, &event_target_value(&ev)))>
                {option("", key(u, "haushalt_gemeinde_bitte"))}
                {gemeinden}
                {option("?", key(u, "allgemein_weiss_nicht"))}
            </select>
        </div>
    }
    .into_any()
}

/// After a letter from the court or an eviction date: the phone number at once, and the
/// deadline that is running, from the answers typed on this very screen.
fn akut(u: Umgebung) -> AnyView {
    let stelle = u.region.beratungsstelle();
    let telefon = stelle.telefon.map(|tel| {
        // dir="ltr": the two groups of digits never swap places in a right-to-left text.
        view! { <p><a class="wc-telefon-gross" href=stelle.telefon_link().unwrap_or_default() data-testid="akut-telefon" dir="ltr">{crate::sprachen::telefon(u.t.get_untracked(), tel)}</a></p> }
    });
    // The first deadline in urgency order: the nearest running one, else one whose date is
    // unknown ("warten Sie nicht"), else the latest that has passed.
    let frist = move || u.auswertung.with(|r| r.as_ref()?.fristen.first().cloned());
    let titel = s(move || frist().map(|f| fristtitel(u.t.get(), f.art).to_string()).unwrap_or_default());
    let zeile = s(move || frist().map(|f| fristzeile(u.t.get(), &f)).unwrap_or_default());
    view! {
        <div class="wc-akut" role="alert" data-testid="akut">
            <p class="wc-akut-titel">{key(u, "anlass_akut_titel")}</p>
            <p>{key(u, "anlass_akut_text")}</p>
            {telefon}
            <p class="wc-akut-frist" data-testid="akut-frist" hidden=b(move || frist().is_none())><strong>{titel}</strong>": " {zeile}</p>
        </div>
    }
    .into_any()
}

/// The live answer while arrears are typed: can the landlord give notice without notice period?
fn verzug(u: Umgebung) -> AnyView {
    let antwort = Memo::new(move |_| u.auswertung.with(|r| r.as_ref().and_then(|r| r.verzug.clone())).map(|v| erklaerung::verzug(&v, u.t.get()).antwort));
    view! {
        <div class="wc-live" aria-live="polite" data-testid="verzug">
            <p class="wc-live-antwort" data-testid="antwort" hidden=b(move || antwort.with(|a| a.is_none()))>
                <strong>{s(move || antwort.get().unwrap_or_default())}</strong>
            </p>
        </div>
    }
    .into_any()
}

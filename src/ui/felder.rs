//! Form fields. Each keeps exactly what was typed; parsing and its message are
//! derived, so an error never erases input and going back loses nothing.

use leptos::prelude::*;

use crate::fragebogen::{Antworten, JaNein};
use crate::i18n::Texte;

/// A text answer inside the one `Antworten` signal: read and write access.
#[derive(Clone, Copy)]
pub struct Feld {
    pub wert: Signal<String>,
    pub setzen: Callback<String>,
}

pub fn feld(
    a: RwSignal<Antworten>,
    lesen: impl Fn(&Antworten) -> String + Send + Sync + 'static,
    schreiben: impl Fn(&mut Antworten, String) + Send + Sync + 'static,
) -> Feld {
    Feld { wert: Signal::derive(move || a.with(|x| lesen(x))), setzen: Callback::new(move |v: String| a.update(|x| schreiben(x, v))) }
}

/// A labelled text input. `art` is "betrag", "datum", "monat" or "zahl" (the keyboard to show).
#[component]
pub fn Textfeld(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hinweis: Option<Signal<String>>,
    feld: Feld,
    #[prop(into)] fehler: Signal<Option<String>>,
    #[prop(default = "betrag")] art: &'static str,
) -> impl IntoView {
    let hinweis_id = format!("{id}-hinweis");
    let fehler_id = format!("{id}-fehler");
    let hat_hinweis = hinweis.is_some();
    let beschrieben_von = {
        let (h, f) = (hinweis_id.clone(), fehler_id.clone());
        move || {
            let mut ids = Vec::new();
            if hat_hinweis {
                ids.push(h.clone());
            }
            if fehler.get().is_some() {
                ids.push(f.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let inputmode = match art {
        "betrag" => "decimal",
        "zahl" => "numeric",
        _ => "text",
    };
    let einheit = (art == "betrag").then(|| view! { <span class="wc-einheit" aria-hidden="true">"€"</span> });
    let testid = id.clone();
    let fehler_testid = format!("{id}-fehler");
    view! {
        <div class="wc-feld" class:wc-feld-fehler=move || fehler.get().is_some()>
            <label for=id.clone()>{move || label.get()}</label>
            {hinweis.map(|h| view! { <p class="wc-hinweis" id=hinweis_id.clone()>{move || h.get()}</p> })}
            <div class="wc-betrag">
                <input
                    id=id
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    spellcheck="false"
                    data-testid=testid
                    prop:value=move || feld.wert.get()
                    on:input=move |ev| feld.setzen.run(event_target_value(&ev))
                    aria-invalid=move || fehler.get().map(|_| "true")
                    aria-describedby=beschrieben_von
                />
                {einheit}
            </div>
            <p class="wc-fehlertext" id=fehler_id data-testid=fehler_testid hidden=move || fehler.get().is_none()>
                {move || fehler.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// One choice out of several, as radio buttons in a fieldset.
#[component]
pub fn Auswahl<T>(
    name: String,
    #[prop(into)] frage: Signal<String>,
    optionen: Vec<(T, Signal<String>)>,
    wert: Signal<T>,
    setzen: Callback<T>,
    /// The question is already the step's heading: keep it for screen readers only.
    #[prop(optional)]
    frage_versteckt: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let knoepfe = optionen
        .into_iter()
        .enumerate()
        .map(|(i, (option, text))| {
            let id = format!("{name}-{i}");
            let (fuer, testid) = (id.clone(), id.clone());
            view! {
                <label class="wc-wahl" for=fuer>
                    <input type="radio" id=id name=name.clone() data-testid=testid
                        prop:checked=move || wert.get() == option
                        on:change=move |_| setzen.run(option) />
                    <span>{move || text.get()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="wc-gruppe">
            <legend class:wc-sr=frage_versteckt>{move || frage.get()}</legend>
            {knoepfe}
        </fieldset>
    }
}

/// Yes / no / don't know.
#[component]
pub fn JaNeinFeld(
    name: &'static str,
    #[prop(into)] frage: Signal<String>,
    a: RwSignal<Antworten>,
    lesen: fn(&Antworten) -> JaNein,
    schreiben: fn(&mut Antworten, JaNein),
    texte: Signal<&'static Texte>,
) -> impl IntoView {
    let optionen = vec![
        (JaNein::Ja, Signal::derive(move || texte.get().allgemein_ja.to_string())),
        (JaNein::Nein, Signal::derive(move || texte.get().allgemein_nein.to_string())),
        (JaNein::WeissNicht, Signal::derive(move || texte.get().allgemein_weiss_nicht.to_string())),
    ];
    view! {
        <Auswahl
            name=name.to_string()
            frage=frage
            optionen=optionen
            wert=Signal::derive(move || a.with(|x| lesen(x)))
            setzen=Callback::new(move |v| a.update(|x| schreiben(x, v)))
        />
    }
}

/// A tick box for one item of a set (shocks, threats).
#[component]
pub fn Haken(id: String, #[prop(into)] text: Signal<String>, an: Signal<bool>, setzen: Callback<bool>) -> impl IntoView {
    let (fuer, testid) = (id.clone(), id.clone());
    view! {
        <label class="wc-wahl" for=fuer>
            <input type="checkbox" id=id data-testid=testid prop:checked=move || an.get()
                on:change=move |ev| setzen.run(event_target_checked(&ev)) />
            <span>{move || text.get()}</span>
        </label>
    }
}

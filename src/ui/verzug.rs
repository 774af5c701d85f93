use leptos::prelude::*;

use crate::eingabe;
use crate::erklaerung::{self, Dringlichkeit};
use crate::region::{region, STANDARD_REGION};
use crate::rules::datum::{Datum, Monat};
use crate::rules::geld::Cent;
use crate::rules::kalender::letzter_faelliger_monat;
use crate::rules::zahlungsverzug::{pruefe_verzug, Rueckstandsangabe, Verzugseingabe};
use crate::ui::Betragsfeld;

/// Typing slips beyond these are rejected next to the field; no rent in Germany comes near.
const MIETE_HOECHSTENS_EURO: i64 = 10_000;
const RUECKSTAND_HOECHSTENS_EURO: i64 = 500_000;
/// How many past due months the form lists.
const MONATE_IM_FORMULAR: i32 = 6;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Modus {
    ProMonat,
    Summe,
}

fn fehler_bei_text(text: &str, hoechstens: i64) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    eingabe::betrag(text, hoechstens).err().map(|e| e.meldung())
}

/// "Am I already at risk of termination without notice?" – the form and its answer.
#[component]
pub fn VerzugsCheck(heute: Datum) -> impl IntoView {
    let miete = RwSignal::new(String::new());
    let modus = RwSignal::new(Modus::ProMonat);
    let summe = RwSignal::new(String::new());
    let seit = RwSignal::new(String::new());

    let letzter = letzter_faelliger_monat(heute).ok();
    let monate: Vec<(Monat, RwSignal<String>)> = letzter
        .map(|l| (0..MONATE_IM_FORMULAR).rev().map(|vor| (l.plus(-vor), RwSignal::new(String::new()))).collect())
        .unwrap_or_default();

    let miete_fehler = Signal::derive(move || fehler_bei_text(&miete.get(), MIETE_HOECHSTENS_EURO));
    let summe_fehler = Signal::derive(move || fehler_bei_text(&summe.get(), RUECKSTAND_HOECHSTENS_EURO));
    let seit_fehler = Signal::derive(move || {
        let t = seit.get();
        (!t.trim().is_empty()).then(|| eingabe::monat(&t).err().map(|e| e.meldung())).flatten()
    });

    let monate_fuer_ergebnis = monate.clone();
    let ergebnis = Memo::new(move |_| -> Option<Result<erklaerung::Verzugserklaerung, String>> {
        let miete_text = miete.get();
        if miete_text.trim().is_empty() {
            return None;
        }
        let monatsmiete = eingabe::betrag(&miete_text, MIETE_HOECHSTENS_EURO).ok()?;
        if monatsmiete == Cent::NULL {
            return Some(Err("Bitte tragen Sie Ihre Miete ein.".into()));
        }
        let rueckstand = match modus.get() {
            Modus::ProMonat => {
                let mut liste = Vec::new();
                for (monat, text) in &monate_fuer_ergebnis {
                    let t = text.get();
                    if t.trim().is_empty() {
                        continue;
                    }
                    // A field with a typing error shows its own message; wait for it to be fixed.
                    liste.push((*monat, eingabe::betrag(&t, MIETE_HOECHSTENS_EURO).ok()?));
                }
                Rueckstandsangabe::ProMonat(liste)
            }
            Modus::Summe => {
                let betrag_text = summe.get();
                let seit_text = seit.get();
                if betrag_text.trim().is_empty() || seit_text.trim().is_empty() {
                    return None;
                }
                let betrag = eingabe::betrag(&betrag_text, RUECKSTAND_HOECHSTENS_EURO).ok()?;
                let seit = eingabe::monat(&seit_text).ok()?;
                Rueckstandsangabe::Summe { betrag, seit }
            }
        };
        let eingabe = Verzugseingabe { monatsmiete, rueckstand };
        Some(
            pruefe_verzug(&eingabe, heute)
                .map(|r| erklaerung::verzug(&r))
                .map_err(|f| erklaerung::verzugsfehler(&f)),
        )
    });

    let stelle = region(STANDARD_REGION).map(|r| r.beratungsstelle());

    let monatsfelder = monate
        .into_iter()
        .enumerate()
        .map(|(i, (monat, wert))| {
            let id: &'static str = ["monat-0", "monat-1", "monat-2", "monat-3", "monat-4", "monat-5"][i];
            let fehler = Signal::derive(move || {
                let text = wert.get();
                fehler_bei_text(&text, MIETE_HOECHSTENS_EURO).or_else(|| {
                    let fehlt = eingabe::betrag(&text, MIETE_HOECHSTENS_EURO).ok()?;
                    let monatsmiete = eingabe::betrag(&miete.get(), MIETE_HOECHSTENS_EURO).ok()?;
                    (monatsmiete > Cent::NULL && fehlt > monatsmiete)
                        .then(|| "Das ist mehr als Ihre Monatsmiete. Bitte nur die fehlende Miete dieses Monats eintragen.".to_string())
                })
            });
            view! { <Betragsfeld id=id label=format!("{}: nicht bezahlt", erklaerung::monatsname(monat)) wert=wert fehler=fehler /> }
        })
        .collect_view();

    view! {
        <section class="wc-check" aria-labelledby="verzug-titel">
            <h2 id="verzug-titel" tabindex="-1">"Droht mir eine fristlose Kündigung?"</h2>
            <p class="wc-einleitung">
                "Wenn Miete fehlt, darf der Vermieter ab einer bestimmten Höhe fristlos kündigen. "
                "Prüfen Sie hier, wie nah Sie an dieser Grenze sind. Ihre Angaben bleiben auf Ihrem Gerät."
            </p>
            <form class="wc-formular" novalidate on:submit=|ev| ev.prevent_default()>
                <Betragsfeld
                    id="miete"
                    label="Wie hoch ist Ihre Miete im Monat?"
                    hinweis="Alles, was Sie jeden Monat an den Vermieter zahlen: mit Nebenkosten und Heizung (Warmmiete)."
                    wert=miete
                    fehler=miete_fehler
                />
                <fieldset class="wc-modus">
                    <legend>"Was wissen Sie über die fehlende Miete?"</legend>
                    <label class="wc-wahl">
                        <input type="radio" name="modus" data-testid="modus-monate"
                            prop:checked=move || modus.get() == Modus::ProMonat
                            on:change=move |_| modus.set(Modus::ProMonat) />
                        <span>"Ich weiß, wie viel in welchem Monat fehlt"</span>
                    </label>
                    <label class="wc-wahl">
                        <input type="radio" name="modus" data-testid="modus-summe"
                            prop:checked=move || modus.get() == Modus::Summe
                            on:change=move |_| modus.set(Modus::Summe) />
                        <span>"Ich kenne nur die Summe"</span>
                    </label>
                </fieldset>
                <div class="wc-monate" hidden=move || modus.get() != Modus::ProMonat>
                    <p class="wc-hinweis">"Tragen Sie ein, wie viel Miete in jedem Monat fehlt. Leer heißt: ganz bezahlt."</p>
                    {monatsfelder}
                </div>
                <div class="wc-summe" hidden=move || modus.get() != Modus::Summe>
                    <Betragsfeld
                        id="summe"
                        label="Wie viel Miete fehlt insgesamt?"
                        wert=summe
                        fehler=summe_fehler
                    />
                    <div class="wc-feld" class:wc-feld-fehler=move || seit_fehler.get().is_some()>
                        <label for="seit">"Seit wann fehlt Miete?"</label>
                        <p class="wc-hinweis" id="seit-hinweis">"Der erste Monat, der nicht ganz bezahlt wurde, zum Beispiel 9/2026."</p>
                        <input id="seit" type="text" inputmode="numeric" autocomplete="off" data-testid="seit"
                            prop:value=move || seit.get()
                            on:input=move |ev| seit.set(event_target_value(&ev))
                            aria-invalid=move || seit_fehler.get().map(|_| "true")
                            aria-describedby=move || if seit_fehler.get().is_some() { "seit-hinweis seit-fehler" } else { "seit-hinweis" } />
                        <p class="wc-fehlertext" id="seit-fehler" data-testid="seit-fehler" hidden=move || seit_fehler.get().is_none()>
                            {move || seit_fehler.get().unwrap_or_default()}
                        </p>
                    </div>
                </div>
            </form>
            <div class="wc-ergebnis" data-testid="ergebnis" aria-live="polite">
                {move || match ergebnis.get() {
                    None => view! {
                        <p class="wc-warten">"Tragen Sie Ihre Miete ein. Dann sehen Sie hier sofort die Antwort."</p>
                    }.into_any(),
                    Some(Err(meldung)) => view! { <p class="wc-warten" data-testid="ergebnis-fehler">{meldung}</p> }.into_any(),
                    Some(Ok(e)) => {
                        let (stufe, klasse) = match e.dringlichkeit {
                            Dringlichkeit::Hoch => ("Dringend", "wc-stufe wc-stufe-hoch"),
                            Dringlichkeit::Mittel => ("Achtung", "wc-stufe wc-stufe-mittel"),
                            Dringlichkeit::Niedrig => ("Kein Verzug", "wc-stufe wc-stufe-niedrig"),
                        };
                        view! {
                            <div class="wc-antwort">
                                <p class=klasse data-testid="stufe"><span class="wc-stufe-zeichen" aria-hidden="true"></span>{stufe}</p>
                                <p class="wc-antwortsatz" data-testid="antwort"><strong>{e.antwort}</strong></p>
                                {e.begruendung.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                                <p data-testid="ordentlich">{e.ordentlich}</p>
                                <p class="wc-schaetzung">"Das ist eine Einschätzung nach Ihren Angaben, keine Rechtsberatung."</p>
                            </div>
                        }.into_any()
                    }
                }}
            </div>
            {stelle.map(|s| view! {
                <p class="wc-anruf">
                    "Die " {s.name} " berät Sie kostenlos – am besten, bevor eine Kündigung kommt. "
                    {s.telefon.map(|t| view! { <a href=s.telefon_link().unwrap_or_default() data-testid="anruf-link">"Jetzt anrufen: " {t}</a> })}
                </p>
            })}
        </section>
    }
}

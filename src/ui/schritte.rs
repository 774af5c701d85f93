//! The question steps, one topic each. Only the questions that matter for the
//! answers so far are shown; every answer lives in the one `Antworten` signal.

use leptos::prelude::*;

use crate::eingabe::{self, Eingabefehler};
use crate::fragebogen::{self, Anlass, Antworten, Erwachsener, Kind, Kuendigungsart, Lohnart};
use crate::i18n::{fuellen, Texte};
use crate::region::Region;
use crate::rules::datum::Datum;
use crate::rules::geld::Cent;
use crate::rules::kalender::letzter_faelliger_monat;
use crate::rules::risiko::{Bedrohung, Schock};
use crate::ui::felder::{feld, Auswahl, Feld, Haken, JaNeinFeld, Textfeld};

pub type T = Signal<&'static Texte>;

/// A text of the current language as a signal. One type for every text node, so the
/// renderer's code exists once instead of once per closure (this keeps the wasm small).
pub(crate) fn s(t: T, f: fn(&Texte) -> &'static str) -> Signal<String> {
    Signal::derive(move || f(t.get()).to_string())
}

/// The message for an input error, in the chosen language.
pub fn meldung(t: &Texte, e: Eingabefehler, monat: bool) -> String {
    match e {
        Eingabefehler::Leer | Eingabefehler::KeineZahl => t.fehler_keine_zahl.into(),
        Eingabefehler::Negativ => t.fehler_negativ.into(),
        Eingabefehler::ZuVieleNachkommastellen => t.fehler_nachkomma.into(),
        Eingabefehler::ZuGross { hoechstens_euro } => fuellen(t.fehler_zu_gross, &[("hoechstens", &Cent::euro(hoechstens_euro).deutsch())]),
        Eingabefehler::KeinDatum if monat => t.fehler_kein_monat.into(),
        Eingabefehler::KeinDatum => t.fehler_kein_datum.into(),
        Eingabefehler::UnmoeglichesDatum => t.fehler_unmoeglich.into(),
    }
}

fn betragsfehler(t: T, f: Feld, hoechstens: i64) -> Signal<Option<String>> {
    Signal::derive(move || fragebogen::betrag_optional(&f.wert.get(), hoechstens).err().map(|e| meldung(t.get(), e, false)))
}

fn datumsfehler(t: T, f: Feld) -> Signal<Option<String>> {
    Signal::derive(move || fragebogen::datum_optional(&f.wert.get()).err().map(|e| meldung(t.get(), e, false)))
}

fn warum(t: T, f: fn(&Texte) -> &'static str) -> impl IntoView {
    view! {
        <details class="wc-warum">
            <summary>{s(t, |t| t.allgemein_warum_fragen)}</summary>
            <p>{move || f(t.get())}</p>
        </details>
    }
}

#[component]
pub fn SchrittAnlass(a: RwSignal<Antworten>, t: T, heute: Datum, region: &'static Region) -> impl IntoView {
    let optionen = vec![
        (Anlass::GeldKnapp, s(t, |t| t.anlass_geld_knapp)),
        (Anlass::MieteOffen, s(t, |t| t.anlass_miete_offen)),
        (Anlass::Kuendigung, s(t, |t| t.anlass_kuendigung)),
        (Anlass::Gericht, s(t, |t| t.anlass_gericht)),
        (Anlass::Raeumungstermin, s(t, |t| t.anlass_raeumung)),
    ];
    let klage_am = feld(a, |x| x.klage_am.clone(), |x, v| x.klage_am = v);
    let termin_am = feld(a, |x| x.raeumungstermin_am.clone(), |x, v| x.raeumungstermin_am = v);
    let stelle = region.beratungsstelle();
    let akut = move || a.with(|x| x.anlass.akut());
    // The running deadline, at once: from the answers typed on this very screen.
    let frist = Memo::new(move |_| {
        let antworten = a.get();
        fragebogen::auswerten(&antworten, region, heute).ok().and_then(|r| {
            let offen = r.fristen.iter().find(|f| f.datum.is_some() && matches!(f.zustand, crate::rules::fristen::Fristzustand::Offen { .. })).cloned();
            offen.or_else(|| r.fristen.into_iter().find(|f| f.datum.is_some()))
        })
    });
    view! {
        {warum(t, |t| t.anlass_warum)}
        <Auswahl name="anlass".to_string() frage=s(t, |t| t.anlass_titel) optionen=optionen frage_versteckt=true
            wert=Signal::derive(move || a.with(|x| x.anlass))
            setzen=Callback::new(move |v| a.update(|x| x.anlass = v)) />
        <Show when=akut>
            <div class="wc-akut" role="alert" data-testid="akut">
                <p class="wc-akut-titel">{s(t, |t| t.anlass_akut_titel)}</p>
                <p>{s(t, |t| t.anlass_akut_text)}</p>
                {stelle.telefon.map(|tel| view! {
                    <p><a class="wc-telefon-gross" href=stelle.telefon_link().unwrap_or_default() data-testid="akut-telefon">{tel}</a></p>
                })}
                {move || frist.get().map(|f| {
                    let titel = crate::ergebnisseite::fristtitel(t.get(), f.art);
                    view! { <p class="wc-akut-frist" data-testid="akut-frist"><strong>{titel}</strong>": " {crate::ergebnisseite::fristzeile(t.get(), &f)}</p> }
                })}
            </div>
            <Show when=move || a.with(|x| x.anlass == Anlass::Gericht)>
                <Textfeld id="klage-am".into() label=s(t, |t| t.anlass_akut_datum_klage) hinweis=s(t, |t| t.rueckstand_klage_am_hinweis)
                    feld=klage_am fehler=datumsfehler(t, klage_am) art="datum" />
            </Show>
            <Show when=move || a.with(|x| x.anlass == Anlass::Raeumungstermin)>
                <Textfeld id="termin-am".into() label=s(t, |t| t.anlass_akut_datum_termin) hinweis=s(t, |t| t.rueckstand_datum_hinweis)
                    feld=termin_am fehler=datumsfehler(t, termin_am) art="datum" />
            </Show>
            <p>{s(t, |t| t.anlass_akut_weiter)}</p>
        </Show>
    }
}

#[component]
pub fn SchrittHaushalt(a: RwSignal<Antworten>, t: T, region: &'static Region) -> impl IntoView {
    let paar = Signal::derive(move || a.with(|x| x.erwachsene.len() >= 2));
    let alter_ich = feld(a, |x| x.erwachsene[0].alter.clone(), |x, v| x.erwachsene[0].alter = v);
    let alter_partner = feld(
        a,
        |x| x.erwachsene.get(1).map(|e| e.alter.clone()).unwrap_or_default(),
        |x, v| {
            if let Some(e) = x.erwachsene.get_mut(1) {
                e.alter = v
            }
        },
    );
    let altersfehler = move |f: Feld| Signal::derive(move || fragebogen::alter(&f.wert.get()).err().map(|_| t.get().fehler_alter.to_string()));
    let anzahl_kinder = Memo::new(move |_| a.with(|x| x.kinder.len()));
    let gemeinden: Vec<&'static str> = region.gemeinden.iter().map(|g| g.name).collect();
    view! {
        {warum(t, |t| t.haushalt_warum)}
        <Auswahl name="erwachsene".to_string() frage=s(t, |t| t.haushalt_erwachsene_frage)
            optionen=vec![(false, s(t, |t| t.haushalt_erwachsene_1)), (true, s(t, |t| t.haushalt_erwachsene_2))]
            wert=paar
            setzen=Callback::new(move |zwei: bool| a.update(|x| {
                if zwei && x.erwachsene.len() < 2 { x.erwachsene.push(Erwachsener::default()) }
                if !zwei { x.erwachsene.truncate(1) }
            })) />
        <Textfeld id="alter-0".into() label=s(t, |t| t.haushalt_alter_ich) feld=alter_ich fehler=altersfehler(alter_ich) art="zahl" />
        <Show when=move || paar.get()>
            <Textfeld id="alter-1".into() label=s(t, |t| t.haushalt_alter_partner) feld=alter_partner fehler=altersfehler(alter_partner) art="zahl" />
        </Show>
        <fieldset class="wc-gruppe">
            <legend>{s(t, |t| t.haushalt_kinder_frage)}</legend>
            <Show when=move || anzahl_kinder.get() == 0>
                <p class="wc-hinweis">{s(t, |t| t.haushalt_kinder_keine)}</p>
            </Show>
            <For each=move || 0..anzahl_kinder.get() key=|i| *i let:i>
                {
                    let f = feld(a, move |x| x.kinder.get(i).map(|k| k.alter.clone()).unwrap_or_default(), move |x, v| if let Some(k) = x.kinder.get_mut(i) { k.alter = v });
                    let n = (i + 1).to_string();
                    let n2 = n.clone();
                    view! {
                        <div class="wc-kind">
                            <Textfeld id=format!("kind-alter-{i}") label=Signal::derive(move || fuellen(t.get().haushalt_kind_alter, &[("n", &n)])) feld=f fehler=altersfehler(f) art="zahl" />
                            <button type="button" class="wc-knopf wc-knopf-leise" data-testid=format!("kind-entfernen-{i}")
                                on:click=move |_| a.update(|x| { if i < x.kinder.len() { x.kinder.remove(i); } })>
                                {move || fuellen(t.get().haushalt_kind_entfernen, &[("n", &n2)])}
                            </button>
                        </div>
                    }
                }
            </For>
            <button type="button" class="wc-knopf" data-testid="kind-hinzu" on:click=move |_| a.update(|x| x.kinder.push(Kind::default()))>
                {s(t, |t| t.haushalt_kind_hinzu)}
            </button>
        </fieldset>
        <div class="wc-feld">
            <label for="gemeinde">{s(t, |t| t.haushalt_gemeinde)}</label>
            <p class="wc-hinweis" id="gemeinde-hinweis">{s(t, |t| t.haushalt_gemeinde_hinweis)}</p>
            <select id="gemeinde" data-testid="gemeinde" aria-describedby="gemeinde-hinweis"
                on:change=move |ev| a.update(|x| x.gemeinde = event_target_value(&ev))>
                <option value="" prop:selected=move || a.with(|x| x.gemeinde.is_empty())>{s(t, |t| t.haushalt_gemeinde_bitte)}</option>
                {gemeinden.into_iter().map(|g| view! { <option value=g prop:selected=move || a.with(|x| x.gemeinde == g)>{g}</option> }).collect_view()}
                <option value="?" prop:selected=move || a.with(|x| x.gemeinde == "?")>{s(t, |t| t.allgemein_weiss_nicht)}</option>
            </select>
        </div>
    }
}

#[component]
pub fn SchrittEinkommen(a: RwSignal<Antworten>, t: T) -> impl IntoView {
    let anzahl = Memo::new(move |_| a.with(|x| x.erwachsene.len()));
    let anzahl_kinder = Memo::new(move |_| a.with(|x| x.kinder.len()));
    let person = move |i: usize| {
        let lohnart = Signal::derive(move || a.with(|x| x.erwachsene.get(i).map(|e| e.lohnart).unwrap_or_default()));
        let lohn = feld(a, move |x| x.erwachsene.get(i).map(|e| e.lohn.clone()).unwrap_or_default(), move |x, v| if let Some(e) = x.erwachsene.get_mut(i) { e.lohn = v });
        let rente = feld(a, move |x| x.erwachsene.get(i).map(|e| e.rente.clone()).unwrap_or_default(), move |x, v| if let Some(e) = x.erwachsene.get_mut(i) { e.rente = v });
        let alg = feld(a, move |x| x.erwachsene.get(i).map(|e| e.arbeitslosengeld.clone()).unwrap_or_default(), move |x, v| if let Some(e) = x.erwachsene.get_mut(i) { e.arbeitslosengeld = v });
        let sonst = feld(a, move |x| x.erwachsene.get(i).map(|e| e.sonstiges.clone()).unwrap_or_default(), move |x, v| if let Some(e) = x.erwachsene.get_mut(i) { e.sonstiges = v });
        let max = fragebogen::HOECHSTBETRAG_MONAT_EURO;
        view! {
            <fieldset class="wc-gruppe wc-person">
                <legend>{move || if i == 0 { t.get().einkommen_person_ich } else { t.get().einkommen_person_partner }}</legend>
                <Auswahl name=format!("lohnart-{i}") frage=s(t, |t| t.einkommen_lohn_frage)
                    optionen=vec![(Lohnart::Keiner, s(t, |t| t.einkommen_lohn_keiner)), (Lohnart::Netto, s(t, |t| t.einkommen_lohn_netto)), (Lohnart::Brutto, s(t, |t| t.einkommen_lohn_brutto))]
                    wert=lohnart
                    setzen=Callback::new(move |v| a.update(|x| if let Some(e) = x.erwachsene.get_mut(i) { e.lohnart = v })) />
                <Show when=move || lohnart.get() != Lohnart::Keiner>
                    <Textfeld id=format!("lohn-{i}") label=s(t, |t| t.einkommen_lohn_betrag) feld=lohn fehler=betragsfehler(t, lohn, max) />
                </Show>
                <p class="wc-hinweis">{s(t, |t| t.einkommen_leer_hinweis)}</p>
                <Textfeld id=format!("rente-{i}") label=s(t, |t| t.einkommen_rente) feld=rente fehler=betragsfehler(t, rente, max) />
                <Textfeld id=format!("alg-{i}") label=s(t, |t| t.einkommen_alg) feld=alg fehler=betragsfehler(t, alg, max) />
                <Textfeld id=format!("sonstiges-{i}") label=s(t, |t| t.einkommen_sonstiges) feld=sonst fehler=betragsfehler(t, sonst, max) />
                <Haken id=format!("erwerbsunfaehig-{i}") text=s(t, |t| t.einkommen_erwerbsunfaehig)
                    an=Signal::derive(move || a.with(|x| x.erwachsene.get(i).is_some_and(|e| e.erwerbsunfaehig)))
                    setzen=Callback::new(move |v| a.update(|x| if let Some(e) = x.erwachsene.get_mut(i) { e.erwerbsunfaehig = v })) />
            </fieldset>
        }
    };
    view! {
        {warum(t, |t| t.einkommen_warum)}
        {person(0)}
        <Show when=move || { anzahl.get() >= 2 }>{person(1)}</Show>
        <For each=move || 0..anzahl_kinder.get() key=|i| *i let:i>
            {
                let f = feld(a, move |x| x.kinder.get(i).map(|k| k.unterhalt.clone()).unwrap_or_default(), move |x, v| if let Some(k) = x.kinder.get_mut(i) { k.unterhalt = v });
                let n = (i + 1).to_string();
                view! { <Textfeld id=format!("unterhalt-{i}") label=Signal::derive(move || fuellen(t.get().einkommen_unterhalt_kind, &[("n", &n)])) feld=f fehler=betragsfehler(t, f, fragebogen::HOECHSTBETRAG_MONAT_EURO) /> }
            }
        </For>
    }
}

#[component]
pub fn SchrittWohnen(a: RwSignal<Antworten>, t: T) -> impl IntoView {
    let kalt = feld(a, |x| x.kaltmiete.clone(), |x, v| x.kaltmiete = v);
    let heiz = feld(a, |x| x.heizkosten.clone(), |x, v| x.heizkosten = v);
    let verm = feld(a, |x| x.vermoegen.clone(), |x, v| x.vermoegen = v);
    view! {
        {warum(t, |t| t.wohnen_warum)}
        <Textfeld id="miete".into() label=s(t, |t| t.wohnen_kaltmiete) hinweis=s(t, |t| t.wohnen_kaltmiete_hinweis) feld=kalt fehler=betragsfehler(t, kalt, fragebogen::MIETE_HOECHSTENS_EURO) />
        <Textfeld id="heizkosten".into() label=s(t, |t| t.wohnen_heizkosten) hinweis=s(t, |t| t.wohnen_heizkosten_hinweis) feld=heiz fehler=betragsfehler(t, heiz, fragebogen::MIETE_HOECHSTENS_EURO) />
        <Textfeld id="vermoegen".into() label=s(t, |t| t.wohnen_vermoegen) hinweis=s(t, |t| t.wohnen_vermoegen_hinweis) feld=verm fehler=betragsfehler(t, verm, fragebogen::HOECHSTBETRAG_VERMOEGEN_EURO) />
        <JaNeinFeld name="buergergeld" frage=s(t, |t| t.wohnen_buergergeld) a=a texte=t lesen=|x| x.bezieht_buergergeld schreiben=|x, v| x.bezieht_buergergeld = v />
    }
}

#[component]
pub fn SchrittRueckstand(a: RwSignal<Antworten>, t: T, heute: Datum, region: &'static Region) -> impl IntoView {
    let betrag = feld(a, |x| x.rueckstand.clone(), |x, v| x.rueckstand = v);
    let seit = feld(a, |x| x.rueckstand_seit.clone(), |x, v| x.rueckstand_seit = v);
    let seitfehler = Signal::derive(move || {
        let v = seit.wert.get();
        (!v.trim().is_empty()).then(|| eingabe::monat(&v).err().map(|e| meldung(t.get(), e, true))).flatten()
    });
    let pro_monat = Signal::derive(move || a.with(|x| x.rueckstand_pro_monat));
    let letzter = letzter_faelliger_monat(heute).ok();
    let monatsfelder = (0..6usize)
        .map(|i| {
            let f = feld(a, move |x| x.rueckstand_monate.get(i).cloned().unwrap_or_default(), move |x, v| if let Some(m) = x.rueckstand_monate.get_mut(i) { *m = v });
            let monat = letzter.map(|l| l.plus(i as i32 - 5));
            let name = move || {
                monat
                    .map(|m| {
                        let namen: Vec<&str> = t.get().allgemein_monate.split(',').collect();
                        format!("{} {}", namen.get(m.monat as usize - 1).copied().unwrap_or(""), m.jahr)
                    })
                    .unwrap_or_default()
            };
            let fehler = Signal::derive(move || {
                let text = f.wert.get();
                let eigen = fragebogen::betrag_optional(&text, fragebogen::MIETE_HOECHSTENS_EURO).map_err(|e| meldung(t.get(), e, false));
                match eigen {
                    Err(m) => Some(m),
                    Ok(Some(fehlt)) => a.with(|x| {
                        let kalt = fragebogen::betrag_optional(&x.kaltmiete, fragebogen::MIETE_HOECHSTENS_EURO).ok().flatten()?;
                        let heiz = fragebogen::betrag_optional(&x.heizkosten, fragebogen::MIETE_HOECHSTENS_EURO).ok().flatten().unwrap_or_default();
                        (fehlt > kalt + heiz).then(|| t.get().fehler_mehr_als_miete.to_string())
                    }),
                    Ok(None) => None,
                }
            });
            view! { <Textfeld id=format!("monat-{i}") label=Signal::derive(move || fuellen(t.get().rueckstand_monat, &[("monat", &name())])) feld=f fehler=fehler /> }
        })
        .collect_view();
    let kuendigung = Signal::derive(move || a.with(|x| x.kuendigung.ja() || x.anlass == Anlass::Kuendigung));
    let klage = Signal::derive(move || a.with(|x| x.klage.ja() || x.anlass == Anlass::Gericht));
    let spaet = Signal::derive(move || a.with(|x| x.urteil.ja() || x.anlass == Anlass::Raeumungstermin));
    let kuendigung_am = feld(a, |x| x.kuendigung_am.clone(), |x, v| x.kuendigung_am = v);
    let klage_am = feld(a, |x| x.klage_am.clone(), |x, v| x.klage_am = v);
    let frist_bis = feld(a, |x| x.raeumungsfrist_bis.clone(), |x, v| x.raeumungsfrist_bis = v);
    let termin = feld(a, |x| x.raeumungstermin_am.clone(), |x, v| x.raeumungstermin_am = v);
    let verzug = Memo::new(move |_| {
        let antworten = a.get();
        fragebogen::auswerten(&antworten, region, heute).ok().and_then(|r| r.verzug).map(|v| crate::erklaerung::verzug(&v, t.get()))
    });
    view! {
        {warum(t, |t| t.rueckstand_warum)}
        <Haken id="pro-monat".into() text=s(t, |t| t.rueckstand_pro_monat) an=pro_monat setzen=Callback::new(move |v| a.update(|x| x.rueckstand_pro_monat = v)) />
        <div hidden=move || pro_monat.get()>
            <Textfeld id="summe".into() label=s(t, |t| t.rueckstand_betrag) feld=betrag fehler=betragsfehler(t, betrag, fragebogen::HOECHSTBETRAG_RUECKSTAND_EURO) />
            <Textfeld id="seit".into() label=s(t, |t| t.rueckstand_seit) hinweis=s(t, |t| t.rueckstand_seit_hinweis) feld=seit fehler=seitfehler art="monat" />
        </div>
        <div hidden=move || !pro_monat.get()>
            <p class="wc-hinweis">{s(t, |t| t.rueckstand_monate_hinweis)}</p>
            {monatsfelder}
        </div>
        <div class="wc-live" aria-live="polite" data-testid="verzug">
            {move || verzug.get().map(|e| view! {
                <p class="wc-live-antwort" data-testid="antwort"><strong>{e.antwort}</strong></p>
            })}
        </div>
        <JaNeinFeld name="mahnung" frage=s(t, |t| t.rueckstand_mahnung) a=a texte=t lesen=|x| x.mahnung schreiben=|x, v| x.mahnung = v />
        <Show when=move || a.with(|x| x.anlass != Anlass::Kuendigung)>
            <JaNeinFeld name="kuendigung" frage=s(t, |t| t.rueckstand_kuendigung) a=a texte=t lesen=|x| x.kuendigung schreiben=|x, v| x.kuendigung = v />
        </Show>
        <Show when=move || kuendigung.get()>
            <Auswahl name="kuendigungsart".to_string() frage=s(t, |t| t.rueckstand_kuendigungsart)
                optionen=vec![
                    (Kuendigungsart::Fristlos, s(t, |t| t.rueckstand_art_fristlos)),
                    (Kuendigungsart::Ordentlich, s(t, |t| t.rueckstand_art_ordentlich)),
                    (Kuendigungsart::Beide, s(t, |t| t.rueckstand_art_beide)),
                    (Kuendigungsart::WeissNicht, s(t, |t| t.allgemein_weiss_nicht)),
                ]
                wert=Signal::derive(move || a.with(|x| x.kuendigungsart))
                setzen=Callback::new(move |v| a.update(|x| x.kuendigungsart = v)) />
            <Textfeld id="kuendigung-am".into() label=s(t, |t| t.rueckstand_kuendigung_am) hinweis=s(t, |t| t.rueckstand_datum_hinweis) feld=kuendigung_am fehler=datumsfehler(t, kuendigung_am) art="datum" />
            <JaNeinFeld name="geheilt" frage=s(t, |t| t.rueckstand_geheilt) a=a texte=t lesen=|x| x.geheilt_in_2_jahren schreiben=|x, v| x.geheilt_in_2_jahren = v />
        </Show>
        <Show when=move || kuendigung.get() && a.with(|x| x.anlass != Anlass::Gericht)>
            <JaNeinFeld name="klage" frage=s(t, |t| t.rueckstand_klage) a=a texte=t lesen=|x| x.klage schreiben=|x, v| x.klage = v />
        </Show>
        <Show when=move || klage.get()>
            <Textfeld id="klage-am-2".into() label=s(t, |t| t.rueckstand_klage_am) hinweis=s(t, |t| t.rueckstand_klage_am_hinweis) feld=klage_am fehler=datumsfehler(t, klage_am) art="datum" />
            <JaNeinFeld name="urteil" frage=s(t, |t| t.rueckstand_urteil) a=a texte=t lesen=|x| x.urteil schreiben=|x, v| x.urteil = v />
        </Show>
        <Show when=move || spaet.get() || klage.get()>
            <Textfeld id="raeumungsfrist-bis".into() label=s(t, |t| t.rueckstand_raeumungsfrist_bis) hinweis=s(t, |t| t.rueckstand_datum_hinweis) feld=frist_bis fehler=datumsfehler(t, frist_bis) art="datum" />
        </Show>
        <Show when=move || spaet.get()>
            <Textfeld id="termin-am-2".into() label=s(t, |t| t.rueckstand_raeumungstermin_am) hinweis=s(t, |t| t.rueckstand_datum_hinweis) feld=termin fehler=datumsfehler(t, termin) art="datum" />
        </Show>
        <JaNeinFeld name="energiesperre" frage=s(t, |t| t.rueckstand_energiesperre) a=a texte=t lesen=|x| x.energiesperre schreiben=|x, v| x.energiesperre = v />
        <JaNeinFeld name="schulden" frage=s(t, |t| t.rueckstand_andere_schulden) a=a texte=t lesen=|x| x.andere_schulden schreiben=|x, v| x.andere_schulden = v />
    }
}

#[component]
pub fn SchrittLage(a: RwSignal<Antworten>, t: T) -> impl IntoView {
    let schock = move |id: &'static str, wert: Schock, text: fn(&Texte) -> &'static str| {
        view! {
            <Haken id=id.to_string() text=s(t, text)
                an=Signal::derive(move || a.with(|x| x.schocks.contains(&wert)))
                setzen=Callback::new(move |an: bool| a.update(|x| { x.schocks.retain(|s| *s != wert); if an { x.schocks.push(wert) } })) />
        }
    };
    let bedrohung = move |id: &'static str, wert: Bedrohung, text: fn(&Texte) -> &'static str| {
        view! {
            <Haken id=id.to_string() text=s(t, text)
                an=Signal::derive(move || a.with(|x| x.bedrohungen.contains(&wert)))
                setzen=Callback::new(move |an: bool| a.update(|x| { x.bedrohungen.retain(|s| *s != wert); if an { x.bedrohungen.push(wert) } })) />
        }
    };
    view! {
        {warum(t, |t| t.lage_warum)}
        <fieldset class="wc-gruppe">
            <legend>{s(t, |t| t.lage_schocks)}</legend>
            {schock("schock-job", Schock::Jobverlust, |t| t.lage_schock_job)}
            {schock("schock-krank", Schock::Krankheit, |t| t.lage_schock_krank)}
            {schock("schock-trennung", Schock::Trennung, |t| t.lage_schock_trennung)}
            {schock("schock-tod", Schock::TodPartner, |t| t.lage_schock_tod)}
        </fieldset>
        <fieldset class="wc-gruppe">
            <legend>{s(t, |t| t.lage_bedrohungen)}</legend>
            {bedrohung("bedr-eigenbedarf", Bedrohung::Eigenbedarf, |t| t.lage_bedr_eigenbedarf)}
            {bedrohung("bedr-modernisierung", Bedrohung::Modernisierung, |t| t.lage_bedr_modernisierung)}
            {bedrohung("bedr-mieterhoehung", Bedrohung::Mieterhoehung, |t| t.lage_bedr_mieterhoehung)}
            {bedrohung("bedr-zwangsversteigerung", Bedrohung::Zwangsversteigerung, |t| t.lage_bedr_zwangsversteigerung)}
        </fieldset>
        <JaNeinFeld name="kontakt" frage=s(t, |t| t.lage_kontakt) a=a texte=t lesen=|x| x.kontakt_hilfe schreiben=|x, v| x.kontakt_hilfe = v />
    }
}

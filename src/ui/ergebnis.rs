//! The result: risk with its reasons, deadlines, benefits as ranges with "why",
//! who can take over the debts, next steps, whom to call, the legal date.

use leptos::prelude::*;

use crate::darstellung;
use crate::fragebogen::{Anlass, Antworten, Auswertung, JaNein, Lohnart, Spanne};
use crate::i18n::{fuellen, Texte};
use crate::region::{Region, Stelle};
use crate::rules::fristen::{Frist, Fristart, Fristzustand};
use crate::rules::leistungen::{Regime, Traeger};
use crate::rules::naechste_schritte::Wann;
use crate::rules::risiko::Stufe;
use crate::ui::schritte::{s, T};

pub fn fristtitel(t: &Texte, art: Fristart) -> &'static str {
    match art {
        Fristart::Schonfrist => t.ergebnis_frist_schonfrist,
        Fristart::Verteidigungsanzeige => t.ergebnis_frist_verteidigungsanzeige,
        Fristart::Widerspruch => t.ergebnis_frist_widerspruch,
        Fristart::Raeumungsfrist => t.ergebnis_frist_raeumungsfrist,
        Fristart::Vollstreckungsschutz => t.ergebnis_frist_vollstreckungsschutz,
    }
}

/// "bis 3.4.2026 – noch 52 Tage", "abgelaufen" or "Datum unbekannt – warten Sie nicht".
pub fn fristzeile(t: &Texte, f: &Frist) -> String {
    match (f.datum, f.zustand) {
        (Some(d), Fristzustand::Offen { tage_uebrig: 0 }) => format!("{} – {}", fuellen(t.ergebnis_frist_bis, &[("datum", &d.deutsch())]), t.ergebnis_frist_heute),
        (Some(d), Fristzustand::Offen { tage_uebrig }) => format!(
            "{} – {}",
            fuellen(t.ergebnis_frist_bis, &[("datum", &d.deutsch())]),
            fuellen(t.ergebnis_frist_tage, &[("tage", &tage_uebrig.to_string())])
        ),
        (Some(d), _) => format!("{} – {}", fuellen(t.ergebnis_frist_bis, &[("datum", &d.deutsch())]), t.ergebnis_frist_abgelaufen),
        (None, Fristzustand::Abgelaufen) => t.ergebnis_frist_abgelaufen.to_string(),
        (None, _) => t.ergebnis_frist_unbekannt.to_string(),
    }
}

fn stufe_wort(t: &Texte, s: Stufe) -> &'static str {
    match s {
        Stufe::Gering => t.ergebnis_stufe_gering,
        Stufe::Erhoeht => t.ergebnis_stufe_erhoeht,
        Stufe::Hoch => t.ergebnis_stufe_hoch,
        Stufe::Akut => t.ergebnis_stufe_akut,
    }
}

fn spanne_text(t: &Texte, s: Spanne) -> String {
    if s.von == s.bis {
        fuellen(t.ergebnis_genau, &[("betrag", &s.von.to_string())])
    } else {
        fuellen(t.ergebnis_spanne, &[("von", &s.von.to_string()), ("bis", &s.bis.to_string())])
    }
}

#[component]
pub fn Kontaktkarte(stelle: &'static Stelle, t: T) -> impl IntoView {
    let adresse = match (stelle.strasse, stelle.plz, stelle.ort) {
        (Some(s), Some(p), Some(o)) => Some(format!("{s}, {p} {o}")),
        _ => None,
    };
    view! {
        <div class="wc-karte" data-testid="kontaktkarte">
            <p class="wc-kontakt-name">{stelle.name}</p>
            {stelle.telefon.map(|tel| view! {
                <p><a class="wc-telefon-gross" href=stelle.telefon_link().unwrap_or_default()>{move || fuellen(t.get().ergebnis_anrufen, &[("telefon", tel)])}</a></p>
            })}
            {adresse.map(|a| view! { <p>{a}</p> })}
            {stelle.homepage.map(|h| view! { <p><a href=h rel="noopener noreferrer" target="_blank">{h.trim_start_matches("https://")}</a></p> })}
            // The offices' notes are German data; other languages show name and contact only.
            {stelle.hinweis.map(|h| view! { <p class="wc-hinweis" hidden=move || !std::ptr::eq(t.get(), crate::i18n::SPRACHEN[0].texte)>{h}</p> })}
        </div>
    }
}

/// The answers as given, for the printed summary a counsellor works from.
fn angaben(t: &Texte, a: &Antworten) -> Vec<(String, String)> {
    let ja_nein = |j: JaNein| match j {
        JaNein::Ja => Some(t.allgemein_ja.to_string()),
        JaNein::Nein => Some(t.allgemein_nein.to_string()),
        JaNein::WeissNicht => Some(t.allgemein_weiss_nicht.to_string()),
        JaNein::Offen => None,
    };
    let mut z: Vec<(String, Option<String>)> = Vec::new();
    let anlass = match a.anlass {
        Anlass::Offen => None,
        Anlass::GeldKnapp => Some(t.anlass_geld_knapp),
        Anlass::MieteOffen => Some(t.anlass_miete_offen),
        Anlass::Kuendigung => Some(t.anlass_kuendigung),
        Anlass::Gericht => Some(t.anlass_gericht),
        Anlass::Raeumungstermin => Some(t.anlass_raeumung),
    };
    z.push((t.anlass_titel.into(), anlass.map(String::from)));
    for (i, e) in a.erwachsene.iter().enumerate() {
        let wer = if i == 0 { t.einkommen_person_ich } else { t.einkommen_person_partner };
        let mut teile = Vec::new();
        if !e.alter.trim().is_empty() {
            teile.push(format!("{} {}", e.alter.trim(), if i == 0 { t.haushalt_alter_ich } else { t.haushalt_alter_partner }));
        }
        match e.lohnart {
            Lohnart::Brutto => teile.push(format!("{}: {} € (brutto)", t.einkommen_lohn_betrag, e.lohn)),
            Lohnart::Netto => teile.push(format!("{}: {} € (netto)", t.einkommen_lohn_betrag, e.lohn)),
            Lohnart::Keiner => {}
        }
        for (label, wert) in [(t.einkommen_rente, &e.rente), (t.einkommen_alg, &e.arbeitslosengeld), (t.einkommen_sonstiges, &e.sonstiges)] {
            if !wert.trim().is_empty() {
                teile.push(format!("{label}: {wert} €"));
            }
        }
        z.push((wer.into(), (!teile.is_empty()).then(|| teile.join("; "))));
    }
    let kinder: Vec<String> = a.kinder.iter().map(|k| k.alter.trim().to_string()).filter(|x| !x.is_empty()).collect();
    z.push((t.haushalt_kinder_frage.into(), (!kinder.is_empty()).then(|| kinder.join(", "))));
    z.push((t.haushalt_gemeinde.into(), (!a.gemeinde.is_empty() && a.gemeinde != "?").then(|| a.gemeinde.clone())));
    for (label, wert) in [
        (t.wohnen_kaltmiete, &a.kaltmiete),
        (t.wohnen_heizkosten, &a.heizkosten),
        (t.wohnen_vermoegen, &a.vermoegen),
        (t.rueckstand_betrag, &a.rueckstand),
        (t.rueckstand_seit, &a.rueckstand_seit),
        (t.rueckstand_kuendigung_am, &a.kuendigung_am),
        (t.rueckstand_klage_am, &a.klage_am),
        (t.rueckstand_raeumungsfrist_bis, &a.raeumungsfrist_bis),
        (t.rueckstand_raeumungstermin_am, &a.raeumungstermin_am),
    ] {
        z.push((label.into(), (!wert.trim().is_empty()).then(|| wert.trim().to_string())));
    }
    for (label, wert) in [
        (t.wohnen_buergergeld, a.bezieht_buergergeld),
        (t.rueckstand_mahnung, a.mahnung),
        (t.rueckstand_kuendigung, a.kuendigung),
        (t.rueckstand_klage, a.klage),
        (t.rueckstand_urteil, a.urteil),
        (t.rueckstand_geheilt, a.geheilt_in_2_jahren),
        (t.rueckstand_energiesperre, a.energiesperre),
        (t.rueckstand_andere_schulden, a.andere_schulden),
        (t.lage_kontakt, a.kontakt_hilfe),
    ] {
        z.push((label.into(), ja_nein(wert)));
    }
    z.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}

#[component]
pub fn Ergebnis(auswertung: Memo<Option<Auswertung>>, antworten: RwSignal<Antworten>, t: T, region: &'static Region) -> impl IntoView {
    let r = move || auswertung.get();
    let risiko = move || {
        r().map(|a| {
            let stufe = a.risiko.stufe;
            let klasse = format!("wc-stufe wc-stufe-{}", stufe.code());
            view! {
                <section class="wc-abschnitt" aria-labelledby="titel-risiko">
                    <h3 id="titel-risiko">{s(t, |t| t.ergebnis_risiko_titel)}</h3>
                    <p class=klasse data-testid="stufe" data-stufe=stufe.code()>
                        <span class="wc-stufe-zeichen" aria-hidden="true"></span>
                        {move || fuellen(t.get().ergebnis_risiko_stufe, &[("stufe", stufe_wort(t.get(), stufe))])}
                    </p>
                    <ul class="wc-liste" data-testid="faktoren">
                        {a.risiko.faktoren.into_iter().map(|f| {
                            let quelle = f.quelle;
                            let text = move || darstellung::faktor(t.get(), &f);
                            view! { <li><span>{text}</span>" "<span class="wc-quelle">"(" {quelle} ")"</span></li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let fristen = move || {
        r().map(|a| {
            let leer = a.fristen.is_empty();
            view! {
                <section class="wc-abschnitt" aria-labelledby="titel-fristen">
                    <h3 id="titel-fristen">{s(t, |t| t.ergebnis_fristen_titel)}</h3>
                    {leer.then(|| view! { <p>{s(t, |t| t.ergebnis_keine_fristen)}</p> })}
                    <ul class="wc-fristen" data-testid="fristen">
                        {a.fristen.into_iter().map(|f| {
                            let klasse = format!("wc-frist wc-frist-{}", f.zustand.code());
                            let testid = format!("frist-{}", f.art.code());
                            let datum = f.datum.map(|d| d.to_string()).unwrap_or_default();
                            let norm = f.norm;
                            let (f1, f2, f3, f4) = (f.clone(), f.clone(), f.clone(), f.clone());
                            view! {
                                <li class=klasse data-testid=testid data-datum=datum>
                                    <p class="wc-frist-kopf"><strong>{move || fristtitel(t.get(), f1.art)}</strong><br/><span class="wc-frist-zeile">{move || fristzeile(t.get(), &f2)}</span></p>
                                    <p>{move || darstellung::frist_regel(t.get(), &f3)} " (" {norm} ")"</p>
                                    <p class="wc-hinweis">{move || darstellung::frist_hinweise(t.get(), &f4)}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let leistungen = move || {
        r().map(|a| {
            let inhalt = match (a.leistungen, a.spannen) {
                (Some(b), Some(sp)) => {
                    let regime = b.regime;
                    let zeilen: Vec<(&'static str, fn(&Texte) -> &'static str, Spanne)> = vec![
                        ("wohngeld", |t| t.leistung_wohngeld, sp.wohngeld),
                        ("kinderzuschlag", |t| t.leistung_kinderzuschlag, sp.kinderzuschlag),
                        ("buergergeld", |t| t.leistung_buergergeld, sp.buergergeld),
                        ("sozialhilfe", |t| t.leistung_sozialhilfe, sp.sozialhilfe),
                        ("kindergeld", |t| t.leistung_kindergeld, sp.kindergeld),
                    ];
                    let schritte = b.schritte.clone();
                    let unsicher = a.unsicher.clone();
                    let alle_null = zeilen.iter().all(|(_, _, s)| s.ist_null());
                    view! {
                        <p data-testid="regime" data-regime=regime.code()>{move || match regime {
                            Regime::WohngeldKinderzuschlag => t.get().ergebnis_regime_wohngeld_kinderzuschlag,
                            Regime::Sgb2 => t.get().ergebnis_regime_sgb2,
                            Regime::Sgb12 => t.get().ergebnis_regime_sgb12,
                            Regime::Keines => t.get().ergebnis_regime_none,
                        }}</p>
                        {alle_null.then(|| view! { <p>{s(t, |t| t.ergebnis_keine_leistung)}</p> })}
                        <ul class="wc-leistungen">
                            {zeilen.into_iter().filter(|(_, _, sp)| !sp.ist_null()).map(|(code, name, sp)| {
                                let schritte: Vec<_> = schritte.iter().filter(|x| x.leistung == code || (code != "kindergeld" && x.leistung == "vorrang")).cloned().collect();
                                view! {
                                    <li class="wc-leistung" data-testid=format!("leistung-{code}") data-von=sp.von data-bis=sp.bis>
                                        <p><strong>{s(t, name)}</strong>": " <span class="wc-betrag-text">{move || spanne_text(t.get(), sp)}</span></p>
                                        <details class="wc-warum-tabelle">
                                            <summary>{s(t, |t| t.ergebnis_warum)}</summary>
                                            <table>
                                                <thead><tr>
                                                    <th scope="col">{s(t, |t| t.ergebnis_tab_anforderung)}</th>
                                                    <th scope="col">{s(t, |t| t.ergebnis_tab_antwort)}</th>
                                                    <th scope="col">{s(t, |t| t.ergebnis_tab_ergebnis)}</th>
                                                    <th scope="col">{s(t, |t| t.ergebnis_tab_norm)}</th>
                                                </tr></thead>
                                                <tbody>
                                                    {schritte.into_iter().map(|x| {
                                                        let norm = x.norm.clone();
                                                        let zeile = move || {
                                                            let tx = t.get();
                                                            let (a, w, e) = darstellung::erklaerung(tx, &x);
                                                            view! {
                                                                <td data-label=tx.ergebnis_tab_anforderung>{a}</td>
                                                                <td data-label=tx.ergebnis_tab_antwort>{w}</td>
                                                                <td data-label=tx.ergebnis_tab_ergebnis>{e}</td>
                                                            }
                                                        };
                                                        view! { <tr>{zeile}<td data-label=move || t.get().ergebnis_tab_norm>{norm}</td></tr> }
                                                    }).collect_view()}
                                                </tbody>
                                            </table>
                                        </details>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        {(!unsicher.is_empty()).then(|| {
                            view! { <p class="wc-hinweis" data-testid="unsicher">{move || {
                                let was: Vec<&str> = unsicher.iter().map(|u| match *u {
                                    "gemeinde" => t.get().ergebnis_unsicher_gemeinde,
                                    _ => t.get().ergebnis_unsicher_heizkosten,
                                }).collect();
                                fuellen(t.get().ergebnis_unsicher, &[("was", &was.join(", "))])
                            }}</p> }
                        })}
                        {b.mietschulden.map(|m| {
                            let betrag = m.rueckstand.deutsch();
                            let wer_jc = m.traeger == Traeger::Jobcenter;
                            view! {
                                <section class="wc-abschnitt" aria-labelledby="titel-uebernahme" data-testid="uebernahme">
                                    <h3 id="titel-uebernahme">{s(t, |t| t.ergebnis_uebernahme_titel)}</h3>
                                    <p>{move || {
                                        let wer = if wer_jc { t.get().ergebnis_uebernahme_jobcenter } else { t.get().ergebnis_uebernahme_sozialamt };
                                        let satz = if m.soll { t.get().ergebnis_uebernahme_soll } else { t.get().ergebnis_uebernahme_kann };
                                        fuellen(satz, &[("wer", wer), ("betrag", &betrag)])
                                    }} " (" {m.norm} ")"</p>
                                    <p>{move || if m.nur_darlehen { t.get().ergebnis_uebernahme_darlehen } else { t.get().ergebnis_uebernahme_beihilfe }}</p>
                                    <p>{s(t, |t| t.ergebnis_uebernahme_bedingungen)}</p>
                                    <ul class="wc-liste">{m.bedingungen.iter().map(|b| { let b = *b; view! { <li>{move || darstellung::bedingung(t.get(), b)}</li> } }).collect_view()}</ul>
                                </section>
                            }
                        })}
                    }.into_any()
                }
                _ => view! { <p>{s(t, |t| t.ergebnis_keine_schaetzung)}</p> }.into_any(),
            };
            view! {
                <section class="wc-abschnitt" aria-labelledby="titel-leistungen">
                    <h3 id="titel-leistungen">{s(t, |t| t.ergebnis_leistungen_titel)}</h3>
                    {inhalt}
                </section>
            }
        })
    };
    let verzug = move || {
        r().and_then(|a| a.verzug).map(|v| {
            let e = crate::erklaerung::verzug(&v, t.get());
            view! {
                <section class="wc-abschnitt" aria-labelledby="titel-verzug" data-testid="ergebnis-verzug">
                    <h3 id="titel-verzug">{s(t, |t| t.ergebnis_verzug_titel)}</h3>
                    <p><strong>{e.antwort}</strong></p>
                    {e.begruendung.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                    <p>{e.ordentlich}</p>
                </section>
            }
        })
    };
    let schritte = move || {
        r().map(|a| {
            let gruppen = [Wann::Heute, Wann::DieseWoche, Wann::Danach];
            view! {
                <section class="wc-abschnitt" aria-labelledby="titel-schritte">
                    <h3 id="titel-schritte">{s(t, |t| t.ergebnis_schritte_titel)}</h3>
                    {gruppen.into_iter().map(|w| {
                        let liste: Vec<_> = a.schritte.iter().filter(|s| s.wann == w).cloned().collect();
                        (!liste.is_empty()).then(|| view! {
                            <h4>{move || match w { Wann::Heute => t.get().ergebnis_wann_today, Wann::DieseWoche => t.get().ergebnis_wann_this_week, Wann::Danach => t.get().ergebnis_wann_next }}</h4>
                            <ol class="wc-schritte" data-testid=format!("schritte-{}", w.code())>
                                {liste.into_iter().map(|schritt| {
                                    let (s1, s2, s3) = (schritt.clone(), schritt.clone(), schritt.clone());
                                    let norm = schritt.norm.map(|n| format!(" ({n})"));
                                    let hat_unterlagen = !schritt.unterlagen.is_empty();
                                    view! {
                                        <li>
                                            <p><strong>{move || darstellung::schritt_text(t.get(), &s1)}</strong></p>
                                            <p>{move || darstellung::schritt_warum(t.get(), &s2)}{norm}</p>
                                            {hat_unterlagen.then(|| view! {
                                                <p class="wc-hinweis">{s(t, |t| t.ergebnis_unterlagen)} " " {move || darstellung::unterlagen(t.get(), &s3).join(", ")}</p>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        })
                    }).collect_view()}
                </section>
            }
        })
    };
    let geprueft = region.geprueft_am.deutsch();
    view! {
        <div class="wc-ergebnis" data-testid="ergebnis">
            // After the last date the law was checked for, the rules refuse to guess: say so, and point to the office.
            <Show when=move || r().is_none()>
                <p class="wc-hinweis-box" role="alert" data-testid="recht-unbekannt">{s(t, |t| t.rechtsstand_unbekannt)}</p>
            </Show>
            <p class="wc-schaetzung-satz">{s(t, |t| t.ergebnis_schaetzung)}</p>
            {risiko}
            {fristen}
            {verzug}
            {leistungen}
            {schritte}
            <section class="wc-abschnitt" aria-labelledby="titel-kontakt">
                <h3 id="titel-kontakt">{s(t, |t| t.ergebnis_kontakt_titel)}</h3>
                {region.stellen.iter().map(|s| view! { <Kontaktkarte stelle=s t=t /> }).collect_view()}
            </section>
            <details class="wc-warum-tabelle wc-angaben" data-testid="angaben">
                <summary>{s(t, |t| t.ergebnis_angaben_titel)}</summary>
                <dl>
                    {move || antworten.with(|a| angaben(t.get(), a)).into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                </dl>
            </details>
            <p class="wc-hinweis" data-testid="rechtsstand">{move || r().map(|a| fuellen(t.get().ergebnis_rechtsstand, &[("datum", &a.heute.deutsch()), ("geprueft", &geprueft)]))}</p>
        </div>
    }
}

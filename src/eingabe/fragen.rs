//! The question steps as data: which questions, in which order, shown when, bound
//! to which answer, with which check. The widget renders these pieces with a handful
//! of generic components, so a new question is a line here, not a new view; and
//! which question appears when is tested natively.

use crate::darstellung::sprachen::{fuellen, Texte};
use crate::eingabe::antworten::{Anlass, Antworten, Feld, Lohnart};
use crate::eingabe::gelesen::{Art, Gelesen};
use crate::eingabe::lesen::Eingabefehler;
use crate::rules::datum::Datum;
use crate::rules::geld::Cent;
use crate::rules::kalender::letzter_faelliger_monat;
use crate::rules::params::{id, Wert};
use crate::rules::risiko::{Bedrohung, Schock};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Schritt {
    Anlass,
    Haushalt,
    Einkommen,
    Wohnen,
    Rueckstand,
    Lage,
    Ergebnis,
}

pub const SCHRITTE: [Schritt; 7] =
    [Schritt::Anlass, Schritt::Haushalt, Schritt::Einkommen, Schritt::Wohnen, Schritt::Rueckstand, Schritt::Lage, Schritt::Ergebnis];

impl Schritt {
    /// The text key of the step's heading.
    pub fn titel(self) -> &'static str {
        match self {
            Schritt::Anlass => "anlass_titel",
            Schritt::Haushalt => "haushalt_titel",
            Schritt::Einkommen => "einkommen_titel",
            Schritt::Wohnen => "wohnen_titel",
            Schritt::Rueckstand => "rueckstand_titel",
            Schritt::Lage => "lage_titel",
            Schritt::Ergebnis => "ergebnis_titel",
        }
    }
}

/// A label: a text key, filled with the child's number or the month's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Key(&'static str),
    /// `{n}` = position + 1.
    Nummer(&'static str, usize),
    /// `{monat}` = the month `zurueck` months before the last rent that fell due.
    Monat(&'static str, i32),
}

impl Text {
    pub fn fuer(self, t: &Texte, heute: Datum) -> String {
        match self {
            Text::Key(k) => text(t, k).to_string(),
            Text::Nummer(k, i) => fuellen(text(t, k), &[("n", &(i + 1).to_string())]),
            Text::Monat(k, zurueck) => {
                let name = letzter_faelliger_monat(heute)
                    .ok()
                    .map(|l| {
                        let m = l.plus(-zurueck);
                        let namen: Vec<&str> = t.allgemein_monate.split(',').collect();
                        format!("{} {}", namen.get(m.monat as usize - 1).copied().unwrap_or(""), m.jahr)
                    })
                    .unwrap_or_default();
                fuellen(text(t, k), &[("monat", &name)])
            }
        }
    }
}

pub fn text(t: &Texte, key: &str) -> &'static str {
    t.get(key).unwrap_or("")
}

/// When a part of a step is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bedingung {
    Akut,
    AnlassGericht,
    AnlassRaeumung,
    Paar,
    KeineKinder,
    MitLohn(usize),
    /// The care surcharge for the childless can apply to adult `i`: aged 23 or more (or age not
    /// given), with a wage or a pension, and no child in the household.
    KinderFrage(usize),
    Gesamtbetrag,
    ProMonat,
    KuendigungFragen,
    Gekuendigt,
    KlageFragen,
    Geklagt,
    FristFragen,
    Verurteilt,
}

impl Bedingung {
    pub fn gilt(self, a: &Antworten, g: &Gelesen) -> bool {
        let gekuendigt = a.kuendigung.ja() || a.anlass == Anlass::Kuendigung;
        let geklagt = a.klage.ja() || a.anlass == Anlass::Gericht;
        let verurteilt = a.urteil.ja() || a.anlass == Anlass::Raeumungstermin;
        match self {
            Bedingung::Akut => a.anlass.akut(),
            Bedingung::AnlassGericht => a.anlass == Anlass::Gericht,
            Bedingung::AnlassRaeumung => a.anlass == Anlass::Raeumungstermin,
            Bedingung::Paar => a.erwachsene.len() >= 2,
            Bedingung::KeineKinder => a.kinder.is_empty(),
            Bedingung::MitLohn(i) => a.erwachsene.get(i).is_some_and(|e| e.lohnart != Lohnart::Keiner),
            Bedingung::KinderFrage(i) => {
                a.kinder.is_empty()
                    && a.erwachsene.get(i).is_some_and(|e| {
                        g.alter(Feld::Alter(i)).is_none_or(|x| x >= pv_frage_ab_alter())
                            && (e.lohnart != Lohnart::Keiner || g.gegeben(Feld::Rente(i)))
                    })
            }
            Bedingung::Gesamtbetrag => !a.rueckstand_pro_monat,
            Bedingung::ProMonat => a.rueckstand_pro_monat,
            Bedingung::KuendigungFragen => a.anlass != Anlass::Kuendigung,
            Bedingung::Gekuendigt => gekuendigt,
            Bedingung::KlageFragen => gekuendigt && a.anlass != Anlass::Gericht,
            Bedingung::Geklagt => geklagt,
            Bedingung::FristFragen => verurteilt || geklagt,
            Bedingung::Verurteilt => verurteilt,
        }
    }
}

/// What is repeated per child.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindVorlage {
    /// Age, with a button to remove the child.
    Alter,
    Unterhalt,
}

/// One piece of a step.
#[derive(Clone, Debug, PartialEq)]
pub enum Teil {
    /// "Why do we ask?" as a disclosure.
    Warum(&'static str),
    Absatz { key: &'static str, hinweis: bool },
    Eingabe { id: String, feld: Feld, label: Text, hinweis: Option<&'static str>, art: Art },
    /// Radio buttons `{name}-0`, `{name}-1`, …
    Wahl { name: String, feld: Feld, frage: &'static str, optionen: &'static [&'static str], frage_versteckt: bool },
    Haken { id: String, feld: Feld, text: &'static str },
    Gemeinde,
    Gruppe { legende: Text, klasse: &'static str, teile: Vec<Teil> },
    Wenn(Bedingung, Vec<Teil>),
    JeKind(KindVorlage),
    KindHinzu,
    /// The acute box: phone and the running deadline.
    Akut,
    /// The live answer to "can the landlord give notice without notice period?".
    Verzug,
}

/// From this age the care surcharge for the childless applies (the latest value of the data):
/// below it the question whether someone has children is not asked.
fn pv_frage_ab_alter() -> u8 {
    match id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_MINDESTALTER.parameter().staende.last().map(|s| &s.wert) {
        Some(Wert::Zahl(z)) => z.f as u8,
        _ => 0,
    }
}

const JA_NEIN_OPTIONEN: &[&str] = &["allgemein_ja", "allgemein_nein", "allgemein_weiss_nicht"];

/// A typed answer; how it is read follows from its field (`Feld::art`).
fn eingabe(id: &str, feld: Feld, label: Text, hinweis: Option<&'static str>) -> Teil {
    let art = feld.art().expect("a typed answer");
    Teil::Eingabe { id: id.into(), feld, label, hinweis, art }
}

fn ja_nein(name: &str, feld: Feld, frage: &'static str) -> Teil {
    Teil::Wahl { name: name.into(), feld, frage, optionen: JA_NEIN_OPTIONEN, frage_versteckt: false }
}

fn datum(id: &str, feld: Feld, label: &'static str, hinweis: &'static str) -> Teil {
    eingabe(id, feld, Text::Key(label), Some(hinweis))
}

fn person(i: usize) -> Teil {
    let id = |name: &str| format!("{name}-{i}");
    Teil::Gruppe {
        legende: Text::Key(if i == 0 { "einkommen_person_ich" } else { "einkommen_person_partner" }),
        klasse: "wc-gruppe wc-person",
        teile: vec![
            Teil::Wahl {
                name: id("lohnart"),
                feld: Feld::Lohnart(i),
                frage: "einkommen_lohn_frage",
                optionen: &["einkommen_lohn_keiner", "einkommen_lohn_netto", "einkommen_lohn_brutto"],
                frage_versteckt: false,
            },
            Teil::Wenn(Bedingung::MitLohn(i), vec![eingabe(&id("lohn"), Feld::Lohn(i), Text::Key("einkommen_lohn_betrag"), None)]),
            Teil::Absatz { key: "einkommen_leer_hinweis", hinweis: true },
            eingabe(&id("rente"), Feld::Rente(i), Text::Key("einkommen_rente"), None),
            eingabe(&id("alg"), Feld::Arbeitslosengeld(i), Text::Key("einkommen_alg"), None),
            eingabe(&id("sonstiges"), Feld::Sonstiges(i), Text::Key("einkommen_sonstiges"), None),
            Teil::Wenn(
                Bedingung::KinderFrage(i),
                vec![ja_nein(&id("hat-kinder"), Feld::HatKinder(i), if i == 0 { "einkommen_hat_kinder_ich" } else { "einkommen_hat_kinder_partner" })],
            ),
            Teil::Haken { id: id("erwerbsunfaehig"), feld: Feld::Erwerbsunfaehig(i), text: "einkommen_erwerbsunfaehig" },
        ],
    }
}

/// The pieces of a step, in order. `Ergebnis` has none: it is the result page.
pub fn teile(s: Schritt) -> Vec<Teil> {
    use Feld as F;
    match s {
        Schritt::Anlass => vec![
            Teil::Warum("anlass_warum"),
            Teil::Wahl {
                name: "anlass".into(),
                feld: F::Anlass,
                frage: "anlass_titel",
                optionen: &["anlass_geld_knapp", "anlass_miete_offen", "anlass_kuendigung", "anlass_gericht", "anlass_raeumung"],
                frage_versteckt: true,
            },
            Teil::Wenn(
                Bedingung::Akut,
                vec![
                    Teil::Akut,
                    Teil::Wenn(Bedingung::AnlassGericht, vec![datum("klage-am", F::KlageAm, "anlass_akut_datum_klage", "rueckstand_klage_am_hinweis")]),
                    Teil::Wenn(Bedingung::AnlassRaeumung, vec![datum("termin-am", F::RaeumungsterminAm, "anlass_akut_datum_termin", "rueckstand_datum_hinweis")]),
                    Teil::Absatz { key: "anlass_akut_weiter", hinweis: false },
                ],
            ),
        ],
        Schritt::Haushalt => vec![
            Teil::Warum("haushalt_warum"),
            Teil::Wahl {
                name: "erwachsene".into(),
                feld: F::Paar,
                frage: "haushalt_erwachsene_frage",
                optionen: &["haushalt_erwachsene_1", "haushalt_erwachsene_2"],
                frage_versteckt: false,
            },
            eingabe("alter-0", F::Alter(0), Text::Key("haushalt_alter_ich"), None),
            Teil::Wenn(Bedingung::Paar, vec![eingabe("alter-1", F::Alter(1), Text::Key("haushalt_alter_partner"), None)]),
            Teil::Gruppe {
                legende: Text::Key("haushalt_kinder_frage"),
                klasse: "wc-gruppe",
                teile: vec![
                    Teil::Wenn(Bedingung::KeineKinder, vec![Teil::Absatz { key: "haushalt_kinder_keine", hinweis: true }]),
                    Teil::JeKind(KindVorlage::Alter),
                    Teil::KindHinzu,
                ],
            },
            Teil::Gemeinde,
        ],
        Schritt::Einkommen => vec![Teil::Warum("einkommen_warum"), person(0), Teil::Wenn(Bedingung::Paar, vec![person(1)]), Teil::JeKind(KindVorlage::Unterhalt)],
        Schritt::Wohnen => vec![
            Teil::Warum("wohnen_warum"),
            eingabe("miete", F::Kaltmiete, Text::Key("wohnen_kaltmiete"), Some("wohnen_kaltmiete_hinweis")),
            eingabe("heizkosten", F::Heizkosten, Text::Key("wohnen_heizkosten"), Some("wohnen_heizkosten_hinweis")),
            eingabe("vermoegen", F::Vermoegen, Text::Key("wohnen_vermoegen"), Some("wohnen_vermoegen_hinweis")),
            ja_nein("buergergeld", F::Buergergeld, "wohnen_buergergeld"),
        ],
        Schritt::Rueckstand => {
            let mut monate = vec![Teil::Absatz { key: "rueckstand_monate_hinweis", hinweis: true }];
            monate.extend((0..6usize).map(|i| eingabe(&format!("monat-{i}"), F::RueckstandMonat(i), Text::Monat("rueckstand_monat", 5 - i as i32), None)));
            vec![
                Teil::Warum("rueckstand_warum"),
                Teil::Haken { id: "pro-monat".into(), feld: F::ProMonat, text: "rueckstand_pro_monat" },
                Teil::Wenn(
                    Bedingung::Gesamtbetrag,
                    vec![
                        eingabe("summe", F::Rueckstand, Text::Key("rueckstand_betrag"), None),
                        eingabe("seit", F::RueckstandSeit, Text::Key("rueckstand_seit"), Some("rueckstand_seit_hinweis")),
                    ],
                ),
                Teil::Wenn(Bedingung::ProMonat, monate),
                Teil::Verzug,
                ja_nein("mahnung", F::Mahnung, "rueckstand_mahnung"),
                Teil::Wenn(Bedingung::KuendigungFragen, vec![ja_nein("kuendigung", F::Kuendigung, "rueckstand_kuendigung")]),
                Teil::Wenn(
                    Bedingung::Gekuendigt,
                    vec![
                        Teil::Wahl {
                            name: "kuendigungsart".into(),
                            feld: F::Kuendigungsart,
                            frage: "rueckstand_kuendigungsart",
                            optionen: &["rueckstand_art_fristlos", "rueckstand_art_ordentlich", "rueckstand_art_beide", "allgemein_weiss_nicht"],
                            frage_versteckt: false,
                        },
                        datum("kuendigung-am", F::KuendigungAm, "rueckstand_kuendigung_am", "rueckstand_datum_hinweis"),
                        ja_nein("geheilt", F::Geheilt, "rueckstand_geheilt"),
                    ],
                ),
                Teil::Wenn(Bedingung::KlageFragen, vec![ja_nein("klage", F::Klage, "rueckstand_klage")]),
                Teil::Wenn(
                    Bedingung::Geklagt,
                    vec![
                        datum("klage-am-2", F::KlageAm, "rueckstand_klage_am", "rueckstand_klage_am_hinweis"),
                        ja_nein("urteil", F::Urteil, "rueckstand_urteil"),
                    ],
                ),
                Teil::Wenn(
                    Bedingung::FristFragen,
                    vec![datum("raeumungsfrist-bis", F::RaeumungsfristBis, "rueckstand_raeumungsfrist_bis", "rueckstand_datum_hinweis")],
                ),
                Teil::Wenn(
                    Bedingung::Verurteilt,
                    vec![datum("termin-am-2", F::RaeumungsterminAm, "rueckstand_raeumungstermin_am", "rueckstand_datum_hinweis")],
                ),
                ja_nein("energiesperre", F::Energiesperre, "rueckstand_energiesperre"),
                ja_nein("schulden", F::AndereSchulden, "rueckstand_andere_schulden"),
            ]
        }
        Schritt::Lage => {
            let schock = |id: &str, s, text| Teil::Haken { id: id.into(), feld: F::Schock(s), text };
            let bedrohung = |id: &str, b, text| Teil::Haken { id: id.into(), feld: F::Bedrohung(b), text };
            vec![
                Teil::Warum("lage_warum"),
                Teil::Gruppe {
                    legende: Text::Key("lage_schocks"),
                    klasse: "wc-gruppe",
                    teile: vec![
                        schock("schock-job", Schock::Jobverlust, "lage_schock_job"),
                        schock("schock-krank", Schock::Krankheit, "lage_schock_krank"),
                        schock("schock-trennung", Schock::Trennung, "lage_schock_trennung"),
                        schock("schock-tod", Schock::TodPartner, "lage_schock_tod"),
                    ],
                },
                Teil::Gruppe {
                    legende: Text::Key("lage_bedrohungen"),
                    klasse: "wc-gruppe",
                    teile: vec![
                        bedrohung("bedr-eigenbedarf", Bedrohung::Eigenbedarf, "lage_bedr_eigenbedarf"),
                        bedrohung("bedr-modernisierung", Bedrohung::Modernisierung, "lage_bedr_modernisierung"),
                        bedrohung("bedr-mieterhoehung", Bedrohung::Mieterhoehung, "lage_bedr_mieterhoehung"),
                        bedrohung("bedr-zwangsversteigerung", Bedrohung::Zwangsversteigerung, "lage_bedr_zwangsversteigerung"),
                    ],
                },
                ja_nein("kontakt", F::Kontakt, "lage_kontakt"),
            ]
        }
        Schritt::Ergebnis => Vec::new(),
    }
}

/// The pieces repeated for child `i`.
pub fn kind_teile(v: KindVorlage, i: usize) -> Teil {
    match v {
        KindVorlage::Alter => eingabe(&format!("kind-alter-{i}"), Feld::KindAlter(i), Text::Nummer("haushalt_kind_alter", i), None),
        KindVorlage::Unterhalt => eingabe(&format!("unterhalt-{i}"), Feld::Unterhalt(i), Text::Nummer("einkommen_unterhalt_kind", i), None),
    }
}

/// The message for an input error, in the chosen language.
pub fn meldung(t: &Texte, e: Eingabefehler, monat: bool) -> String {
    match e {
        Eingabefehler::Leer | Eingabefehler::KeineZahl => t.fehler_keine_zahl.into(),
        Eingabefehler::Negativ => t.fehler_negativ.into(),
        Eingabefehler::ZuVieleNachkommastellen => t.fehler_nachkomma.into(),
        Eingabefehler::ZuGross { hoechstens_euro } => fuellen(t.fehler_zu_gross, &[("hoechstens", &crate::darstellung::betrag(t, Cent::euro(hoechstens_euro)))]),
        Eingabefehler::KeinDatum if monat => t.fehler_kein_monat.into(),
        Eingabefehler::KeinDatum => t.fehler_kein_datum.into(),
        Eingabefehler::UnmoeglichesDatum => t.fehler_unmoeglich.into(),
        Eingabefehler::KeinAlter => t.fehler_alter.into(),
        Eingabefehler::Volljaehrig => t.fehler_kind_alter.into(),
        Eingabefehler::MehrAlsMiete => t.fehler_mehr_als_miete.into(),
    }
}

/// What is wrong with a typed answer, in words, or `None`. Empty is never wrong: every
/// question may stay open.
pub fn fehler(g: &Gelesen, feld: Feld, t: &Texte) -> Option<String> {
    g.fehler(feld).map(|e| meldung(t, e, feld.art() == Some(Art::Monat)))
}

/// A typed answer that cannot be read, with where it is asked and what the result does without it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unlesbar {
    pub schritt: Schritt,
    /// The input's id, to go back to it.
    pub id: String,
    pub feld: Feld,
    pub label: Text,
    pub wert: String,
    /// Text key: what the result does without this answer.
    pub folge: &'static str,
}

fn folge(feld: Feld) -> &'static str {
    match feld {
        Feld::Lohn(_) | Feld::Rente(_) | Feld::Arbeitslosengeld(_) | Feld::Sonstiges(_) | Feld::Unterhalt(_) => "unlesbar_folge_einkommen",
        Feld::Vermoegen => "unlesbar_folge_vermoegen",
        Feld::Kaltmiete => "unlesbar_folge_miete",
        Feld::Heizkosten => "unlesbar_folge_heizung",
        Feld::KuendigungAm | Feld::KlageAm | Feld::RaeumungsfristBis | Feld::RaeumungsterminAm => "unlesbar_folge_datum",
        Feld::KindAlter(_) => "unlesbar_folge_kind",
        Feld::Alter(_) => "unlesbar_folge_alter",
        _ => "unlesbar_folge_rueckstand",
    }
}

fn sammeln(a: &Antworten, g: &Gelesen, schritt: Schritt, teile: &[Teil], aus: &mut Vec<Unlesbar>) {
    for teil in teile {
        match teil {
            Teil::Eingabe { id, feld, label, .. } => {
                if g.fehler(*feld).is_some() {
                    aus.push(Unlesbar { schritt, id: id.clone(), feld: *feld, label: *label, wert: a.wert(*feld), folge: folge(*feld) });
                }
            }
            Teil::Gruppe { teile, .. } => sammeln(a, g, schritt, teile, aus),
            Teil::Wenn(b, teile) if b.gilt(a, g) => sammeln(a, g, schritt, teile, aus),
            Teil::JeKind(v) => {
                let je_kind: Vec<Teil> = (0..a.kinder.len()).map(|i| kind_teile(*v, i)).collect();
                sammeln(a, g, schritt, &je_kind, aus);
            }
            _ => {}
        }
    }
}

/// Every typed answer that cannot be read, among the questions the answers show, in the order
/// of the steps. The result lists them; the steps after them show a summary with links back.
pub fn unlesbar(a: &Antworten, g: &Gelesen) -> Vec<Unlesbar> {
    let mut aus = Vec::new();
    for schritt in SCHRITTE {
        sammeln(a, g, schritt, &teile(schritt), &mut aus);
    }
    aus
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::darstellung::sprachen::SPRACHEN;

    fn alle(teile: &[Teil], aus: &mut Vec<Teil>) {
        for t in teile {
            aus.push(t.clone());
            match t {
                Teil::Gruppe { teile, .. } | Teil::Wenn(_, teile) => alle(teile, aus),
                Teil::JeKind(v) => aus.push(kind_teile(*v, 0)),
                _ => {}
            }
        }
    }

    fn jedes_teil() -> Vec<Teil> {
        let mut aus = Vec::new();
        for s in SCHRITTE {
            alle(&teile(s), &mut aus);
        }
        aus
    }

    #[test]
    fn every_text_key_of_the_form_exists_in_every_language() {
        let heute = Datum::ymd(2026, 11, 25);
        for s in SPRACHEN {
            let t = s.texte();
            let gibt = |k: &str| assert!(t.get(k).is_some_and(|x| !x.is_empty()), "{}: {k}", s.code);
            for schritt in SCHRITTE {
                gibt(schritt.titel());
            }
            for teil in jedes_teil() {
                match teil {
                    Teil::Warum(k) | Teil::Absatz { key: k, .. } | Teil::Haken { text: k, .. } => gibt(k),
                    Teil::Eingabe { label, hinweis, .. } => {
                        assert!(!label.fuer(t, heute).is_empty());
                        hinweis.into_iter().for_each(gibt);
                    }
                    Teil::Wahl { frage, optionen, .. } => {
                        gibt(frage);
                        optionen.iter().for_each(|k| gibt(k));
                    }
                    Teil::Gruppe { legende, .. } => assert!(!legende.fuer(t, heute).is_empty()),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn ids_are_unique_within_a_step() {
        for s in SCHRITTE {
            let mut aus = Vec::new();
            alle(&teile(s), &mut aus);
            let mut ids: Vec<String> = aus
                .iter()
                .filter_map(|t| match t {
                    Teil::Eingabe { id, .. } | Teil::Haken { id, .. } | Teil::Wahl { name: id, .. } => Some(id.clone()),
                    _ => None,
                })
                .collect();
            let n = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), n, "{s:?}");
        }
    }

    #[test]
    fn every_field_reads_back_what_was_stored() {
        let mut a = Antworten::default();
        a.setze(Feld::Paar, "1");
        a.kinder.push(Default::default());
        for teil in jedes_teil() {
            match teil {
                Teil::Eingabe { feld, .. } => {
                    a.setze(feld, "12,50 €");
                    assert_eq!(a.wert(feld), "12,50 €", "{feld:?}");
                }
                Teil::Wahl { feld, optionen, .. } => {
                    for i in 0..optionen.len() {
                        a.setze(feld, &i.to_string());
                        assert_eq!(a.wert(feld), i.to_string(), "{feld:?}");
                    }
                    a.setze(feld, "99");
                    assert_eq!(a.wert(feld), (optionen.len() - 1).to_string(), "out of range is ignored");
                }
                Teil::Haken { feld, .. } => {
                    a.setze(feld, "ja");
                    assert_eq!(a.wert(feld), "ja");
                    a.setze(feld, "");
                    assert_eq!(a.wert(feld), "");
                }
                _ => {}
            }
        }
        a.setze(Feld::Paar, "0");
        assert_eq!(a.erwachsene.len(), 1);
        assert_eq!(Antworten::default().wert(Feld::Kuendigungsart), "3", "don't know is preselected");
        assert_eq!(Antworten::default().wert(Feld::Mahnung), "", "yes/no starts open");
    }

    #[test]
    fn questions_appear_as_the_answers_need_them() {
        let mut a = Antworten::default();
        assert!(!Bedingung::Gekuendigt.gilt(&a, &Gelesen::aus(&a)) && !Bedingung::Akut.gilt(&a, &Gelesen::aus(&a)) && Bedingung::KuendigungFragen.gilt(&a, &Gelesen::aus(&a)));
        a.setze(Feld::Anlass, "2");
        assert!(Bedingung::Gekuendigt.gilt(&a, &Gelesen::aus(&a)) && !Bedingung::KuendigungFragen.gilt(&a, &Gelesen::aus(&a)) && Bedingung::KlageFragen.gilt(&a, &Gelesen::aus(&a)));
        a.setze(Feld::Anlass, "3");
        assert!(Bedingung::Akut.gilt(&a, &Gelesen::aus(&a)) && Bedingung::AnlassGericht.gilt(&a, &Gelesen::aus(&a)) && Bedingung::Geklagt.gilt(&a, &Gelesen::aus(&a)) && Bedingung::FristFragen.gilt(&a, &Gelesen::aus(&a)));
        assert!(!Bedingung::Verurteilt.gilt(&a, &Gelesen::aus(&a)));
        a.setze(Feld::Urteil, "0");
        assert!(Bedingung::Verurteilt.gilt(&a, &Gelesen::aus(&a)));
        a.setze(Feld::Lohnart(0), "2");
        assert!(Bedingung::MitLohn(0).gilt(&a, &Gelesen::aus(&a)) && !Bedingung::MitLohn(1).gilt(&a, &Gelesen::aus(&a)));
    }

    /// Issue 13: "Haben Sie Kinder?" only where the care surcharge for the childless can apply:
    /// an adult of 23 or more (or age not given) with a wage or a pension, no child in the flat.
    #[test]
    fn the_children_question_only_where_it_matters() {
        let mut a = Antworten::default();
        assert!(!Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "no income");
        a.setze(Feld::Rente(0), "1.200");
        assert!(Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "a pension, age not given");
        a.setze(Feld::Alter(0), "22");
        assert!(!Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "below 23");
        a.setze(Feld::Alter(0), "23");
        assert!(Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)));
        a.setze(Feld::Rente(0), "");
        a.setze(Feld::Lohnart(0), "1");
        assert!(Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "a wage");
        assert!(!Bedingung::KinderFrage(1).gilt(&a, &Gelesen::aus(&a)), "no partner");
        a.setze(Feld::HatKinder(0), "0");
        assert_eq!(a.erwachsene[0].hat_kinder, crate::eingabe::antworten::JaNein::Ja);
        a.kinder.push(Default::default());
        assert!(!Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "a child lives in the flat");
    }

    #[test]
    fn errors_name_the_problem_and_empty_is_fine() {
        let t = SPRACHEN[0].texte();
        let mut a = Antworten::default();
        assert_eq!(fehler(&Gelesen::aus(&a), Feld::Kaltmiete, t), None);
        a.setze(Feld::Kaltmiete, "abc");
        assert_eq!(fehler(&Gelesen::aus(&a), Feld::Kaltmiete, t).as_deref(), Some(t.fehler_keine_zahl));
        a.setze(Feld::Kaltmiete, "500");
        a.setze(Feld::RueckstandMonat(5), "800");
        assert_eq!(fehler(&Gelesen::aus(&a), Feld::RueckstandMonat(5), t).as_deref(), Some(t.fehler_mehr_als_miete));
        a.setze(Feld::RueckstandSeit, "irgendwann");
        assert_eq!(fehler(&Gelesen::aus(&a), Feld::RueckstandSeit, t).as_deref(), Some(t.fehler_kein_monat));
        a.setze(Feld::Alter(0), "200");
        assert_eq!(fehler(&Gelesen::aus(&a), Feld::Alter(0), t).as_deref(), Some(t.fehler_alter));
        a.kinder.push(Default::default());
        a.setze(Feld::KindAlter(0), "19");
        assert_eq!(fehler(&Gelesen::aus(&a), Feld::KindAlter(0), t).as_deref(), Some(t.fehler_kind_alter));
        // Moved from the reading of amounts: the limit in the message, written the language's way.
        assert!(meldung(t, Eingabefehler::ZuGross { hoechstens_euro: 10_000 }, false).contains("10.000"));
    }

    #[test]
    fn month_labels_count_back_from_the_last_rent_due() {
        let t = SPRACHEN[0].texte();
        let heute = Datum::ymd(2026, 11, 25);
        assert!(Text::Monat("rueckstand_monat", 0).fuer(t, heute).contains("November 2026"));
        assert!(Text::Monat("rueckstand_monat", 5).fuer(t, heute).contains("Juni 2026"));
    }
}

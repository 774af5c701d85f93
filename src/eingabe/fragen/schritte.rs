//! The pieces of each step, in the order the visitor meets them.

use super::{Bedingung, KindVorlage, Schritt, Teil, Text};
use crate::eingabe::antworten::Feld;
use crate::eingabe::antworten::Feld as F;
use crate::rules::risiko::{Bedrohung, Schock};

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
                vec![ja_nein(
                    &id("hat-kinder"),
                    Feld::HatKinder(i),
                    if i == 0 { "einkommen_hat_kinder_ich" } else { "einkommen_hat_kinder_partner" },
                )],
            ),
            Teil::Haken { id: id("erwerbsunfaehig"), feld: Feld::Erwerbsunfaehig(i), text: "einkommen_erwerbsunfaehig" },
        ],
    }
}

/// The pieces of a step, in order. `Ergebnis` has none: it is the result page.
pub fn teile(s: Schritt) -> Vec<Teil> {
    match s {
        Schritt::Anlass => anlass(),
        Schritt::Haushalt => haushalt(),
        Schritt::Einkommen => einkommen(),
        Schritt::Wohnen => wohnen(),
        Schritt::Rueckstand => rueckstand(),
        Schritt::Lage => lage(),
        Schritt::Ergebnis => Vec::new(),
    }
}

/// What happened: sets the urgency; a letter from the court or an eviction date shows the
/// phone number and the running deadline at once.
fn anlass() -> Vec<Teil> {
    vec![
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
                Teil::Wenn(
                    Bedingung::AnlassRaeumung,
                    vec![datum("termin-am", F::RaeumungsterminAm, "anlass_akut_datum_termin", "rueckstand_datum_hinweis")],
                ),
                Teil::Absatz { key: "anlass_akut_weiter", hinweis: false },
            ],
        ),
    ]
}

/// Who lives in the flat, and where.
fn haushalt() -> Vec<Teil> {
    vec![
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
    ]
}

/// What the household lives on, person by person, and maintenance per child.
fn einkommen() -> Vec<Teil> {
    vec![Teil::Warum("einkommen_warum"), person(0), Teil::Wenn(Bedingung::Paar, vec![person(1)]), Teil::JeKind(KindVorlage::Unterhalt)]
}

/// What the flat costs, savings, and whether Bürgergeld is already paid.
fn wohnen() -> Vec<Teil> {
    vec![
        Teil::Warum("wohnen_warum"),
        eingabe("miete", F::Kaltmiete, Text::Key("wohnen_kaltmiete"), Some("wohnen_kaltmiete_hinweis")),
        eingabe("heizkosten", F::Heizkosten, Text::Key("wohnen_heizkosten"), Some("wohnen_heizkosten_hinweis")),
        eingabe("vermoegen", F::Vermoegen, Text::Key("wohnen_vermoegen"), Some("wohnen_vermoegen_hinweis")),
        ja_nein("buergergeld", F::Buergergeld, "wohnen_buergergeld"),
    ]
}

/// The arrears and the letters: reminder, notice, suit, judgment, dates.
fn rueckstand() -> Vec<Teil> {
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

/// What weighs on the household besides the rent.
fn lage() -> Vec<Teil> {
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

/// The pieces repeated for child `i`.
pub fn kind_teile(v: KindVorlage, i: usize) -> Teil {
    match v {
        KindVorlage::Alter => eingabe(&format!("kind-alter-{i}"), Feld::KindAlter(i), Text::Nummer("haushalt_kind_alter", i), None),
        KindVorlage::Unterhalt => eingabe(&format!("unterhalt-{i}"), Feld::Unterhalt(i), Text::Nummer("einkommen_unterhalt_kind", i), None),
    }
}

//! An ordered, personal list of what to do: today, this week, next. Each step
//! says why, with the norm where one applies, and which documents to bring.
//! Calling the counselling office is always on it, first when the risk is acute.
//!
//! Steps are codes with values; the words are in the locale files
//! (`schritt_<code>_text`, `schritt_<code>_warum`, `unterlagen_<code>`).

use crate::region::Stelle;
use crate::rules::datum::Datum;
use crate::rules::fristen::{Frist, Fristart, Fristzustand};
use crate::rules::leistungen::{Bewertung, Regime, Traeger};
use crate::rules::risiko::{Risiko, Stufe};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Wann {
    Heute,
    DieseWoche,
    Danach,
}

impl Wann {
    pub fn code(self) -> &'static str {
        match self {
            Wann::Heute => "today",
            Wann::DieseWoche => "this_week",
            Wann::Danach => "next",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct NaechsterSchritt {
    pub wann: Wann,
    pub code: &'static str,
    /// Values for the placeholders; a value starting with `@` names another text to insert.
    pub werte: Vec<(&'static str, String)>,
    /// The deadline the step races against, if any: shown as "by …, n days left".
    pub frist: Option<(Option<Datum>, Fristzustand)>,
    pub norm: Option<&'static str>,
    /// Document codes.
    pub unterlagen: Vec<&'static str>,
}

fn frist(fristen: &[Frist], art: Fristart) -> Option<&Frist> {
    fristen.iter().find(|f| f.art == art)
}

fn wann_fuer(f: &Frist) -> Wann {
    match f.zustand {
        Fristzustand::Offen { tage_uebrig } if tage_uebrig > 14 => Wann::DieseWoche,
        _ => Wann::Heute,
    }
}

fn schritt(wann: Wann, code: &'static str, norm: Option<&'static str>, unterlagen: &[&'static str]) -> NaechsterSchritt {
    NaechsterSchritt { wann, code, werte: Vec::new(), frist: None, norm, unterlagen: unterlagen.to_vec() }
}

/// The steps for this household, in the order to take them.
pub fn naechste_schritte(
    risiko: &Risiko,
    fristen: &[Frist],
    leistungen: Option<&Bewertung>,
    beratung: &Stelle,
) -> Vec<NaechsterSchritt> {
    let mut s: Vec<NaechsterSchritt> = Vec::new();
    let mut anruf = schritt(
        if risiko.stufe >= Stufe::Hoch { Wann::Heute } else { Wann::DieseWoche },
        if beratung.telefon.is_some() { "anrufen" } else { "hingehen" },
        None,
        &["mietvertrag", "briefe", "kontoauszuege", "einkommen", "bescheide"],
    );
    anruf.werte = vec![("stelle", beratung.name.to_string()), ("telefon", beratung.telefon.unwrap_or_default().to_string())];
    let uebernahme = leistungen.and_then(|b| b.mietschulden.as_ref());
    let amt = match uebernahme.map(|m| m.traeger) {
        Some(Traeger::Jobcenter) => "jobcenter",
        Some(Traeger::Sozialamt) => "sozialamt",
        None => "amt",
    };
    if risiko.stufe == Stufe::Akut {
        s.push(anruf.clone());
    }

    if let Some(f) = frist(fristen, Fristart::Vollstreckungsschutz) {
        let mut x = schritt(Wann::Heute, "vollstreckungsschutz", Some(f.norm), &["raeumungsurteil", "gv_schreiben", "haerte_nachweise"]);
        x.frist = Some((f.datum, f.zustand));
        s.push(x);
    }
    if let Some(f) = frist(fristen, Fristart::Verteidigungsanzeige).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        let mut x = schritt(wann_fuer(f), "verteidigung", Some(f.norm), &["klage_umschlag"]);
        x.frist = Some((f.datum, f.zustand));
        s.push(x);
    }
    if let Some(f) = frist(fristen, Fristart::Schonfrist).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        let code = match (amt, f.datum.is_some()) {
            ("jobcenter", true) => "schonfrist_jobcenter",
            ("sozialamt", true) => "schonfrist_sozialamt",
            (_, true) => "schonfrist_amt",
            _ => "schonfrist_ohne_datum",
        };
        let mut x = schritt(Wann::Heute, code, Some(f.norm), &["kuendigung", "klage", "schuldenaufstellung", "einkommen", "kontoauszuege"]);
        x.werte = vec![("datum", f.datum.map(|d| d.deutsch()).unwrap_or_default())];
        s.push(x);
    } else if let Some(m) = uebernahme {
        let mut x = schritt(
            if risiko.stufe >= Stufe::Hoch { Wann::Heute } else { Wann::DieseWoche },
            if m.traeger == Traeger::Jobcenter { "uebernahme_jobcenter" } else { "uebernahme_sozialamt" },
            Some(m.norm),
            &["mietvertrag", "mahnung_kuendigung", "schuldenaufstellung", "einkommen", "kontoauszuege"],
        );
        x.werte = vec![
            ("betrag", m.rueckstand.deutsch()),
            ("soll", if m.soll { "@schritt_wort_soll" } else { "@schritt_wort_kann" }.to_string()),
            ("form", if m.nur_darlehen { "@schritt_wort_darlehen" } else { "@schritt_wort_beihilfe" }.to_string()),
        ];
        s.push(x);
    }
    if let Some(f) = frist(fristen, Fristart::Widerspruch).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        let mut x = schritt(wann_fuer(f), "widerspruch", Some(f.norm), &["kuendigung"]);
        x.frist = Some((f.datum, f.zustand));
        s.push(x);
    }
    if let Some(f) = frist(fristen, Fristart::Raeumungsfrist) {
        let mut x = schritt(
            if f.zustand == Fristzustand::Unbekannt { Wann::DieseWoche } else { wann_fuer(f) },
            "raeumungsfrist",
            Some(f.norm),
            &["klage_urteil"],
        );
        x.frist = Some((f.datum, f.zustand));
        s.push(x);
    }

    if risiko.stufe != Stufe::Akut {
        s.push(anruf);
    }

    if risiko.faktoren.iter().any(|f| f.code.starts_with("rueckstand") || f.code.starts_with("kuendigung")) {
        s.push(schritt(Wann::DieseWoche, "miete_weiter", Some("§ 543 Abs. 2 Satz 1 Nr. 3 BGB"), &[]));
    }
    if risiko.faktoren.iter().any(|f| f.code == "energiesperre") {
        s.push(schritt(Wann::Heute, "energie", Some("§ 22 Abs. 8 SGB II"), &["sperrandrohung", "jahresabrechnung"]));
    }

    if let Some(b) = leistungen {
        let wg = b.betraege.wohngeld.0 > 0;
        let kiz = b.betraege.kinderzuschlag.0 > 0;
        let (code, norm) = match b.regime {
            Regime::WohngeldKinderzuschlag if wg && kiz => ("antrag_wohngeld_kinderzuschlag", "§§ 22, 25 WoGG; § 9 BKGG"),
            Regime::WohngeldKinderzuschlag if kiz => ("antrag_kinderzuschlag", "§ 9 BKGG"),
            Regime::WohngeldKinderzuschlag => ("antrag_wohngeld", "§§ 22, 25 WoGG"),
            Regime::Sgb2 => ("antrag_sgb2", "§ 37 SGB II"),
            Regime::Sgb12 => ("antrag_sgb12", "§ 44 SGB XII"),
            Regime::Keines => ("", ""),
        };
        if !code.is_empty() {
            s.push(schritt(Wann::DieseWoche, code, Some(norm), &["ausweis", "mietvertrag", "einkommen", "kontoauszuege"]));
        }
    }
    super::ordnen::nach(&mut s, |x| x.wann);
    s
}

/// Every step code, for the test that each has its texts in every language.
pub const CODES: &[&str] = &[
    "anrufen",
    "hingehen",
    "vollstreckungsschutz",
    "verteidigung",
    "schonfrist_jobcenter",
    "schonfrist_sozialamt",
    "schonfrist_amt",
    "schonfrist_ohne_datum",
    "uebernahme_jobcenter",
    "uebernahme_sozialamt",
    "widerspruch",
    "raeumungsfrist",
    "miete_weiter",
    "energie",
    "antrag_wohngeld_kinderzuschlag",
    "antrag_kinderzuschlag",
    "antrag_wohngeld",
    "antrag_sgb2",
    "antrag_sgb12",
];

pub const UNTERLAGEN: &[&str] = &[
    "mietvertrag", "briefe", "kontoauszuege", "einkommen", "bescheide", "raeumungsurteil", "gv_schreiben", "haerte_nachweise",
    "klage_umschlag", "kuendigung", "klage", "schuldenaufstellung", "mahnung_kuendigung", "sperrandrohung", "jahresabrechnung",
    "ausweis", "klage_urteil",
];

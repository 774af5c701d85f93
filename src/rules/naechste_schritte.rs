//! An ordered, personal list of what to do: today, this week, next. Each step says why,
//! with the norm where one applies, which documents to bring, and at which stages of the
//! proceedings it applies ([`stadien`]): after a judgment nothing is advised that only works
//! before it. The counselling office is called today when the risk is high or acute, this week
//! when it is raised; a household without risk gets no task, only the contact.
//!
//! Steps are codes with values; the words are in the locale files
//! (`schritt_<code>_text`, `schritt_<code>_warum`, `unterlagen_<code>`).

use crate::rules::datum::Datum;
use crate::rules::fristen::{Frist, Fristart, Fristzustand, Stadium};
use crate::rules::leistungen::{Bewertung, Mietschuldenuebernahme, Regime, Traeger};
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

/// What the steps depend on besides risk, deadlines and benefits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Umstaende {
    pub stadium: Stadium,
    /// Rent is owed.
    pub rueckstand: bool,
    /// Someone in the household receives Arbeitslosengeld (SGB III): the Agentur für Arbeit.
    pub arbeitslosengeld: bool,
}

/// The stages at which a step applies, first and last (inclusive).
pub fn stadien(code: &str) -> (Stadium, Stadium) {
    use Stadium::*;
    match code {
        "verteidigung" | "schonfrist_jobcenter" | "schonfrist_sozialamt" | "schonfrist_amt" | "schonfrist_ohne_datum"
        | "raeumungsfrist_beantragen" => (Klage, Klage),
        "widerspruch" => (Kuendigung, Klage),
        "uebernahme_jobcenter" | "uebernahme_sozialamt" => (Rueckstand, Klage),
        // After a judgment the landlord decides: an agreement, a court settlement, § 765a.
        "vereinbarung" | "raeumungsvergleich" | "raeumungsfrist_verlaengern" => (Urteil, Raeumungstermin),
        "vollstreckungsschutz_ohne_termin" => (Urteil, Urteil),
        "vollstreckungsschutz" | "vollstreckungsschutz_spaet" => (Raeumungstermin, Raeumungstermin),
        _ => (Rueckstand, Raeumungstermin),
    }
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

fn mit_frist(mut s: NaechsterSchritt, f: &Frist) -> NaechsterSchritt {
    s.frist = Some((f.datum, f.zustand));
    s
}

/// The counselling office as a step names it. The rules know no region: the seam takes name and
/// phone from the region's data.
#[derive(Clone, Copy, Debug)]
pub struct Beratung {
    pub name: &'static str,
    pub telefon: Option<&'static str>,
}

/// The steps for this household, in the order to take them: by when, and within a day the
/// step with the nearest deadline first.
pub fn naechste_schritte(
    u: Umstaende,
    risiko: &Risiko,
    fristen: &[Frist],
    leistungen: Option<&Bewertung>,
    beratung: Beratung,
) -> Vec<NaechsterSchritt> {
    let uebernahme = leistungen.and_then(|b| b.mietschulden.as_ref());
    let mut s: Vec<NaechsterSchritt> = Vec::new();
    s.extend(beratung_aufsuchen(risiko, beratung));
    s.extend(gegen_fristen(fristen, uebernahme, risiko));
    s.extend(laufend(u, risiko));
    s.extend(leistungen.and_then(|b| antrag(b, risiko)));
    s.retain(|x| {
        let (von, bis) = stadien(x.code);
        von <= u.stadium && u.stadium <= bis
    });
    // By when; within a day the deadlines of the next two weeks by date, then the call, then
    // later deadlines by date, then the rest.
    super::ordnen::nach(&mut s, |x| {
        let rang = match x.frist {
            Some((Some(d), Fristzustand::Offen { tage_uebrig })) if tage_uebrig <= 14 => (0, d.tagnummer()),
            _ if x.code == "anrufen" || x.code == "hingehen" => (1, 0),
            Some((Some(d), Fristzustand::Offen { .. })) => (2, d.tagnummer()),
            _ => (3, 0),
        };
        (x.wann, rang)
    });
    s
}

/// The counselling office: a task when there is a risk; without one the result shows the
/// contact with a calm sentence instead.
fn beratung_aufsuchen(risiko: &Risiko, beratung: Beratung) -> Option<NaechsterSchritt> {
    if risiko.stufe <= Stufe::Gering {
        return None;
    }
    let mut anruf = schritt(
        if risiko.stufe >= Stufe::Hoch { Wann::Heute } else { Wann::DieseWoche },
        if beratung.telefon.is_some() { "anrufen" } else { "hingehen" },
        None,
        &["mietvertrag", "briefe", "kontoauszuege", "einkommen", "bescheide"],
    );
    anruf.werte = vec![("stelle", beratung.name.to_string()), ("telefon", beratung.telefon.unwrap_or_default().to_string())];
    Some(anruf)
}

/// What races against a deadline: protection from enforcement, the defence, the Schonfrist (or,
/// without one running, the takeover of the debts), the objection, the Räumungsfrist.
fn gegen_fristen(fristen: &[Frist], uebernahme: Option<&Mietschuldenuebernahme>, risiko: &Risiko) -> Vec<NaechsterSchritt> {
    let mut s = Vec::new();
    if let Some(f) = frist(fristen, Fristart::Vollstreckungsschutz) {
        let code = match f.zustand {
            Fristzustand::Unbekannt => "vollstreckungsschutz_ohne_termin",
            Fristzustand::Abgelaufen => "vollstreckungsschutz_spaet",
            Fristzustand::Offen { .. } => "vollstreckungsschutz",
        };
        let wann = if f.zustand == Fristzustand::Unbekannt { Wann::DieseWoche } else { Wann::Heute };
        s.push(mit_frist(schritt(wann, code, Some(f.norm), &["raeumungsurteil", "gv_schreiben", "haerte_nachweise"]), f));
    }
    if let Some(f) = frist(fristen, Fristart::Verteidigungsanzeige).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        s.push(mit_frist(schritt(wann_fuer(f), "verteidigung", Some(f.norm), &["klage_umschlag"]), f));
    }
    s.extend(schonfrist_oder_uebernahme(fristen, uebernahme, risiko));
    if let Some(f) = frist(fristen, Fristart::Widerspruch).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        s.push(mit_frist(schritt(wann_fuer(f), "widerspruch", Some(f.norm), &["kuendigung"]), f));
    }
    if let Some(f) = frist(fristen, Fristart::Raeumungsfrist).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        let (code, wann) = match f.datum {
            // A granted period: the extension, two weeks before its end (§ 721 Abs. 3 ZPO).
            Some(_) => ("raeumungsfrist_verlaengern", wann_fuer(f)),
            // Before the judgment: ask for it in the oral hearing (§ 721 Abs. 1 ZPO).
            None => ("raeumungsfrist_beantragen", Wann::DieseWoche),
        };
        s.push(mit_frist(schritt(wann, code, Some(f.norm), &["klage_urteil"]), f));
    }
    s
}

/// While the Schonfrist runs, the office that can pay within it; otherwise the application for
/// the takeover of the debts, if an office can take them over.
fn schonfrist_oder_uebernahme(fristen: &[Frist], uebernahme: Option<&Mietschuldenuebernahme>, risiko: &Risiko) -> Option<NaechsterSchritt> {
    let amt = match uebernahme.map(|m| m.traeger) {
        Some(Traeger::Jobcenter) => "jobcenter",
        Some(Traeger::Sozialamt) => "sozialamt",
        None => "amt",
    };
    if let Some(f) = frist(fristen, Fristart::Schonfrist).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        let code = match (amt, f.datum.is_some()) {
            ("jobcenter", true) => "schonfrist_jobcenter",
            ("sozialamt", true) => "schonfrist_sozialamt",
            (_, true) => "schonfrist_amt",
            _ => "schonfrist_ohne_datum",
        };
        let mut x = mit_frist(schritt(Wann::Heute, code, Some(f.norm), &["kuendigung", "klage", "schuldenaufstellung", "einkommen", "kontoauszuege"]), f);
        x.werte = vec![("datum", f.datum.map(|d| d.wert()).unwrap_or_default())];
        return Some(x);
    }
    let m = uebernahme?;
    let mut x = schritt(
        if risiko.stufe >= Stufe::Hoch { Wann::Heute } else { Wann::DieseWoche },
        if m.traeger == Traeger::Jobcenter { "uebernahme_jobcenter" } else { "uebernahme_sozialamt" },
        Some(m.norm),
        &["mietvertrag", "mahnung_kuendigung", "schuldenaufstellung", "einkommen", "kontoauszuege"],
    );
    x.werte = vec![
        ("betrag", m.rueckstand.wert()),
        ("soll", if m.soll { "@schritt_wort_soll" } else { "@schritt_wort_kann" }.to_string()),
        ("form", if m.nur_darlehen { "@schritt_wort_darlehen" } else { "@schritt_wort_beihilfe" }.to_string()),
    ];
    Some(x)
}

/// Steps without a deadline: after a judgment what still can work, paying the rent on, the
/// energy supply, the Agentur für Arbeit.
fn laufend(u: Umstaende, risiko: &Risiko) -> Vec<NaechsterSchritt> {
    let mut s = Vec::new();
    if u.stadium >= Stadium::Urteil {
        s.push(schritt(Wann::Heute, "vereinbarung", Some("§ 22 Abs. 8 SGB II; § 36 SGB XII"), &["raeumungsurteil", "schuldenaufstellung", "einkommen"]));
        s.push(schritt(Wann::DieseWoche, "raeumungsvergleich", Some("§ 794a ZPO"), &["klage_urteil"]));
    }
    if u.rueckstand || u.stadium >= Stadium::Kuendigung {
        s.push(schritt(Wann::DieseWoche, "miete_weiter", Some("§ 543 Abs. 2 Satz 1 Nr. 3 BGB"), &[]));
    }
    if risiko.faktoren.iter().any(|f| f.code == "energiesperre") {
        s.push(schritt(Wann::Heute, "energie", Some("§ 22 Abs. 8 SGB II"), &["sperrandrohung", "jahresabrechnung"]));
    }
    if u.arbeitslosengeld {
        s.push(schritt(Wann::DieseWoche, "arbeitslosengeld", Some("§§ 136, 138 SGB III"), &["bescheide"]));
    }
    s
}

/// The application for the benefits the household gets.
fn antrag(b: &Bewertung, risiko: &Risiko) -> Option<NaechsterSchritt> {
    let wg = b.betraege.wohngeld.0 > 0;
    let kiz = b.betraege.kinderzuschlag.0 > 0;
    let (code, norm) = match b.regime {
        Regime::WohngeldKinderzuschlag if wg && kiz => ("antrag_wohngeld_kinderzuschlag", "§§ 22, 25 WoGG; § 9 BKGG"),
        Regime::WohngeldKinderzuschlag if kiz => ("antrag_kinderzuschlag", "§ 9 BKGG"),
        Regime::WohngeldKinderzuschlag => ("antrag_wohngeld", "§§ 22, 25 WoGG"),
        Regime::Sgb2 => ("antrag_sgb2", "§ 37 SGB II"),
        Regime::Sgb12 => ("antrag_sgb12", "§ 44 SGB XII"),
        Regime::Keines => return None,
    };
    Some(schritt(
        if risiko.stufe > Stufe::Gering { Wann::DieseWoche } else { Wann::Danach },
        code,
        Some(norm),
        &["ausweis", "mietvertrag", "einkommen", "kontoauszuege"],
    ))
}

/// "Heute zu tun": at most three things, in this order – the nearest running deadline, the call
/// to the counselling office, and the one application that matters most. Empty when there is
/// no risk: then nothing is to be done today.
pub fn heute_zu_tun(schritte: &[NaechsterSchritt]) -> Vec<&NaechsterSchritt> {
    let mut auswahl: Vec<&NaechsterSchritt> = Vec::new();
    if let Some(f) = schritte.iter().find(|x| matches!(x.frist, Some((Some(_), Fristzustand::Offen { .. })))) {
        auswahl.push(f);
    }
    if let Some(a) = schritte.iter().find(|x| x.code == "anrufen" || x.code == "hingehen") {
        auswahl.push(a);
    } else {
        return Vec::new();
    }
    let antrag = schritte.iter().find(|x| {
        !auswahl.iter().any(|a| std::ptr::eq(*a, *x))
            && (x.code.starts_with("schonfrist_") || x.code.starts_with("uebernahme_") || x.code.starts_with("antrag_") || x.code == "vereinbarung")
    });
    auswahl.extend(antrag);
    auswahl
}

/// Every step code, for the test that each has its texts in every language.
pub const CODES: &[&str] = &[
    "anrufen",
    "hingehen",
    "vollstreckungsschutz",
    "vollstreckungsschutz_ohne_termin",
    "vollstreckungsschutz_spaet",
    "verteidigung",
    "schonfrist_jobcenter",
    "schonfrist_sozialamt",
    "schonfrist_amt",
    "schonfrist_ohne_datum",
    "uebernahme_jobcenter",
    "uebernahme_sozialamt",
    "widerspruch",
    "raeumungsfrist_beantragen",
    "raeumungsfrist_verlaengern",
    "vereinbarung",
    "raeumungsvergleich",
    "miete_weiter",
    "energie",
    "arbeitslosengeld",
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

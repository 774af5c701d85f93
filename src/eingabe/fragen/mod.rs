//! The question steps as data: which questions, in which order, shown when, bound
//! to which answer, with which check. The widget renders these pieces with a handful
//! of generic components, so a new question is a line here, not a new view; and
//! which question appears when is tested natively. The steps themselves are in `schritte`,
//! the checks of typed answers in `pruefung`.

use crate::sprachen::{fuellen, Texte};
use crate::eingabe::antworten::{Anlass, Antworten, Feld, Lohnart};
use crate::eingabe::gelesen::{Art, Gelesen};
use crate::rules::datum::Datum;
use crate::rules::kalender::letzter_faelliger_monat;
use crate::rules::params::{id, Wert};

mod pruefung;
mod schritte;
#[cfg(test)]
mod tests;

pub use pruefung::{fehler, meldung, unlesbar, Unlesbar};
pub use schritte::{kind_teile, teile};

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


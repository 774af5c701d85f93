//! Legal deadlines against a tenant, computed with §§ 187, 188 and 193 BGB.
//!
//! The headline date is the end that § 188 BGB gives. Where § 193 BGB would move
//! it (Saturday, Sunday, a public holiday in Hessen), that is a note, never the
//! date to act by. An unknown start date gives the rule and "warten Sie nicht",
//! never a guessed date.
//!
//! `berechnung` holds the period rules, `mietrecht` the BGB's deadlines (Schonfrist,
//! Widerspruch), `zpo` those of the court proceedings (Verteidigungsanzeige, Räumungsfrist,
//! Vollstreckungsschutz); [`fristen`] puts them together.

mod berechnung;
mod mietrecht;
mod zpo;

pub use berechnung::{monate_nach, naechster_werktag, wochen_nach};

use crate::rules::datum::Datum;
use crate::rules::params::{id, RechtsstandFehler};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fristart {
    Schonfrist,
    Verteidigungsanzeige,
    Widerspruch,
    Raeumungsfrist,
    Vollstreckungsschutz,
}

impl Fristart {
    pub fn code(self) -> &'static str {
        match self {
            Fristart::Schonfrist => "schonfrist",
            Fristart::Verteidigungsanzeige => "verteidigungsanzeige",
            Fristart::Widerspruch => "widerspruch",
            Fristart::Raeumungsfrist => "raeumungsfrist",
            Fristart::Vollstreckungsschutz => "vollstreckungsschutz",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fristzustand {
    Offen { tage_uebrig: i64 },
    Abgelaufen,
    Unbekannt,
}

impl Fristzustand {
    pub fn code(self) -> &'static str {
        match self {
            Fristzustand::Offen { .. } => "open",
            Fristzustand::Abgelaufen => "passed",
            Fristzustand::Unbekannt => "unknown",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Frist {
    pub art: Fristart,
    /// The end date by § 188 BGB: the day to act by.
    pub datum: Option<Datum>,
    /// The next working day when § 193 BGB would move the end.
    pub verschoben_auf: Option<Datum>,
    pub zustand: Fristzustand,
    pub norm: &'static str,
    /// Values for the rule's text (`frist_regel_<art>` in the locale files).
    pub regel_werte: Vec<(&'static str, String)>,
    /// Notes: what can still be done when it has passed, why the date is unknown, § 193 BGB.
    pub hinweise: Vec<Hinweis>,
}

/// A note on a deadline: `frist_hinweis_<code>` in the locale files, with its values.
#[derive(Clone, Debug, PartialEq)]
pub struct Hinweis {
    pub code: &'static str,
    pub werte: Vec<(&'static str, String)>,
}

/// What the rules know about the proceedings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Verfahrensstand {
    pub kuendigung_fristlos: bool,
    pub kuendigung_ordentlich: bool,
    /// A termination has come, but its kind is not known ("Weiß ich nicht"): never read as
    /// fristlos or ordentlich; the result says what follows in either case.
    pub kuendigung_art_unbekannt: bool,
    pub kuendigung_erhalten_am: Option<Datum>,
    /// The Räumungsklage has been served; `klage_zugestellt_am` if the day is known.
    pub klage_zugestellt: bool,
    pub klage_zugestellt_am: Option<Datum>,
    pub urteil: bool,
    /// End of a Räumungsfrist granted by the court.
    pub raeumungsfrist_bis: Option<Datum>,
    pub raeumungstermin: Option<Datum>,
    /// A termination was already cured by payment within the last two years.
    pub geheilt_in_2_jahren: bool,
}

/// How far the proceedings have come: each deadline, step and risk reason applies only at
/// some stages. Later stages include the earlier ones' facts (a judgment follows a suit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stadium {
    /// Nothing has happened yet, or only rent is owed.
    Rueckstand,
    /// The landlord has sent a reminder.
    Mahnung,
    /// One or more terminations have come.
    Kuendigung,
    /// The Räumungsklage has been served.
    Klage,
    /// A judgment (or a court settlement) to vacate exists.
    Urteil,
    /// The bailiff has set an eviction date.
    Raeumungstermin,
}

impl Stadium {
    pub fn code(self) -> &'static str {
        match self {
            Stadium::Rueckstand => "arrears",
            Stadium::Mahnung => "reminder",
            Stadium::Kuendigung => "notice",
            Stadium::Klage => "suit",
            Stadium::Urteil => "judgment",
            Stadium::Raeumungstermin => "eviction_date",
        }
    }
}

impl Verfahrensstand {
    pub fn gekuendigt(&self) -> bool {
        self.kuendigung_fristlos || self.kuendigung_ordentlich || self.kuendigung_art_unbekannt
    }

    /// A fristlose Kündigung is possible: said so, or the kind is unknown.
    pub fn vielleicht_fristlos(&self) -> bool {
        self.kuendigung_fristlos || self.kuendigung_art_unbekannt
    }

    pub fn vielleicht_ordentlich(&self) -> bool {
        self.kuendigung_ordentlich || self.kuendigung_art_unbekannt
    }

    /// A judgment to vacate exists (an eviction date implies one).
    fn verurteilt(&self) -> bool {
        self.urteil || self.raeumungstermin.is_some()
    }

    /// The stage of the proceedings; `mahnung` comes from the tenancy's other facts.
    pub fn stadium(&self, mahnung: bool) -> Stadium {
        if self.raeumungstermin.is_some() {
            Stadium::Raeumungstermin
        } else if self.urteil {
            Stadium::Urteil
        } else if self.klage_zugestellt {
            Stadium::Klage
        } else if self.gekuendigt() {
            Stadium::Kuendigung
        } else if mahnung {
            Stadium::Mahnung
        } else {
            Stadium::Rueckstand
        }
    }
}

/// The urgency order used everywhere (acute box, result, steps, print, command line): running
/// deadlines by date, the nearest first; then those whose date is unknown; then those passed.
pub fn nach_dringlichkeit(liste: &mut [Frist]) {
    super::ordnen::nach(liste, |f| match (f.zustand, f.datum) {
        (Fristzustand::Offen { .. }, Some(d)) => (0, d.tagnummer()),
        (Fristzustand::Unbekannt, _) | (Fristzustand::Offen { .. }, None) => (1, 0),
        (Fristzustand::Abgelaufen, d) => (2, d.map(|d| d.tagnummer()).unwrap_or(0)),
    });
}

/// The nearest running deadline with a date, if any.
pub fn naechste_laufende(liste: &[Frist]) -> Option<&Frist> {
    liste.iter().find(|f| f.datum.is_some() && matches!(f.zustand, Fristzustand::Offen { .. }))
}

/// Only if the kind of the termination is unknown: the note that the deadline applies if it was
/// fristlos (or ordentlich).
fn falls_unbekannt(v: &Verfahrensstand, code: &'static str) -> Option<Hinweis> {
    v.kuendigung_art_unbekannt.then(|| berechnung::h(code))
}

/// All deadlines that apply to the household on `heute`, in urgency order
/// ([`nach_dringlichkeit`]). A deadline that no longer applies at the stage reached is left
/// out; one that has passed stays, with what it means now.
pub fn fristen(v: &Verfahrensstand, heute: Datum) -> Result<Vec<Frist>, RechtsstandFehler> {
    let schonfrist_monate = id::MIETRECHT_SCHONFRIST_MONATE.zahl(heute)?.f as i32;
    // Plain pushes, not an iterator chain: the widget downloads every adapter it monomorphises.
    let mut liste: Vec<Frist> = Vec::new();
    liste.extend(mietrecht::schonfrist(v, schonfrist_monate, heute)?);
    liste.extend(zpo::verteidigungsanzeige(v, heute)?);
    liste.extend(mietrecht::widerspruch(v, heute)?);
    liste.extend(zpo::raeumungsfrist(v, heute)?);
    liste.extend(zpo::vollstreckungsschutz(v, heute));
    nach_dringlichkeit(&mut liste);
    Ok(liste)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_193_moves_only_the_note() {
        // Served 3 February 2026: Schonfrist ends Friday 3 April 2026 = Karfreitag.
        let v = Verfahrensstand { kuendigung_fristlos: true, klage_zugestellt: true, klage_zugestellt_am: Some(Datum::ymd(2026, 2, 3)), ..Default::default() };
        let f = fristen(&v, Datum::ymd(2026, 2, 10)).unwrap();
        let s = f.iter().find(|f| f.art == Fristart::Schonfrist).unwrap();
        assert_eq!(s.datum, Some(Datum::ymd(2026, 4, 3)));
        // Karfreitag, the weekend and Ostermontag: the next working day is Tuesday 7 April.
        assert_eq!(s.verschoben_auf, Some(Datum::ymd(2026, 4, 7)));
        let p193 = s.hinweise.iter().find(|h| h.code == "paragraph_193").unwrap();
        assert!(p193.werte.contains(&("tag", "feiertag".to_string())), "{p193:?}");
        assert_eq!(s.zustand, Fristzustand::Offen { tage_uebrig: 52 });
        let a = f.iter().find(|f| f.art == Fristart::Verteidigungsanzeige).unwrap();
        assert_eq!(a.datum, Some(Datum::ymd(2026, 2, 17)));
        assert_eq!(a.verschoben_auf, None);
    }

    #[test]
    fn holidays_of_hessen_move_the_end() {
        for (zustellung, ende, naechster) in [
            // Christi Himmelfahrt 14.5.2026
            ((2026, 4, 30), (2026, 5, 14), (2026, 5, 15)),
            // Pfingstmontag 25.5.2026
            ((2026, 5, 11), (2026, 5, 25), (2026, 5, 26)),
            // Fronleichnam 4.6.2026
            ((2026, 5, 21), (2026, 6, 4), (2026, 6, 5)),
            // 3 October 2025 is a Friday
            ((2025, 9, 19), (2025, 10, 3), (2025, 10, 6)),
            // Christmas 2026: 25 Friday, 26 Saturday, 27 Sunday
            ((2026, 12, 11), (2026, 12, 25), (2026, 12, 28)),
            // Ostermontag 6.4.2026
            ((2026, 3, 23), (2026, 4, 6), (2026, 4, 7)),
        ] {
            let v = Verfahrensstand { klage_zugestellt: true, klage_zugestellt_am: Some(Datum::ymd(zustellung.0, zustellung.1, zustellung.2)), ..Default::default() };
            let f = fristen(&v, Datum::ymd(2025, 9, 1)).unwrap();
            let a = f.iter().find(|f| f.art == Fristart::Verteidigungsanzeige).unwrap();
            assert_eq!(a.datum, Some(Datum::ymd(ende.0, ende.1, ende.2)));
            assert_eq!(a.verschoben_auf, Some(Datum::ymd(naechster.0, naechster.1, naechster.2)), "{zustellung:?}");
        }
    }

    #[test]
    fn unknown_dates_state_the_rule_and_say_do_not_wait() {
        let v = Verfahrensstand { kuendigung_fristlos: true, klage_zugestellt: true, ..Default::default() };
        let f = fristen(&v, Datum::ymd(2026, 5, 1)).unwrap();
        let s = f.iter().find(|f| f.art == Fristart::Schonfrist).unwrap();
        assert_eq!(s.zustand, Fristzustand::Unbekannt);
        assert_eq!(s.datum, None);
        assert!(s.hinweise.iter().any(|h| h.code == "warten_sie_nicht"));
        assert_eq!(s.regel_werte, vec![("monate", "2".to_string())]);
    }

    #[test]
    fn cured_within_two_years_means_no_schonfrist() {
        let v = Verfahrensstand { kuendigung_fristlos: true, klage_zugestellt: true, klage_zugestellt_am: Some(Datum::ymd(2026, 5, 4)), geheilt_in_2_jahren: true, ..Default::default() };
        let f = fristen(&v, Datum::ymd(2026, 5, 10)).unwrap();
        let s = f.iter().find(|f| f.art == Fristart::Schonfrist).unwrap();
        assert_eq!(s.zustand, Fristzustand::Abgelaufen);
        assert_eq!(s.hinweise[0].code, "schonfrist_gesperrt");
    }

    #[test]
    fn vollstreckungsschutz_two_weeks_before_the_date() {
        let v = Verfahrensstand { urteil: true, raeumungstermin: Some(Datum::ymd(2026, 12, 10)), ..Default::default() };
        let f = fristen(&v, Datum::ymd(2026, 11, 25)).unwrap();
        let s = f.iter().find(|f| f.art == Fristart::Vollstreckungsschutz).unwrap();
        assert_eq!(s.datum, Some(Datum::ymd(2026, 11, 26)));
        assert_eq!(s.zustand, Fristzustand::Offen { tage_uebrig: 1 });
        let spaet = fristen(&v, Datum::ymd(2026, 11, 30)).unwrap();
        assert_eq!(spaet.iter().find(|f| f.art == Fristart::Vollstreckungsschutz).unwrap().zustand, Fristzustand::Abgelaufen);
    }

    #[test]
    fn widerspruch_from_the_notice_date() {
        // Notice arrived Monday 2 March 2026 (by the 3rd working day): tenancy ends 31 May 2026;
        // objection by 31 March 2026.
        let v = Verfahrensstand { kuendigung_ordentlich: true, kuendigung_erhalten_am: Some(Datum::ymd(2026, 3, 2)), ..Default::default() };
        let f = fristen(&v, Datum::ymd(2026, 3, 10)).unwrap();
        let w = f.iter().find(|f| f.art == Fristart::Widerspruch).unwrap();
        assert_eq!(w.datum, Some(Datum::ymd(2026, 3, 31)));
    }
}

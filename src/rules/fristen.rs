//! Legal deadlines against a tenant, computed with §§ 187, 188 and 193 BGB.
//!
//! The headline date is the end that § 188 BGB gives. Where § 193 BGB would move
//! it (Saturday, Sunday, a public holiday in Hessen), that is a note, never the
//! date to act by. An unknown start date gives the rule and "warten Sie nicht",
//! never a guessed date.

use crate::rules::datum::{Datum, Wochentag};
use crate::rules::kalender::ist_werktag_mo_fr;
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

fn h(code: &'static str) -> Hinweis {
    Hinweis { code, werte: vec![] }
}

/// § 187 Abs. 1, § 188 Abs. 2, 3 BGB: a period of months after an event day.
pub fn monate_nach(ereignis: Datum, monate: i32) -> Datum {
    ereignis.plus_monate_kappend(monate)
}

/// § 187 Abs. 1, § 188 Abs. 2 BGB: a period of weeks after an event day ends on the same weekday.
pub fn wochen_nach(ereignis: Datum, wochen: i64) -> Datum {
    ereignis.plus_tage(7 * wochen)
}

/// § 193 BGB: the next working day if the end is a Saturday, Sunday or holiday.
pub fn naechster_werktag(ende: Datum) -> Result<Option<Datum>, RechtsstandFehler> {
    if ist_werktag_mo_fr(ende)? {
        return Ok(None);
    }
    let mut tag = ende.plus_tage(1);
    while !ist_werktag_mo_fr(tag)? {
        tag = tag.plus_tage(1);
    }
    Ok(Some(tag))
}

fn zustand(ende: Datum, heute: Datum) -> Fristzustand {
    let tage = heute.tage_bis(ende);
    if tage >= 0 { Fristzustand::Offen { tage_uebrig: tage } } else { Fristzustand::Abgelaufen }
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

fn mit_193(art: Fristart, ende: Datum, heute: Datum, norm: &'static str, regel_werte: Vec<(&'static str, String)>, mut hinweise: Vec<Hinweis>) -> Result<Frist, RechtsstandFehler> {
    let verschoben_auf = naechster_werktag(ende)?;
    if let Some(v) = verschoben_auf {
        let tag = match ende.wochentag() {
            Wochentag::Samstag => "samstag",
            Wochentag::Sonntag => "sonntag",
            _ => "feiertag",
        };
        hinweise.push(Hinweis { code: "paragraph_193", werte: vec![("ende", ende.wert()), ("tag", tag.into()), ("auf", v.wert())] });
    }
    Ok(Frist { art, datum: Some(ende), verschoben_auf, zustand: zustand(ende, heute), norm, regel_werte, hinweise })
}

fn unbekannt(art: Fristart, norm: &'static str, regel_werte: Vec<(&'static str, String)>, warum: &'static str) -> Frist {
    Frist { art, datum: None, verschoben_auf: None, zustand: Fristzustand::Unbekannt, norm, regel_werte, hinweise: vec![h(warum), h("warten_sie_nicht")] }
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

/// All deadlines that apply to the household on `heute`, in urgency order
/// ([`nach_dringlichkeit`]). A deadline that no longer applies at the stage reached is left
/// out; one that has passed stays, with what it means now.
pub fn fristen(v: &Verfahrensstand, heute: Datum) -> Result<Vec<Frist>, RechtsstandFehler> {
    let mut liste = Vec::new();
    let schonfrist_monate = id::MIETRECHT_SCHONFRIST_MONATE.zahl(heute)?.f as i32;
    let verurteilt = v.urteil || v.raeumungstermin.is_some();
    // Only if the kind of the termination is unknown: the deadline applies if it was fristlos/ordentlich.
    let falls = |code: &'static str| v.kuendigung_art_unbekannt.then(|| h(code));

    // An undated Schonfrist after a judgment helps nobody: if it were still running the office
    // says so; a dated one stays, running or passed.
    if v.klage_zugestellt && v.vielleicht_fristlos() && !(verurteilt && v.klage_zugestellt_am.is_none()) {
        let norm = "§ 569 Abs. 3 Nr. 2 BGB";
        let werte = vec![("monate", schonfrist_monate.to_string())];
        if v.geheilt_in_2_jahren {
            liste.push(Frist {
                art: Fristart::Schonfrist,
                datum: None,
                verschoben_auf: None,
                zustand: Fristzustand::Abgelaufen,
                norm,
                regel_werte: werte,
                hinweise: vec![h("schonfrist_gesperrt")],
            });
        } else if let Some(zugestellt) = v.klage_zugestellt_am {
            let ende = monate_nach(zugestellt, schonfrist_monate);
            let offen = zustand(ende, heute) != Fristzustand::Abgelaufen;
            let mut hinweise: Vec<Hinweis> = falls("nur_wenn_fristlos").into_iter().collect();
            // After a judgment a payment no longer simply ends the matter: the office must look at once.
            hinweise.push(h(match (offen, verurteilt) {
                (true, false) => "schonfrist_zeit",
                (true, true) => "schonfrist_nach_urteil",
                (false, _) => "schonfrist_vorbei",
            }));
            if v.vielleicht_ordentlich() {
                hinweise.push(h("ordentlich_nicht_geheilt"));
            }
            liste.push(mit_193(Fristart::Schonfrist, ende, heute, norm, werte, hinweise)?);
        } else {
            let mut f = unbekannt(Fristart::Schonfrist, norm, werte, "umschlag");
            if let Some(x) = falls("nur_wenn_fristlos") {
                f.hinweise.insert(0, x);
            }
            liste.push(f);
        }
    }

    if v.klage_zugestellt && !v.urteil {
        let norm = "§ 276 Abs. 1 ZPO";
        match v.klage_zugestellt_am {
            Some(zugestellt) => {
                let ende = wochen_nach(zugestellt, 2);
                let hinweise = if zustand(ende, heute) == Fristzustand::Abgelaufen { vec![h("anzeige_vorbei")] } else { vec![] };
                liste.push(mit_193(Fristart::Verteidigungsanzeige, ende, heute, norm, vec![], hinweise)?);
            }
            None => liste.push(unbekannt(Fristart::Verteidigungsanzeige, norm, vec![], "umschlag")),
        }
    }

    if v.vielleicht_ordentlich() && !verurteilt {
        let norm = "§ 574b Abs. 2 BGB";
        match v.kuendigung_erhalten_am {
            Some(erhalten) => {
                // § 573c Abs. 1 BGB: notice given by the third working day ends the tenancy at the end
                // of the month after next; the shortest period, as the tenancy's length is unknown.
                let monat = erhalten.kalendermonat();
                let dritter_werktag = crate::rules::kalender::mietfaelligkeit(monat)?;
                let ende_monat = if erhalten <= dritter_werktag { monat.plus(2) } else { monat.plus(3) };
                let mietende = ende_monat.plus(1).erster().plus_tage(-1);
                let ende = mietende.plus_monate_kappend(-2);
                let mut hinweise: Vec<Hinweis> = falls("nur_wenn_ordentlich").into_iter().collect();
                hinweise.push(Hinweis { code: "widerspruch_mietende", werte: vec![("mietende", mietende.wert())] });
                liste.push(mit_193(Fristart::Widerspruch, ende, heute, norm, vec![], hinweise)?);
            }
            None => {
                let mut f = unbekannt(Fristart::Widerspruch, norm, vec![], "kuendigungsdatum_unbekannt");
                if let Some(x) = falls("nur_wenn_ordentlich") {
                    f.hinweise.insert(0, x);
                }
                liste.push(f);
            }
        }
    }

    // § 721 ZPO: before the judgment the application belongs in the oral hearing (no date to
    // compute); after it only a granted period can be extended (Abs. 3), two weeks before its end.
    // Without a granted period there is nothing left to apply for here (§ 765a, § 794a instead).
    match (v.raeumungsfrist_bis, verurteilt, v.klage_zugestellt) {
        (Some(bis), _, _) => {
            liste.push(mit_193(Fristart::Raeumungsfrist, bis.plus_tage(-14), heute, "§ 721 Abs. 3 ZPO", vec![], vec![h("raeumungsfrist_verlaengerung")])?)
        }
        (None, false, true) => liste.push(unbekannt(Fristart::Raeumungsfrist, "§ 721 Abs. 1 ZPO", vec![], "raeumungsfrist_verhandlung")),
        _ => {}
    }

    if verurteilt {
        let norm = "§ 765a Abs. 1, 3 ZPO";
        match v.raeumungstermin {
            Some(termin) => {
                let ende = termin.plus_tage(-14);
                let zustand = zustand(ende, heute);
                let code = if zustand == Fristzustand::Abgelaufen { "vollstreckung_vorbei" } else { "termin" };
                liste.push(Frist {
                    art: Fristart::Vollstreckungsschutz,
                    datum: Some(ende),
                    verschoben_auf: None,
                    zustand,
                    norm,
                    regel_werte: vec![],
                    hinweise: vec![Hinweis { code, werte: vec![("termin", termin.wert())] }],
                });
            }
            None => liste.push(unbekannt(Fristart::Vollstreckungsschutz, norm, vec![], "kein_termin")),
        }
    }
    nach_dringlichkeit(&mut liste);
    Ok(liste)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_ends_and_leap_years() {
        assert_eq!(monate_nach(Datum::ymd(2026, 1, 31), 2), Datum::ymd(2026, 3, 31));
        assert_eq!(monate_nach(Datum::ymd(2025, 12, 31), 2), Datum::ymd(2026, 2, 28));
        assert_eq!(monate_nach(Datum::ymd(2023, 12, 31), 2), Datum::ymd(2024, 2, 29));
        assert_eq!(monate_nach(Datum::ymd(2025, 12, 30), 2), Datum::ymd(2026, 2, 28));
        assert_eq!(monate_nach(Datum::ymd(2026, 1, 15), 2), Datum::ymd(2026, 3, 15));
        assert_eq!(wochen_nach(Datum::ymd(2026, 3, 4), 2), Datum::ymd(2026, 3, 18));
    }

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

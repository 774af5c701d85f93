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
        hinweise.push(Hinweis { code: "paragraph_193", werte: vec![("ende", ende.deutsch()), ("tag", tag.into()), ("auf", v.deutsch())] });
    }
    Ok(Frist { art, datum: Some(ende), verschoben_auf, zustand: zustand(ende, heute), norm, regel_werte, hinweise })
}

fn unbekannt(art: Fristart, norm: &'static str, regel_werte: Vec<(&'static str, String)>, warum: &'static str) -> Frist {
    Frist { art, datum: None, verschoben_auf: None, zustand: Fristzustand::Unbekannt, norm, regel_werte, hinweise: vec![h(warum), h("warten_sie_nicht")] }
}

/// All deadlines that run against the household on `heute`.
pub fn fristen(v: &Verfahrensstand, heute: Datum) -> Result<Vec<Frist>, RechtsstandFehler> {
    let mut liste = Vec::new();
    let schonfrist_monate = id::MIETRECHT_SCHONFRIST_MONATE.zahl(heute)?.f as i32;

    if v.klage_zugestellt && v.kuendigung_fristlos {
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
            let mut hinweise = vec![h(if offen { "schonfrist_zeit" } else { "schonfrist_vorbei" })];
            if v.kuendigung_ordentlich {
                hinweise.push(h("ordentlich_nicht_geheilt"));
            }
            liste.push(mit_193(Fristart::Schonfrist, ende, heute, norm, werte, hinweise)?);
        } else {
            liste.push(unbekannt(Fristart::Schonfrist, norm, werte, "umschlag"));
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

    if v.kuendigung_ordentlich && !v.urteil {
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
                liste.push(mit_193(
                    Fristart::Widerspruch,
                    ende,
                    heute,
                    norm,
                    vec![],
                    vec![Hinweis { code: "widerspruch_mietende", werte: vec![("mietende", mietende.deutsch())] }],
                )?);
            }
            None => liste.push(unbekannt(Fristart::Widerspruch, norm, vec![], "kuendigungsdatum_unbekannt")),
        }
    }

    if v.urteil || v.klage_zugestellt {
        let norm = "§ 721 Abs. 1, 3 ZPO";
        match v.raeumungsfrist_bis {
            Some(bis) => liste.push(mit_193(Fristart::Raeumungsfrist, bis.plus_tage(-14), heute, norm, vec![], vec![h("raeumungsfrist_verlaengerung")])?),
            None => liste.push(unbekannt(Fristart::Raeumungsfrist, norm, vec![], "raeumungsfrist_unbekannt")),
        }
    }

    if v.raeumungstermin.is_some() || v.urteil {
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
                    hinweise: vec![Hinweis { code, werte: vec![("termin", termin.deutsch())] }],
                });
            }
            None => liste.push(unbekannt(Fristart::Vollstreckungsschutz, norm, vec![], "kein_termin")),
        }
    }
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

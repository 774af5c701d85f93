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
    /// The rule in one plain sentence.
    pub regel: String,
    /// What can still be done when it has passed, or why the date is unknown.
    pub hinweis: String,
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

fn wochentag_name(d: Datum) -> &'static str {
    match d.wochentag() {
        Wochentag::Montag => "Montag",
        Wochentag::Dienstag => "Dienstag",
        Wochentag::Mittwoch => "Mittwoch",
        Wochentag::Donnerstag => "Donnerstag",
        Wochentag::Freitag => "Freitag",
        Wochentag::Samstag => "Samstag",
        Wochentag::Sonntag => "Sonntag",
    }
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

fn mit_193(art: Fristart, ende: Datum, heute: Datum, norm: &'static str, regel: String, hinweis: String) -> Result<Frist, RechtsstandFehler> {
    let verschoben_auf = naechster_werktag(ende)?;
    let hinweis = match verschoben_auf {
        Some(v) => format!(
            "{hinweis} Der {} ist ein {}. Nach § 193 BGB kann sich das Ende auf den {} verschieben – verlassen Sie sich nicht darauf.",
            ende.deutsch(),
            if ist_werktag_mo_fr(ende)? { "Werktag" } else if matches!(ende.wochentag(), Wochentag::Samstag | Wochentag::Sonntag) { wochentag_name(ende) } else { "Feiertag" },
            v.deutsch()
        ),
        None => hinweis,
    };
    Ok(Frist { art, datum: Some(ende), verschoben_auf, zustand: zustand(ende, heute), norm, regel, hinweis })
}

fn unbekannt(art: Fristart, norm: &'static str, regel: String, hinweis: &str) -> Frist {
    Frist {
        art,
        datum: None,
        verschoben_auf: None,
        zustand: Fristzustand::Unbekannt,
        norm,
        regel,
        hinweis: format!("{hinweis} Warten Sie nicht: Lassen Sie sich sofort beraten."),
    }
}

/// All deadlines that run against the household on `heute`.
pub fn fristen(v: &Verfahrensstand, heute: Datum) -> Result<Vec<Frist>, RechtsstandFehler> {
    let mut liste = Vec::new();
    let schonfrist_monate = id::MIETRECHT_SCHONFRIST_MONATE.zahl(heute)?.f as i32;

    if v.klage_zugestellt && v.kuendigung_fristlos {
        let norm = "§ 569 Abs. 3 Nr. 2 BGB";
        let regel = format!(
            "Bis {schonfrist_monate} Monate nach Zustellung der Räumungsklage kann die fristlose Kündigung unwirksam werden: Alle fälligen Mieten und die Nutzungsentschädigung müssen bezahlt sein – oder das Jobcenter bzw. Sozialamt verpflichtet sich, sie zu zahlen."
        );
        if v.geheilt_in_2_jahren {
            liste.push(Frist {
                art: Fristart::Schonfrist,
                datum: None,
                verschoben_auf: None,
                zustand: Fristzustand::Abgelaufen,
                norm,
                regel,
                hinweis: "Die Schonfrist gilt nicht, weil in den letzten zwei Jahren schon eine Kündigung so geheilt wurde. Nur der Vermieter kann die Kündigung jetzt noch zurücknehmen.".into(),
            });
        } else if let Some(zugestellt) = v.klage_zugestellt_am {
            let ende = monate_nach(zugestellt, schonfrist_monate);
            let mut f = mit_193(
                Fristart::Schonfrist,
                ende,
                heute,
                norm,
                regel,
                "Die Erklärung des Jobcenters oder Sozialamts braucht Zeit: Beantragen Sie die Übernahme der Mietschulden sofort.".into(),
            )?;
            if f.zustand == Fristzustand::Abgelaufen {
                f.hinweis = "Die Schonfrist ist vorbei. Eine Zahlung macht die fristlose Kündigung nicht mehr unwirksam; der Vermieter kann aber noch zustimmen. Lassen Sie sich sofort beraten.".into();
            }
            if v.kuendigung_ordentlich {
                f.hinweis.push_str(" Achtung: Eine zugleich ausgesprochene ordentliche Kündigung heilt die Zahlung nach der Rechtsprechung des BGH nicht.");
            }
            liste.push(f);
        } else {
            liste.push(unbekannt(Fristart::Schonfrist, norm, regel, "Das Datum der Zustellung steht auf dem gelben Umschlag der Klage."));
        }
    }

    if v.klage_zugestellt && !v.urteil {
        let norm = "§ 276 Abs. 1 ZPO";
        let regel = "Innerhalb von zwei Wochen nach Zustellung der Klage müssen Sie dem Gericht schriftlich mitteilen, dass Sie sich verteidigen wollen. Sonst kann ohne Verhandlung ein Urteil gegen Sie ergehen.".to_string();
        match v.klage_zugestellt_am {
            Some(zugestellt) => {
                let mut f = mit_193(Fristart::Verteidigungsanzeige, wochen_nach(zugestellt, 2), heute, norm, regel, String::new())?;
                if f.zustand == Fristzustand::Abgelaufen {
                    f.hinweis = "Die Frist ist vorbei. Melden Sie sich trotzdem sofort beim Gericht: Solange kein Urteil ergangen ist, wird eine verspätete Anzeige oft noch berücksichtigt.".into();
                }
                liste.push(f);
            }
            None => liste.push(unbekannt(Fristart::Verteidigungsanzeige, norm, regel, "Das Datum der Zustellung steht auf dem gelben Umschlag.")),
        }
    }

    if v.kuendigung_ordentlich && !v.urteil {
        let norm = "§ 574b Abs. 2 BGB";
        let regel = "Einer ordentlichen Kündigung können Sie schriftlich widersprechen, wenn der Auszug für Sie eine unzumutbare Härte wäre – spätestens zwei Monate vor dem Ende des Mietverhältnisses. Nach einer Kündigung wegen Zahlungsverzugs ist das oft ausgeschlossen.".to_string();
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
                    regel,
                    format!("Gerechnet mit der kürzesten Kündigungsfrist (Mietende {}); nach 5 oder 8 Jahren Mietdauer endet das Mietverhältnis später.", mietende.deutsch()),
                )?);
            }
            None => liste.push(unbekannt(Fristart::Widerspruch, norm, regel, "Das Datum, an dem die Kündigung ankam, ist nicht bekannt.")),
        }
    }

    if v.urteil || v.klage_zugestellt {
        let norm = "§ 721 Abs. 1, 3 ZPO";
        let regel = "Das Gericht kann Ihnen eine Räumungsfrist geben, insgesamt höchstens ein Jahr. Beantragen Sie sie vor dem Ende der mündlichen Verhandlung; eine Verlängerung spätestens zwei Wochen vor Ablauf.".to_string();
        match v.raeumungsfrist_bis {
            Some(bis) => liste.push(mit_193(Fristart::Raeumungsfrist, bis.plus_tage(-14), heute, norm, regel, "Das ist der letzte Tag für den Antrag auf Verlängerung.".into())?),
            None => liste.push(unbekannt(Fristart::Raeumungsfrist, norm, regel, "Der Termin der mündlichen Verhandlung oder das Ende einer gewährten Räumungsfrist ist nicht bekannt.")),
        }
    }

    if v.raeumungstermin.is_some() || v.urteil {
        let norm = "§ 765a Abs. 1, 3 ZPO";
        let regel = "In einer besonderen Härte kann das Gericht die Räumung aufschieben (Vollstreckungsschutz). Der Antrag muss spätestens zwei Wochen vor dem Räumungstermin beim Amtsgericht sein.".to_string();
        match v.raeumungstermin {
            Some(termin) => {
                let ende = termin.plus_tage(-14);
                let mut f = Frist {
                    art: Fristart::Vollstreckungsschutz,
                    datum: Some(ende),
                    verschoben_auf: None,
                    zustand: zustand(ende, heute),
                    norm,
                    regel,
                    hinweis: format!("Räumungstermin: {}.", termin.deutsch()),
                };
                if f.zustand == Fristzustand::Abgelaufen {
                    f.hinweis = format!(
                        "Die Zwei-Wochen-Frist ist vorbei. Ein späterer Antrag geht nur, wenn die Gründe erst danach entstanden sind. Räumungstermin: {}. Rufen Sie sofort an.",
                        termin.deutsch()
                    );
                }
                liste.push(f);
            }
            None => liste.push(unbekannt(Fristart::Vollstreckungsschutz, norm, regel, "Ein Räumungstermin ist noch nicht bekannt.")),
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
        assert!(s.hinweis.contains("Feiertag"), "{}", s.hinweis);
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
        assert!(s.hinweis.contains("Warten Sie nicht"));
        assert!(s.regel.contains("2 Monate"));
    }

    #[test]
    fn cured_within_two_years_means_no_schonfrist() {
        let v = Verfahrensstand { kuendigung_fristlos: true, klage_zugestellt: true, klage_zugestellt_am: Some(Datum::ymd(2026, 5, 4)), geheilt_in_2_jahren: true, ..Default::default() };
        let f = fristen(&v, Datum::ymd(2026, 5, 10)).unwrap();
        let s = f.iter().find(|f| f.art == Fristart::Schonfrist).unwrap();
        assert_eq!(s.zustand, Fristzustand::Abgelaufen);
        assert!(s.hinweis.contains("zwei Jahren"));
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

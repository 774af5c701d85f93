//! The BGB's period rules (§§ 187, 188, 193 BGB) and the shapes of a deadline: with a date, whose
//! end § 193 BGB may move (said in a note, never the date to act by), or without one, stating the
//! rule and "warten Sie nicht".

use super::{Frist, Fristart, Fristzustand, Hinweis};
use crate::rules::datum::{Datum, Wochentag};
use crate::rules::kalender::ist_werktag_mo_fr;
use crate::rules::params::RechtsstandFehler;

pub(super) fn h(code: &'static str) -> Hinweis {
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

pub(super) fn zustand(ende: Datum, heute: Datum) -> Fristzustand {
    let tage = heute.tage_bis(ende);
    if tage >= 0 { Fristzustand::Offen { tage_uebrig: tage } } else { Fristzustand::Abgelaufen }
}

pub(super) fn mit_193(art: Fristart, ende: Datum, heute: Datum, norm: &'static str, regel_werte: Vec<(&'static str, String)>, mut hinweise: Vec<Hinweis>) -> Result<Frist, RechtsstandFehler> {
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

pub(super) fn unbekannt(art: Fristart, norm: &'static str, regel_werte: Vec<(&'static str, String)>, warum: &'static str) -> Frist {
    Frist { art, datum: None, verschoben_auf: None, zustand: Fristzustand::Unbekannt, norm, regel_werte, hinweise: vec![h(warum), h("warten_sie_nicht")] }
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
}

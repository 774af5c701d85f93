//! Working days and public holidays in Hessen.

use crate::rules::datum::{Datum, Monat, Wochentag};
use crate::rules::params::{id, RechtsstandFehler, Wert};

/// Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm).
pub fn ostersonntag(jahr: i32) -> Datum {
    let a = jahr % 19;
    let b = jahr / 100;
    let c = jahr % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let monat = (h + l - 7 * m + 114) / 31;
    let tag = (h + l - 7 * m + 114) % 31 + 1;
    Datum::ymd(jahr, monat as u8, tag as u8)
}

/// Whether `tag` is a statutory public holiday in Hessen (Sundays aside).
pub fn ist_feiertag_hessen(tag: Datum) -> Result<bool, RechtsstandFehler> {
    if let Wert::Tabelle(feste) = id::KALENDER_HESSEN_FESTE_FEIERTAGE.stand(tag)?.wert {
        if feste.iter().any(|md| md[0].f as u8 == tag.monat() && md[1].f as u8 == tag.tag()) {
            return Ok(true);
        }
    }
    if let Wert::Liste(abstaende) = id::KALENDER_HESSEN_OSTER_FEIERTAGE.stand(tag)?.wert {
        let ostern = ostersonntag(tag.jahr());
        let abstand = ostern.tage_bis(tag);
        if abstaende.iter().any(|a| a.f as i64 == abstand) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Saturdays, Sundays and Hessen's holidays are no working days in the sense of § 193 BGB.
pub fn ist_werktag_mo_fr(tag: Datum) -> Result<bool, RechtsstandFehler> {
    Ok(!matches!(tag.wochentag(), Wochentag::Samstag | Wochentag::Sonntag) && !ist_feiertag_hessen(tag)?)
}

/// The day by which the rent for `monat` must be paid (§ 556b Abs. 1 BGB).
pub fn mietfaelligkeit(monat: Monat) -> Result<Datum, RechtsstandFehler> {
    let erster = monat.erster();
    let n = id::KALENDER_MIETE_FAELLIG_WERKTAG.zahl(erster)?.f as u32;
    let mut gezaehlt = 0;
    let mut tag = erster;
    loop {
        if ist_werktag_mo_fr(tag)? {
            gezaehlt += 1;
            if gezaehlt == n {
                return Ok(tag);
            }
        }
        tag = tag.plus_tage(1);
    }
}

/// The latest month whose rent is overdue on `heute`: the tenant is in default
/// from the day after the due date.
pub fn letzter_faelliger_monat(heute: Datum) -> Result<Monat, RechtsstandFehler> {
    let dieser = heute.kalendermonat();
    Ok(if heute > mietfaelligkeit(dieser)? { dieser } else { dieser.plus(-1) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates() {
        assert_eq!(ostersonntag(2024), Datum::ymd(2024, 3, 31));
        assert_eq!(ostersonntag(2025), Datum::ymd(2025, 4, 20));
        assert_eq!(ostersonntag(2026), Datum::ymd(2026, 4, 5));
    }

    #[test]
    fn hessen_holidays_2026() {
        for (m, d) in [(1, 1), (4, 3), (4, 6), (5, 1), (5, 14), (5, 25), (6, 4), (10, 3), (12, 25), (12, 26)] {
            assert!(ist_feiertag_hessen(Datum::ymd(2026, m, d)).unwrap(), "{m}/{d}");
        }
        // Reformationstag and Buß- und Bettag are no holidays in Hessen.
        assert!(!ist_feiertag_hessen(Datum::ymd(2026, 10, 31)).unwrap());
        assert!(!ist_feiertag_hessen(Datum::ymd(2026, 11, 18)).unwrap());
    }

    #[test]
    fn rent_due_dates() {
        // 1 January 2026 is a holiday, 3/4 January a weekend.
        assert_eq!(mietfaelligkeit(Monat { jahr: 2026, monat: 1 }).unwrap(), Datum::ymd(2026, 1, 6));
        // 1 May 2026 is a Friday and a holiday.
        assert_eq!(mietfaelligkeit(Monat { jahr: 2026, monat: 5 }).unwrap(), Datum::ymd(2026, 5, 6));
        assert_eq!(mietfaelligkeit(Monat { jahr: 2026, monat: 11 }).unwrap(), Datum::ymd(2026, 11, 4));
        let nov = Monat { jahr: 2026, monat: 11 };
        assert_eq!(letzter_faelliger_monat(Datum::ymd(2026, 11, 4)).unwrap(), nov.plus(-1));
        assert_eq!(letzter_faelliger_monat(Datum::ymd(2026, 11, 5)).unwrap(), nov);
    }
}

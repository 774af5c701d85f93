//! Calendar dates without any clock or time zone: the rules only ever need days.
//!
//! A small own type instead of a date crate keeps the WebAssembly small and lets
//! the build script construct dates as constants.

use core::fmt;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum {
    jahr: i32,
    monat: u8,
    tag: u8,
}

/// A calendar month, e.g. the month whose rent fell due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Monat {
    pub jahr: i32,
    /// 1 = January.
    pub monat: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wochentag {
    Montag,
    Dienstag,
    Mittwoch,
    Donnerstag,
    Freitag,
    Samstag,
    Sonntag,
}

pub const fn ist_schaltjahr(jahr: i32) -> bool {
    (jahr % 4 == 0 && jahr % 100 != 0) || jahr % 400 == 0
}

pub const fn tage_im_monat(jahr: i32, monat: u8) -> u8 {
    match monat {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if ist_schaltjahr(jahr) => 29,
        _ => 28,
    }
}

impl Datum {
    /// `None` for a day that does not exist (31 April, 29 February 2025, …).
    pub const fn new(jahr: i32, monat: u8, tag: u8) -> Option<Datum> {
        if monat == 0 || monat > 12 || tag == 0 || tag > tage_im_monat(jahr, monat) {
            return None;
        }
        Some(Datum { jahr, monat, tag })
    }

    /// For dates known to be valid at compile time (generated parameter tables).
    pub const fn ymd(jahr: i32, monat: u8, tag: u8) -> Datum {
        match Datum::new(jahr, monat, tag) {
            Some(d) => d,
            None => panic!("invalid date"),
        }
    }

    pub const fn jahr(self) -> i32 {
        self.jahr
    }
    pub const fn monat(self) -> u8 {
        self.monat
    }
    pub const fn tag(self) -> u8 {
        self.tag
    }
    pub const fn kalendermonat(self) -> Monat {
        Monat { jahr: self.jahr, monat: self.monat }
    }

    /// Days since 1970-01-01 (negative before), after H. Hinnant's `days_from_civil`.
    pub const fn tagnummer(self) -> i64 {
        let y = if self.monat <= 2 { self.jahr as i64 - 1 } else { self.jahr as i64 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.monat as i64;
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + self.tag as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub const fn aus_tagnummer(z: i64) -> Datum {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let tag = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let monat = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let jahr = (yoe + era * 400 + if monat <= 2 { 1 } else { 0 }) as i32;
        Datum { jahr, monat, tag }
    }

    pub const fn plus_tage(self, tage: i64) -> Datum {
        Datum::aus_tagnummer(self.tagnummer() + tage)
    }

    /// Whole days from `self` to `spaeter` (negative if `spaeter` lies before).
    pub const fn tage_bis(self, spaeter: Datum) -> i64 {
        spaeter.tagnummer() - self.tagnummer()
    }

    pub const fn wochentag(self) -> Wochentag {
        // 1970-01-01 was a Thursday.
        match (self.tagnummer() + 3).rem_euclid(7) {
            0 => Wochentag::Montag,
            1 => Wochentag::Dienstag,
            2 => Wochentag::Mittwoch,
            3 => Wochentag::Donnerstag,
            4 => Wochentag::Freitag,
            5 => Wochentag::Samstag,
            _ => Wochentag::Sonntag,
        }
    }

    /// The same day `monate` months later; a day that the target month lacks
    /// becomes its last day. This is the arithmetic of § 188 Abs. 3 BGB.
    pub const fn plus_monate_kappend(self, monate: i32) -> Datum {
        let m = self.kalendermonat().plus(monate);
        let letzter = tage_im_monat(m.jahr, m.monat);
        let tag = if self.tag > letzter { letzter } else { self.tag };
        Datum { jahr: m.jahr, monat: m.monat, tag }
    }

    /// Reads `YYYY-MM-DD`, the form used in data files and the JSON interface.
    pub fn parse_iso(text: &str) -> Option<Datum> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let jahr: i32 = text[0..4].parse().ok()?;
        let monat: u8 = text[5..7].parse().ok()?;
        let tag: u8 = text[8..10].parse().ok()?;
        Datum::new(jahr, monat, tag)
    }

    /// `3.2.2026` – the way dates are written to German readers.
    pub fn deutsch(self) -> String {
        format!("{}.{}.{}", self.tag, self.monat, self.jahr)
    }

    /// The date as a value for a text: the presentation writes it in the reader's language.
    pub fn wert(self) -> String {
        format!("{}d{self}", crate::rules::geld::WERT_MARKE)
    }
}

impl Monat {
    pub const fn plus(self, monate: i32) -> Monat {
        let index = self.jahr * 12 + (self.monat as i32 - 1) + monate;
        Monat { jahr: index.div_euclid(12), monat: (index.rem_euclid(12) + 1) as u8 }
    }

    /// Number of months from `self` to `spaeter`.
    pub const fn monate_bis(self, spaeter: Monat) -> i32 {
        (spaeter.jahr * 12 + spaeter.monat as i32) - (self.jahr * 12 + self.monat as i32)
    }

    pub const fn erster(self) -> Datum {
        Datum { jahr: self.jahr, monat: self.monat, tag: 1 }
    }

}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jahr, self.monat, self.tag)
    }
}

impl fmt::Debug for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl serde::Serialize for Datum {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Datum {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Datum::parse_iso(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("'{text}' is not a date YYYY-MM-DD")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagnummer_roundtrip_over_centuries() {
        for z in (-800_000..800_000).step_by(37) {
            let d = Datum::aus_tagnummer(z);
            assert_eq!(d.tagnummer(), z);
            assert!(Datum::new(d.jahr(), d.monat(), d.tag()).is_some());
        }
    }

    #[test]
    fn known_weekdays() {
        assert_eq!(Datum::ymd(1970, 1, 1).wochentag(), Wochentag::Donnerstag);
        assert_eq!(Datum::ymd(2026, 11, 25).wochentag(), Wochentag::Mittwoch);
        assert_eq!(Datum::ymd(2024, 2, 29).wochentag(), Wochentag::Donnerstag);
    }

    #[test]
    fn month_addition_clamps_to_month_end() {
        assert_eq!(Datum::ymd(2026, 1, 31).plus_monate_kappend(1), Datum::ymd(2026, 2, 28));
        assert_eq!(Datum::ymd(2024, 1, 31).plus_monate_kappend(1), Datum::ymd(2024, 2, 29));
        assert_eq!(Datum::ymd(2025, 12, 31).plus_monate_kappend(2), Datum::ymd(2026, 2, 28));
        assert_eq!(Datum::ymd(2026, 3, 15).plus_monate_kappend(-3), Datum::ymd(2025, 12, 15));
    }

    #[test]
    fn iso_parsing_rejects_impossible_days() {
        assert_eq!(Datum::parse_iso("2026-02-03"), Some(Datum::ymd(2026, 2, 3)));
        assert_eq!(Datum::parse_iso("2025-02-29"), None);
        assert_eq!(Datum::parse_iso("2026-2-3"), None);
        assert_eq!(Datum::parse_iso("2026-13-01"), None);
    }
}

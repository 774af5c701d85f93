//! Money as whole cents, so that thresholds like "more than one month's rent"
//! are decided exactly and never by a floating-point accident.

use core::ops::{Add, AddAssign, Sub};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cent(pub i64);

impl Cent {
    pub const NULL: Cent = Cent(0);

    pub const fn euro(euro: i64) -> Cent {
        Cent(euro * 100)
    }

    /// Rounds a euro amount from the JSON interface to cents, half away from zero.
    pub fn aus_euro_f64(euro: f64) -> Cent {
        Cent((euro * 100.0).round() as i64)
    }

    pub fn als_euro_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    pub fn max(self, other: Cent) -> Cent {
        if self >= other { self } else { other }
    }

    pub fn min(self, other: Cent) -> Cent {
        if self <= other { self } else { other }
    }

    /// The amount times a factor from the parameter data, rounded half up to cents.
    pub fn mal(self, faktor: f64) -> Cent {
        Cent((self.0 as f64 * faktor).round() as i64)
    }

    /// `1.234,56 €`; cents are left out when they are zero (`850 €`). The command-line
    /// contract and the offices' notes speak German; the widget uses [`Cent::formatiert`].
    pub fn deutsch(self) -> String {
        self.formatiert(".", ",")
    }

    /// The amount with a language's thousands and decimal separators, the euro sign after it.
    pub fn formatiert(self, tausender: &str, dezimal: &str) -> String {
        let negativ = self.0 < 0;
        let betrag = self.0.unsigned_abs();
        let euro = betrag / 100;
        let cent = betrag % 100;
        let ziffern = euro.to_string();
        let mut gruppiert = String::with_capacity(ziffern.len() + ziffern.len() / 3 * tausender.len());
        for (i, z) in ziffern.chars().enumerate() {
            if i > 0 && (ziffern.len() - i) % 3 == 0 {
                gruppiert.push_str(tausender);
            }
            gruppiert.push(z);
        }
        let vorzeichen = if negativ { "−" } else { "" };
        if cent == 0 {
            format!("{vorzeichen}{gruppiert}\u{a0}€")
        } else {
            format!("{vorzeichen}{gruppiert}{dezimal}{cent:02}\u{a0}€")
        }
    }

    /// The amount as a value for a text: the presentation formats it in the reader's language.
    pub fn wert(self) -> String {
        format!("{}c{}", WERT_MARKE, self.0)
    }
}

/// Starts a value that the presentation formats per language (`c` cents, `d` an ISO date):
/// the rules return values, never a language's way of writing them.
pub const WERT_MARKE: char = '\u{1f}';

impl Add for Cent {
    type Output = Cent;
    fn add(self, rhs: Cent) -> Cent {
        Cent(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Cent {
    fn add_assign(&mut self, rhs: Cent) {
        *self = *self + rhs;
    }
}

impl Sub for Cent {
    type Output = Cent;
    fn sub(self, rhs: Cent) -> Cent {
        Cent(self.0.saturating_sub(rhs.0))
    }
}

impl core::iter::Sum for Cent {
    fn sum<I: Iterator<Item = Cent>>(iter: I) -> Cent {
        iter.fold(Cent::NULL, |a, b| a + b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_formatting() {
        assert_eq!(Cent(85_000).deutsch(), "850\u{a0}€");
        assert_eq!(Cent(123_456).deutsch(), "1.234,56\u{a0}€");
        assert_eq!(Cent(100_000_005).deutsch(), "1.000.000,05\u{a0}€");
        assert_eq!(Cent(5).deutsch(), "0,05\u{a0}€");
        assert_eq!(Cent(-1_000).deutsch(), "−10\u{a0}€");
    }
}

//! The arithmetic of Anlage 3 WoGG: fixed-point numbers with ten decimal places, every
//! intermediate value rounded half up to ten decimals, the result to whole euros (Anlage 3
//! Nr. 3 WoGG).

use crate::rules::geld::Cent;
use crate::rules::params::Zahl;

/// Fixed-point number with ten decimal places, the arithmetic of Anlage 3 WoGG.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fix10(pub i128);

const SKALA: i128 = 10_000_000_000;

impl Fix10 {
    pub fn aus_zahl(z: Zahl) -> Fix10 {
        Fix10(z.e10 as i128)
    }
    pub fn aus_cent(c: Cent) -> Fix10 {
        Fix10(c.0 as i128 * (SKALA / 100))
    }
    pub fn ganz(n: i64) -> Fix10 {
        Fix10(n as i128 * SKALA)
    }
    /// A quotient rounded half up to ten decimals.
    pub fn bruch(zaehler: Fix10, nenner: i128) -> Fix10 {
        Fix10(runde_div(zaehler.0, nenner))
    }
    pub fn plus(self, o: Fix10) -> Fix10 {
        Fix10(self.0 + o.0)
    }
    pub fn minus(self, o: Fix10) -> Fix10 {
        Fix10(self.0 - o.0)
    }
    /// Product rounded half up to ten decimals.
    pub fn mal(self, o: Fix10) -> Fix10 {
        Fix10(runde_div(self.0 * o.0, SKALA))
    }
    pub fn max(self, o: Fix10) -> Fix10 {
        if self >= o { self } else { o }
    }
    pub fn min(self, o: Fix10) -> Fix10 {
        if self <= o { self } else { o }
    }
    /// Whole euros, below 0.50 down and from 0.50 up (Anlage 3 Nr. 3 WoGG).
    pub fn auf_euro(self) -> i64 {
        (runde_div(self.0, SKALA)) as i64
    }
    pub fn auf_cent(self) -> Cent {
        Cent(runde_div(self.0, SKALA / 100) as i64)
    }
    pub fn als_f64(self) -> f64 {
        self.0 as f64 / SKALA as f64
    }
}

/// Division rounding half away from zero.
fn runde_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    let r = a % b;
    if 2 * r.abs() >= b.abs() {
        q + if (a < 0) ^ (b < 0) { -1 } else { 1 }
    } else {
        q
    }
}

//! Dated legal parameters. The figures live in the `*.toml` files beside this
//! module; `build.rs` turns them into the statics included below.

use crate::rules::datum::Datum;

/// An exact decimal from the data file, also as `f64` for code that needs no exactness.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zahl {
    pub f: f64,
    /// The value times 10^10, exact (Anlage 3 WoGG computes with ten decimals).
    pub e10: i64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Wert {
    Zahl(Zahl),
    Liste(&'static [Zahl]),
    Tabelle(&'static [&'static [Zahl]]),
}

#[derive(Debug)]
pub struct Stand {
    pub gueltig_ab: Datum,
    pub wert: Wert,
    /// Where this dated value was read, when it differs from the parameter's source.
    pub quelle: Option<&'static str>,
    pub norm: Option<&'static str>,
}

#[derive(Debug)]
pub struct Parameter {
    pub schluessel: &'static str,
    pub datei: &'static str,
    pub titel: &'static str,
    pub einheit: &'static str,
    pub norm: &'static str,
    pub quelle: &'static str,
    pub hinweis: Option<&'static str>,
    /// The last day for which the law behind this parameter was checked.
    pub bekannt_bis: Datum,
    pub staende: &'static [Stand],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamId(pub usize);

include!(concat!(env!("OUT_DIR"), "/parameter.rs"));

/// Why no value can be given for a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RechtsstandFehler {
    /// The date lies before the first value the project vouches for.
    VorBeginn { schluessel: &'static str, erster_tag: Datum },
    /// The law after this day has not been checked yet.
    NochNichtBekannt { schluessel: &'static str, bekannt_bis: Datum },
}

impl core::fmt::Display for RechtsstandFehler {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            RechtsstandFehler::VorBeginn { schluessel, erster_tag } => {
                write!(f, "{schluessel}: law before {erster_tag} is not covered")
            }
            RechtsstandFehler::NochNichtBekannt { schluessel, bekannt_bis } => {
                write!(f, "{schluessel}: law after {bekannt_bis} not yet known")
            }
        }
    }
}

impl ParamId {
    pub fn parameter(self) -> &'static Parameter {
        &PARAMETER[self.0]
    }

    /// The value in force on `am`.
    pub fn stand(self, am: Datum) -> Result<&'static Stand, RechtsstandFehler> {
        let p = self.parameter();
        if am > p.bekannt_bis {
            return Err(RechtsstandFehler::NochNichtBekannt { schluessel: p.schluessel, bekannt_bis: p.bekannt_bis });
        }
        p.staende.iter().rev().find(|s| s.gueltig_ab <= am).ok_or(RechtsstandFehler::VorBeginn {
            schluessel: p.schluessel,
            erster_tag: p.staende[0].gueltig_ab,
        })
    }

    /// A scalar parameter's value on `am`.
    pub fn zahl(self, am: Datum) -> Result<Zahl, RechtsstandFehler> {
        match self.stand(am)?.wert {
            Wert::Zahl(z) => Ok(z),
            // The build script keeps each parameter's shape constant; a list where
            // a number is expected is a programming error caught by the tests.
            _ => unreachable!("{} is not a single number", self.parameter().schluessel),
        }
    }

    pub fn norm(self) -> &'static str {
        self.parameter().norm
    }
}

/// The earliest and latest day for which every parameter has a value.
pub fn abgedeckter_zeitraum() -> (Datum, Datum) {
    let beginn = PARAMETER.iter().map(|p| p.staende[0].gueltig_ab).max().unwrap();
    let ende = PARAMETER.iter().map(|p| p.bekannt_bis).min().unwrap();
    (beginn, ende)
}

//! Dated legal parameters. The figures live in the `*.toml` files beside this
//! module, the areas of law and the pending bills in `../rechtsgebiete.toml`;
//! The build script (`build/parameter.rs`) turns them into the statics included below.
//!
//! A lookup takes a [`Stichtag`]: the date, and which pending bills to assume enacted
//! (none by default: the law as it stands, carried forward). Each area of law says up to
//! which day its figures are verified and how far it may be carried forward; see
//! [`rechtsstand`] for what a result must say about a date.

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

/// How sure a dated value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Read in promulgated law (or derived from it by the statute's own formula).
    Geprueft,
    /// Nothing new is published; the last law stays in force or is the best figure there is.
    Fortgeschrieben,
    /// From a bill or a draft Verordnung, named in `entwurf`.
    Entwurf,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Geprueft => "verified",
            Status::Fortgeschrieben => "carried_forward",
            Status::Entwurf => "bill",
        }
    }
}

#[derive(Debug)]
pub struct Stand {
    pub gueltig_ab: Datum,
    pub wert: Wert,
    /// Where this dated value was read, when it differs from the parameter's source.
    pub quelle: Option<&'static str>,
    pub norm: Option<&'static str>,
    pub status: Status,
    /// Index into [`ENTWUERFE`] for a value from a bill (a byte: every visitor downloads the table).
    pub entwurf: Option<u8>,
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
    pub gebiet: Gebiet,
    pub staende: &'static [Stand],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamId(pub usize);

/// An area of law with its own validity: tenancy law, Wohngeld, …
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Gebiet(pub usize);

#[derive(Debug)]
pub struct Gebietsdaten {
    /// `mietrecht`, `wohngeld`, …: the name in the command-line contract and in the text keys.
    pub code: &'static str,
    pub titel: &'static str,
    pub normen: &'static str,
    pub quelle: &'static str,
    /// The last day for which the area's figures are verified law.
    pub geprueft_bis: Datum,
    /// The last day up to which the verified law is carried forward.
    pub horizont: Datum,
    /// Beyond the horizon (and before the first value) the last verified rules still apply,
    /// labelled as not checked: deadlines must never go dark.
    pub zuletzt_geprueft: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entwurfsart {
    /// Computed both ways: the law carried forward and the bill as drafted.
    Szenario,
    /// A draft is the only figure there is; used, and labelled.
    EinzigerWert,
    /// Never applied: "geplant, noch nicht in Kraft".
    Hinweis,
}

#[derive(Debug)]
pub struct Entwurf {
    pub code: &'static str,
    pub art: Entwurfsart,
    pub gebiete: &'static [usize],
    /// Where to find it: "BT-Drs. 21/8284".
    pub fundstelle: &'static str,
    pub titel: &'static str,
    pub stand: &'static str,
    pub quelle: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/parameter.rs"));

/// A date, and the pending bills the figures assume enacted (bit i: `ENTWUERFE[i]`).
/// `Stichtag::from(datum)` is the law as it stands, carried forward where nothing new is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stichtag {
    pub datum: Datum,
    pub entwuerfe: u32,
}

impl From<Datum> for Stichtag {
    fn from(datum: Datum) -> Stichtag {
        Stichtag { datum, entwuerfe: 0 }
    }
}

impl core::ops::Deref for Stichtag {
    type Target = Datum;
    fn deref(&self) -> &Datum {
        &self.datum
    }
}

impl Stichtag {
    pub fn mit_entwurf(self, entwurf: usize) -> bool {
        self.entwuerfe & (1 << entwurf) != 0
    }

    /// The date under exactly the named bills, assumed enacted; `None` for an unknown code.
    pub fn unter(datum: Datum, codes: &[&str]) -> Option<Stichtag> {
        let mut entwuerfe = 0;
        for c in codes {
            entwuerfe |= 1 << ENTWUERFE.iter().position(|e| e.code == *c)?;
        }
        Some(Stichtag { datum, entwuerfe })
    }

    /// The bills this scenario assumes enacted.
    pub fn angenommene_entwuerfe(self) -> impl Iterator<Item = &'static Entwurf> {
        ENTWUERFE.iter().enumerate().filter(move |(i, _)| self.mit_entwurf(*i)).map(|(_, e)| e)
    }
}

/// Why no value can be given for a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RechtsstandFehler {
    /// The date lies before the first value the project vouches for.
    VorBeginn { schluessel: &'static str, erster_tag: Datum },
    /// The date lies beyond the horizon up to which the area's law is carried forward.
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

impl Gebiet {
    pub fn daten(self) -> &'static Gebietsdaten {
        &GEBIETE[self.0]
    }
}

impl ParamId {
    pub fn parameter(self) -> &'static Parameter {
        &PARAMETER[self.0]
    }

    /// The value in force on the day, under the scenario's bills.
    pub fn stand(self, am: impl Into<Stichtag>) -> Result<&'static Stand, RechtsstandFehler> {
        let am = am.into();
        let p = self.parameter();
        let g = p.gebiet.daten();
        let erster = p.staende[0].gueltig_ab;
        let datum = if g.zuletzt_geprueft {
            am.datum.min(g.horizont).max(erster)
        } else if am.datum > g.horizont {
            return Err(RechtsstandFehler::NochNichtBekannt { schluessel: p.schluessel, bekannt_bis: g.horizont });
        } else {
            am.datum
        };
        // The values are sorted by date, a scenario's value after the law's value of the same
        // day: the last one that applies wins.
        p.staende
            .iter()
            .rev()
            .find(|s| {
                s.gueltig_ab <= datum
                    && match s.entwurf {
                        Some(e) if ENTWUERFE[e as usize].art == Entwurfsart::Szenario => am.mit_entwurf(e as usize),
                        _ => true,
                    }
            })
            .ok_or(RechtsstandFehler::VorBeginn { schluessel: p.schluessel, erster_tag: erster })
    }

    /// A scalar parameter's value on the day.
    pub fn zahl(self, am: impl Into<Stichtag>) -> Result<Zahl, RechtsstandFehler> {
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

/// How far an area's law is known on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zustand {
    Geprueft,
    /// Carried forward, or computed under bills, up to the horizon.
    Vorlaeufig,
    /// Beyond the horizon or before the first value.
    Unbekannt,
}

impl Zustand {
    pub fn code(self) -> &'static str {
        match self {
            Zustand::Geprueft => "verified",
            Zustand::Vorlaeufig => "provisional",
            Zustand::Unbekannt => "unknown",
        }
    }
}

/// What a result must say about one area of law on its date.
#[derive(Clone, Debug, PartialEq)]
pub struct GebietStand {
    pub gebiet: Gebiet,
    pub zustand: Zustand,
    /// Figures of the last verified period are used on this date.
    pub fortgeschrieben: bool,
    /// Bills whose figures enter this date's results (a scenario or the only figure).
    pub entwuerfe: Vec<usize>,
    /// Bills shown as "geplant, noch nicht in Kraft", never applied.
    pub hinweise: Vec<usize>,
}

impl GebietStand {
    pub fn daten(&self) -> &'static Gebietsdaten {
        self.gebiet.daten()
    }
}

/// The state of every area of law on a date, in the order of `rechtsgebiete.toml`.
pub fn rechtsstand(datum: Datum) -> Vec<GebietStand> {
    GEBIETE
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let gebiet = Gebiet(i);
            let parameter = || PARAMETER.iter().filter(move |p| p.gebiet == gebiet);
            let erster = parameter().map(|p| p.staende[0].gueltig_ab).max().unwrap_or(g.geprueft_bis);
            let zustand = if datum < erster || datum > g.horizont {
                Zustand::Unbekannt
            } else if datum <= g.geprueft_bis {
                Zustand::Geprueft
            } else {
                Zustand::Vorlaeufig
            };
            let hinweise: Vec<usize> = ENTWUERFE
                .iter()
                .enumerate()
                .filter(|(_, e)| e.art == Entwurfsart::Hinweis && e.gebiete.contains(&i))
                .map(|(j, _)| j)
                .collect();
            if zustand != Zustand::Vorlaeufig {
                return GebietStand { gebiet, zustand, fortgeschrieben: false, entwuerfe: Vec::new(), hinweise };
            }
            // Carried forward: some figure of the law as it stands dates from before the
            // verified period's end, or is entered as carried forward.
            let fortgeschrieben = PARAMETER.iter().enumerate().filter(|(_, p)| p.gebiet == gebiet).any(|(j, _)| {
                ParamId(j).stand(datum).is_ok_and(|s| s.gueltig_ab <= g.geprueft_bis || s.status == Status::Fortgeschrieben)
            });
            let entwuerfe = entwuerfe_mit(|_, ab, gb| gb == i && ab <= datum);
            GebietStand { gebiet, zustand, fortgeschrieben, entwuerfe, hinweise }
        })
        .collect()
}

/// The bills, in the order of `rechtsgebiete.toml`, with a figure where `wo(bill, first day, area)` holds.
fn entwuerfe_mit(wo: impl Fn(usize, Datum, usize) -> bool) -> Vec<usize> {
    (0..ENTWUERFE.len()).filter(|e| ENTWURF_BEZUEGE.iter().any(|&(b, ab, gebiet)| b == *e && wo(b, ab, gebiet))).collect()
}

/// The law scenarios a date's results span: the law as it stands (always first), then every
/// combination of the bills of kind scenario whose figures apply on the date.
pub fn rechtslagen(datum: Datum) -> Vec<Stichtag> {
    let entwuerfe =
        entwuerfe_mit(|e, ab, gebiet| ENTWUERFE[e].art == Entwurfsart::Szenario && ab <= datum && datum <= GEBIETE[gebiet].horizont);
    (0..1u32 << entwuerfe.len())
        .map(|auswahl| Stichtag {
            datum,
            entwuerfe: entwuerfe.iter().enumerate().filter(|(bit, _)| auswahl & (1 << bit) != 0).fold(0, |m, (_, e)| m | 1 << e),
        })
        .collect()
}

/// The earliest day from which every parameter has a value, and the earliest day up to
/// which an area's figures are verified.
pub fn abgedeckter_zeitraum() -> (Datum, Datum) {
    let beginn = PARAMETER.iter().map(|p| p.staende[0].gueltig_ab).max().unwrap();
    let ende = GEBIETE.iter().map(|g| g.geprueft_bis).min().unwrap();
    (beginn, ende)
}

//! Offices and municipalities per region, from the `*.toml` profiles beside
//! this module (compiled in by `build.rs`).

use crate::rules::datum::Datum;
use crate::rules::params::Stichtag;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rolle {
    Wohnungssicherung,
    Jobcenter,
    Sozialamt,
    Wohngeldstelle,
    Sonstige,
}

#[derive(Debug)]
pub struct Stelle {
    pub rolle: Rolle,
    pub name: &'static str,
    pub strasse: Option<&'static str>,
    pub plz: Option<&'static str>,
    pub ort: Option<&'static str>,
    pub telefon: Option<&'static str>,
    pub homepage: Option<&'static str>,
    pub hinweis: Option<&'static str>,
    pub quelle: &'static str,
}

#[derive(Debug)]
pub struct Gemeinde {
    pub name: &'static str,
    pub ags: Option<&'static str>,
    pub mietstufe: Option<u8>,
    pub mietstufe_ab: Option<Datum>,
    pub mietstufe_bekannt_bis: Option<Datum>,
    /// The Mietstufe a pending bill would set: (bill, from, Mietstufe).
    pub mietstufe_entwurf: Option<(usize, Datum, u8)>,
    pub quelle: Option<&'static str>,
}

impl Gemeinde {
    /// The Mietstufe on the day, under the scenario's bills.
    pub fn mietstufe_am(&self, am: Stichtag) -> Option<u8> {
        match self.mietstufe_entwurf {
            Some((entwurf, ab, stufe)) if am.mit_entwurf(entwurf) && am.datum >= ab => Some(stufe),
            _ => self.mietstufe,
        }
    }
}

#[derive(Debug)]
pub struct Region {
    pub id: &'static str,
    pub name: &'static str,
    pub geprueft_am: Datum,
    pub stellen: &'static [Stelle],
    pub gemeinden: &'static [Gemeinde],
}

include!(concat!(env!("OUT_DIR"), "/regionen.rs"));

pub const STANDARD_REGION: &str = "kreis-gross-gerau";

pub fn region(id: &str) -> Option<&'static Region> {
    REGIONEN.iter().find(|r| r.id == id)
}

impl Region {
    pub fn beratungsstelle(&self) -> &'static Stelle {
        // build.rs refuses a profile without one.
        self.stellen.iter().find(|s| s.rolle == Rolle::Wohnungssicherung).unwrap()
    }
}

impl Stelle {
    /// The number for a `tel:` link: digits only, German trunk prefix kept.
    pub fn telefon_link(&self) -> Option<String> {
        self.telefon.map(|t| format!("tel:{}", t.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()))
    }
}

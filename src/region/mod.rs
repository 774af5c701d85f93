//! Offices and municipalities per region, from the `*.toml` profiles beside
//! this module (compiled in by the build script). May use the rules' types (dates,
//! Stichtag); no web, no words of a language beyond the offices' own notes.

use crate::rules::datum::Datum;
use crate::rules::params::Stichtag;

/// What an office is for. The codes (`code`) are those of the region files and of the
/// command line's `contacts[].role`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rolle {
    Wohnungssicherung,
    Jobcenter,
    Sozialamt,
    Wohngeldstelle,
    /// Agentur für Arbeit (SGB III, Arbeitslosengeld): not for Bürgergeld or rent debts.
    AgenturFuerArbeit,
    /// The Amtsgericht where the flat lies (Räumungsklage, Verteidigungsanzeige, § 765a ZPO).
    Amtsgericht,
    Sonstige,
}

impl Rolle {
    pub const ALLE: [Rolle; 7] = [
        Rolle::Wohnungssicherung,
        Rolle::Jobcenter,
        Rolle::Sozialamt,
        Rolle::Wohngeldstelle,
        Rolle::AgenturFuerArbeit,
        Rolle::Amtsgericht,
        Rolle::Sonstige,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Rolle::Wohnungssicherung => "wohnungssicherung",
            Rolle::Jobcenter => "jobcenter",
            Rolle::Sozialamt => "sozialamt",
            Rolle::Wohngeldstelle => "wohngeldstelle",
            Rolle::AgenturFuerArbeit => "agentur_fuer_arbeit",
            Rolle::Amtsgericht => "amtsgericht",
            Rolle::Sonstige => "other",
        }
    }
}

/// One office as the region file states it. Every `Option` is `None` where no source
/// confirms the value (the card then says where to find it, never a guess).
#[derive(Debug)]
pub struct Stelle {
    pub rolle: Rolle,
    pub name: &'static str,
    pub strasse: Option<&'static str>,
    pub plz: Option<&'static str>,
    pub ort: Option<&'static str>,
    pub telefon: Option<&'static str>,
    /// Opening or consultation hours as the office states them (German).
    pub oeffnungszeiten: Option<&'static str>,
    pub homepage: Option<&'static str>,
    /// What the office is for, in German and English (`note`, `note_en`; the build wants both).
    pub hinweis: Option<&'static str>,
    pub hinweis_en: Option<&'static str>,
    /// The municipalities (names as in `Region::gemeinden`) this office is responsible
    /// for; empty: the whole region.
    pub zustaendig_fuer: &'static [&'static str],
    /// Where to find what the data leaves out, in German and English (`where_to_find`,
    /// `where_to_find_en`).
    pub wo_finden: Option<&'static str>,
    pub wo_finden_en: Option<&'static str>,
    /// A value shown comes from a secondary (non-official) source: the caveat the card
    /// shows, in German and English (`caveat`, `caveat_en`).
    pub vorbehalt: Option<&'static str>,
    pub vorbehalt_en: Option<&'static str>,
    /// Empty in the WebAssembly: only the command line and the tests show it.
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
        // The build refuses a profile without one.
        self.stellen.iter().find(|s| s.rolle == Rolle::Wohnungssicherung).unwrap()
    }

    /// The municipality of that name in this region's data, if any.
    pub fn gemeinde(&self, name: &str) -> Option<&'static Gemeinde> {
        self.gemeinden.iter().find(|g| g.name == name)
    }

    /// The office of `rolle` responsible for `gemeinde` (a name as in `gemeinden`, e.g. the
    /// answer of the household step).
    ///
    /// - A municipality of the region: the office whose `zustaendig_fuer` names it, else the
    ///   office of that role for the whole region; `None` when the data has neither (e.g. the
    ///   court for a municipality whose court no source confirms).
    /// - `None`, `""`, `"?"` or a name the region does not know: the office of that role for
    ///   the whole region, or `None` when the role is split by municipality (Wohngeld
    ///   offices, courts): then the caller should say so, never pick one.
    ///
    /// The build guarantees at most one answer: no two offices of one role serve the same
    /// municipality, and a role has at most one office for the whole region.
    /// `Rolle::Sonstige` is never looked up this way (`None`).
    pub fn stelle(&self, rolle: Rolle, gemeinde: Option<&str>) -> Option<&'static Stelle> {
        if rolle == Rolle::Sonstige {
            return None;
        }
        let mut der_rolle = self.stellen.iter().filter(move |s| s.rolle == rolle);
        let bekannt = gemeinde.and_then(|g| self.gemeinde(g)).map(|g| g.name);
        if let Some(name) = bekannt {
            if let Some(s) = der_rolle.clone().find(|s| s.zustaendig_fuer.contains(&name)) {
                return Some(s);
            }
        }
        der_rolle.find(|s| s.zustaendig_fuer.is_empty())
    }

    /// Every office of `rolle`, in the order of the region file.
    pub fn stellen_der_rolle(&self, rolle: Rolle) -> impl Iterator<Item = &'static Stelle> {
        self.stellen.iter().filter(move |s| s.rolle == rolle)
    }
}

impl Stelle {
    /// The street address when the data has all of street, postcode and city.
    pub fn anschrift(&self) -> Option<String> {
        match (self.strasse, self.plz, self.ort) {
            (Some(s), Some(p), Some(o)) => Some(format!("{s}, {p} {o}")),
            _ => None,
        }
    }

    /// The number for a `tel:` link: digits only, German trunk prefix kept.
    pub fn telefon_link(&self) -> Option<String> {
        self.telefon.map(|t| format!("tel:{}", t.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kreis() -> &'static Region {
        region(STANDARD_REGION).unwrap()
    }

    #[test]
    fn the_office_of_the_municipality_wins() {
        let r = kreis();
        let name = |rolle, g| r.stelle(rolle, g).map(|s| s.name);
        assert_eq!(name(Rolle::Wohngeldstelle, Some("Rüsselsheim am Main")), Some("Stadt Rüsselsheim am Main, Wohngeldbehörde"));
        assert_eq!(name(Rolle::Wohngeldstelle, Some("Groß-Gerau")), Some("Kreis Groß-Gerau (Kreisausschuss), Wohngeldbehörde"));
        assert_eq!(name(Rolle::Wohngeldstelle, Some("Kelsterbach")), Some("Kreis Groß-Gerau (Kreisausschuss), Wohngeldbehörde"));
        assert_eq!(name(Rolle::Amtsgericht, Some("Groß-Gerau")), Some("Amtsgericht Groß-Gerau"));
        assert_eq!(name(Rolle::Amtsgericht, Some("Trebur")), Some("Amtsgericht Groß-Gerau"));
        assert_eq!(name(Rolle::Amtsgericht, Some("Rüsselsheim am Main")), Some("Amtsgericht Rüsselsheim"));
        assert_eq!(name(Rolle::Amtsgericht, Some("Raunheim")), Some("Amtsgericht Rüsselsheim"));
    }

    #[test]
    fn a_court_no_source_confirms_is_none() {
        // Kelsterbach's court is only derived (KONTAKTE.md 5.2): neither court is named.
        assert!(kreis().stelle(Rolle::Amtsgericht, Some("Kelsterbach")).is_none());
    }

    #[test]
    fn offices_of_the_whole_region_serve_every_municipality_and_the_unknown_one() {
        let r = kreis();
        for rolle in [Rolle::Wohnungssicherung, Rolle::Jobcenter, Rolle::Sozialamt, Rolle::AgenturFuerArbeit] {
            let ganz = r.stelle(rolle, None).unwrap_or_else(|| panic!("{rolle:?} for the whole Kreis"));
            assert!(ganz.zustaendig_fuer.is_empty());
            for g in r.gemeinden {
                assert!(std::ptr::eq(r.stelle(rolle, Some(g.name)).unwrap(), ganz), "{rolle:?} {}", g.name);
            }
            for unbekannt in [Some(""), Some("?"), Some("Darmstadt"), Some("rüsselsheim am main")] {
                assert!(std::ptr::eq(r.stelle(rolle, unbekannt).unwrap(), ganz));
            }
        }
        assert_eq!(r.stelle(Rolle::AgenturFuerArbeit, None).unwrap().name, "Agentur für Arbeit Bad Homburg");
        assert!(std::ptr::eq(r.stelle(Rolle::Wohnungssicherung, None).unwrap(), r.beratungsstelle()));
    }

    #[test]
    fn split_roles_give_none_for_an_unknown_municipality() {
        let r = kreis();
        for rolle in [Rolle::Wohngeldstelle, Rolle::Amtsgericht] {
            for unbekannt in [None, Some(""), Some("?"), Some("Darmstadt")] {
                assert!(r.stelle(rolle, unbekannt).is_none(), "{rolle:?} {unbekannt:?}");
            }
            assert_eq!(r.stellen_der_rolle(rolle).count(), 2);
        }
        assert!(r.stelle(Rolle::Sonstige, None).is_none());
    }

    #[test]
    fn role_codes_are_those_of_the_files() {
        let codes: Vec<&str> = Rolle::ALLE.iter().map(|r| r.code()).collect();
        assert_eq!(codes, ["wohnungssicherung", "jobcenter", "sozialamt", "wohngeldstelle", "agentur_fuer_arbeit", "amtsgericht", "other"]);
    }
}

//! What a contact card says about an office beyond its data: where to find what the
//! region data leaves out, for whom the office is responsible, and the caveat of a
//! value from a secondary source. Pure: the card (`darstellung::ergebnis::kontaktkarte`) and the
//! command line (`contacts[].where_to_find`) share these sentences.

use crate::sprachen::{fuellen, region_text, Texte};
use crate::region::Stelle;

/// The contact fields no source confirmed for this office (address, phone, opening hours),
/// named in the language of `t`, in that order.
pub fn fehlende_felder(t: &Texte, s: &Stelle) -> Vec<&'static str> {
    let mut felder = Vec::new();
    if s.anschrift().is_none() {
        felder.push(t.kontakt_feld_anschrift);
    }
    if s.telefon.is_none() {
        felder.push(t.kontakt_feld_telefon);
    }
    if s.oeffnungszeiten.is_none() {
        felder.push(t.kontakt_feld_zeiten);
    }
    felder
}

/// "A, B und C", the first letter upper case (English field names are lower case). ASCII
/// only: Unicode case tables would cost the download kilobytes, and a field name that starts
/// with a non-ASCII letter is written upper case in the locale file.
fn aufzaehlung(t: &Texte, teile: &[&str]) -> String {
    let mut text = match teile {
        [] => String::new(),
        [eins] => eins.to_string(),
        [anfang @ .., letzter] => format!("{} {} {letzter}", anfang.join(", "), t.kontakt_und),
    };
    if let Some(erstes) = text.get_mut(0..1) {
        erstes.make_ascii_uppercase();
    }
    text
}

/// The sentence where to find what is missing: the office's own hint from the region data
/// in the reader's language (`sprachen::region_text`), else a sentence built from the
/// missing fields and what the card does show (website, phone). `None` when nothing is
/// missing. The build script (`build/region.rs`) makes sure an office without phone and website has its own hint.
pub fn wo_finden(t: &Texte, s: &Stelle) -> Option<String> {
    if let Some(hinweis) = s.wo_finden {
        return Some(region_text(t, hinweis, s.wo_finden_en).to_string());
    }
    let felder = fehlende_felder(t, s);
    if felder.is_empty() {
        return None;
    }
    let vorlage = match (s.homepage.is_some(), s.telefon.is_some()) {
        (true, true) => t.kontakt_fehlt_seite_telefon,
        (true, false) => t.kontakt_fehlt_seite,
        (false, true) => t.kontakt_fehlt_telefon,
        (false, false) => return None,
    };
    Some(fuellen(vorlage, &[("felder", &aufzaehlung(t, &felder))]))
}

/// "Zuständig für Wohnungen in: …" for an office that serves only some municipalities.
pub fn zustaendig(t: &Texte, s: &Stelle) -> Option<String> {
    (!s.zustaendig_fuer.is_empty()).then(|| fuellen(t.kontakt_zustaendig, &[("gemeinden", &aufzaehlung(t, s.zustaendig_fuer))]))
}

/// The caveat of a value that comes from a secondary source, in the card's language.
pub fn vorbehalt(t: &Texte, s: &Stelle) -> Option<&'static str> {
    s.vorbehalt.map(|v| region_text(t, v, s.vorbehalt_en))
}

/// What the office is there for, in the card's language.
pub fn hinweis(t: &Texte, s: &Stelle) -> Option<&'static str> {
    s.hinweis.map(|v| region_text(t, v, s.hinweis_en))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprachen::SPRACHEN;
    use crate::region::{region, Rolle, STANDARD_REGION};

    #[test]
    fn missing_fields_are_named_with_where_to_look() {
        let r = region(STANDARD_REGION).unwrap();
        let (de, en) = (SPRACHEN[0].texte(), crate::sprachen::sprache("en").texte());
        let jobcenter = r.stelle(Rolle::Jobcenter, None).unwrap();
        assert_eq!(wo_finden(de, jobcenter).unwrap(), "Anschrift, Telefon und Öffnungszeiten: bitte auf der Internetseite nachsehen.");
        assert_eq!(wo_finden(en, jobcenter).unwrap(), "Address, phone and opening hours: please see the website.");
        let wosi = r.beratungsstelle();
        assert_eq!(wo_finden(de, wosi).unwrap(), "Öffnungszeiten: bitte anrufen oder auf der Internetseite nachsehen.");
        // The office's own hint wins, in its language.
        let wohngeld = r.stelle(Rolle::Wohngeldstelle, Some("Rüsselsheim am Main")).unwrap();
        assert!(wo_finden(de, wohngeld).unwrap().contains("Stadtverwaltung Rüsselsheim am Main"));
        assert!(wo_finden(en, wohngeld).unwrap().starts_with("Ask the Rüsselsheim am Main town administration"));
    }

    #[test]
    fn responsibility_is_listed_for_split_roles_only() {
        let r = region(STANDARD_REGION).unwrap();
        let de = SPRACHEN[0].texte();
        assert_eq!(zustaendig(de, r.stelle(Rolle::Amtsgericht, Some("Raunheim")).unwrap()).unwrap(), "Zuständig für Wohnungen in: Raunheim und Rüsselsheim am Main");
        assert!(zustaendig(de, r.stelle(Rolle::Jobcenter, Some("Raunheim")).unwrap()).is_none());
    }
}

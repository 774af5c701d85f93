//! The words of each language and how it writes values (`schreibweise`: amounts, dates,
//! phone numbers), compiled from `locales/*.toml` by the build script (`build/locales.rs`).
//! A layer of its own below the input and the result page: the form words its labels and
//! messages with it, `darstellung` its pages; it uses only the rules' value types.
//!
//! Instead of leptos_i18n: the same compile-time checked keys, but no runtime
//! machinery, no cookie, no locale detection that could store anything, and a
//! build error naming file and key when a translation is missing.
//!
//! The first language (German) is in every build. The native build (command line, tests)
//! has every language; in the browser each other language is a static file
//! (`sprachen/<code>.txt`, written by `wohncheck-cli --sprachdateien`) that loads only for a
//! visitor who chooses it, so a German visitor never downloads the others. A file names the
//! key list it was written for ([`SCHLUESSEL_STAND`]); one of another build is refused.

use std::sync::Mutex;

#[derive(Debug)]
pub struct Sprache {
    pub code: &'static str,
    /// The language's name in itself: "Türkçe", "العربية".
    pub name: &'static str,
    pub rtl: bool,
    /// In this build; otherwise loaded from its file.
    eingebaut: Option<&'static Texte>,
    /// The region data's texts in this language, by the hash of the German text (`region_text`);
    /// in the browser they come with the language file.
    region: &'static [(u32, &'static str)],
}

include!("schluessel.rs");

mod schreibweise;
pub use schreibweise::{betrag, datum, in_klammern, ltr, monat, telefon, zahl};
include!(concat!(env!("OUT_DIR"), "/texte.rs"));

/// A language loaded from its file in this visit: its code, texts and region texts.
type Geladen = (&'static str, &'static Texte, &'static [(u32, &'static str)]);
static GELADEN: Mutex<Vec<Geladen>> = Mutex::new(Vec::new());

impl Sprache {
    /// The texts, if built in or loaded; otherwise the first language's.
    pub fn texte(&self) -> &'static Texte {
        self.geladen().unwrap_or(SPRACHEN[0].eingebaut.expect("the first language is built in"))
    }

    /// The texts if this build has them or they were loaded.
    pub fn geladen(&self) -> Option<&'static Texte> {
        self.eingebaut.or_else(|| GELADEN.lock().ok()?.iter().find(|(c, ..)| *c == self.code).map(|(_, t, _)| *t))
    }

    fn region_texte(&self) -> &'static [(u32, &'static str)] {
        if self.eingebaut.is_some() {
            return self.region;
        }
        GELADEN.lock().ok().and_then(|g| g.iter().find(|(c, ..)| *c == self.code).map(|(.., r)| *r)).unwrap_or_default()
    }
}

/// A text of the region data (an office's note, caveat, where to find it) in the language of
/// `t`: its translation from the language's file, else the English text for a foreign language,
/// else the German one.
pub fn region_text(t: &Texte, deutsch: &'static str, englisch: Option<&'static str>) -> &'static str {
    let Some(s) = SPRACHEN.iter().find(|s| s.geladen().is_some_and(|x| std::ptr::eq(x, t))) else { return deutsch };
    if std::ptr::eq(s, &SPRACHEN[0]) {
        return deutsch;
    }
    let h = schluessel_hash(deutsch);
    let uebersetzt = s.region_texte().iter().find(|(k, _)| *k == h).map(|(_, v)| *v);
    uebersetzt.or(if s.code.starts_with("de") { None } else { englisch }).unwrap_or(deutsch)
}

pub fn sprache(code: &str) -> &'static Sprache {
    SPRACHEN.iter().find(|s| s.code == code).unwrap_or(&SPRACHEN[0])
}

/// The language asked for, if this check has it: exactly, or by its main tag
/// ("tr-TR" is Turkish, "de-AT" German); Leichte Sprache only when asked for by name.
pub fn passende(gewuenscht: &str) -> Option<&'static Sprache> {
    let g = gewuenscht.trim().to_ascii_lowercase();
    SPRACHEN
        .iter()
        .find(|s| s.code == g)
        .or_else(|| SPRACHEN.iter().find(|s| !s.code.contains('-') && g.split(['-', '_']).next() == Some(s.code)))
}

/// Replaces `{name}` placeholders.
pub fn fuellen(text: &str, werte: &[(&str, &str)]) -> String {
    let mut s = text.to_string();
    for (k, v) in werte {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

/// Separates the parts of a language file; never part of a text.
const TRENNER: char = '\u{1e}';
/// Separates a region text's key (the German text's hash) from its translation.
const PAAR: char = '\u{1f}';
const KOPF: &str = "wohncheck-sprache";

/// The file the browser loads for a language: a header (name, code, key list), the texts
/// in field order, then the region texts (hash of the German text, translation).
pub fn sprachdatei(s: &Sprache) -> Option<String> {
    let t = s.eingebaut?;
    let mut aus = format!("{KOPF}{TRENNER}{}{TRENNER}{SCHLUESSEL_STAND:08x}", s.code);
    for text in t.alle() {
        aus.push(TRENNER);
        aus.push_str(text);
    }
    for (h, text) in s.region {
        aus.push_str(&format!("{TRENNER}{h:08x}{PAAR}{text}"));
    }
    Some(aus)
}

/// The region texts after the texts of a language file.
fn region_aus<'a>(teile: impl Iterator<Item = &'a str>) -> Option<Vec<(u32, &'static str)>> {
    let mut aus = Vec::new();
    for teil in teile {
        let (h, text) = teil.split_once(PAAR)?;
        aus.push((u32::from_str_radix(h, 16).ok()?, &*Box::leak(text.to_string().into_boxed_str())));
    }
    Some(aus)
}

/// Why a language file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ladefehler {
    KeineSprachdatei,
    UnbekannteSprache,
    /// Written for another build: its keys differ.
    AndererStand,
    FalscheAnzahl,
}

/// Reads a language file and keeps the language for the rest of the visit.
pub fn registrieren(inhalt: &str) -> Result<&'static Sprache, Ladefehler> {
    let mut teile = inhalt.split(TRENNER);
    if teile.next() != Some(KOPF) {
        return Err(Ladefehler::KeineSprachdatei);
    }
    let s = teile.next().and_then(|c| SPRACHEN.iter().find(|s| s.code == c)).ok_or(Ladefehler::UnbekannteSprache)?;
    if teile.next() != Some(format!("{SCHLUESSEL_STAND:08x}").as_str()) {
        return Err(Ladefehler::AndererStand);
    }
    if s.geladen().is_some() {
        return Ok(s);
    }
    let werte: Vec<&'static str> = teile.by_ref().take(ANZAHL).map(|t| &*Box::leak(t.to_string().into_boxed_str())).collect();
    let texte = Texte::aus_werten(werte).ok_or(Ladefehler::FalscheAnzahl)?;
    let region = region_aus(teile).ok_or(Ladefehler::FalscheAnzahl)?;
    if let Ok(mut g) = GELADEN.lock() {
        g.push((s.code, texte, Box::leak(region.into_boxed_slice())));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_by_key_finds_every_field_and_nothing_else() {
        for s in SPRACHEN {
            let t = s.texte();
            assert_eq!(t.get("ergebnis_frist_bis"), Some(t.ergebnis_frist_bis));
            assert_eq!(t.get("allgemein_datenschutz"), Some(t.allgemein_datenschutz));
            assert_eq!(t.get("wohnen_warum"), Some(t.wohnen_warum));
            assert_eq!(t.get("gibt_es_nicht"), None);
            assert_eq!(t.get(""), None);
        }
    }

    #[test]
    fn a_language_file_reads_back_exactly() {
        for s in &SPRACHEN[1..] {
            let datei = sprachdatei(s).unwrap();
            assert!(!datei.contains('\n') || s.texte().alle().iter().any(|t| t.contains('\n')));
            let gelesen = registrieren(&datei).unwrap();
            assert_eq!(gelesen.code, s.code);
            let texte = Texte::aus_werten(datei.split(TRENNER).skip(3).take(ANZAHL).map(|t| &*Box::leak(t.to_string().into_boxed_str())).collect()).unwrap();
            assert_eq!(texte.alle(), s.texte().alle());
            assert_eq!(region_aus(datei.split(TRENNER).skip(3 + ANZAHL)).unwrap(), s.region, "{}: the region texts", s.code);
        }
        // Another build's file, a truncated one and a stranger's are refused.
        let en = sprachdatei(crate::sprachen::sprache("en")).unwrap();
        assert_eq!(registrieren(&en.replacen(&format!("{SCHLUESSEL_STAND:08x}"), "00000000", 1)).unwrap_err(), Ladefehler::AndererStand);
        assert_eq!(registrieren("<html>").unwrap_err(), Ladefehler::KeineSprachdatei);
        let kurz: String = en.rsplitn(2, TRENNER).nth(1).unwrap().to_string();
        let fremd = kurz.replacen(&format!("{TRENNER}en{TRENNER}"), &format!("{TRENNER}xx{TRENNER}"), 1);
        assert_eq!(registrieren(&fremd).unwrap_err(), Ladefehler::UnbekannteSprache);
    }

    #[test]
    fn the_best_match_of_a_wish() {
        assert_eq!(passende("de").unwrap().code, "de");
        assert_eq!(passende("de-AT").unwrap().code, "de");
        assert_eq!(passende("en-GB").unwrap().code, "en");
        assert_eq!(passende("EN").unwrap().code, "en");
        assert!(passende("xx").is_none());
        assert!(passende("").is_none());
    }
}

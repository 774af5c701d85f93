//! Texts per language, compiled from `locales/*.toml` by `build.rs`.
//!
//! Instead of leptos_i18n: the same compile-time checked keys, but no runtime
//! machinery, no cookie, no locale detection that could store anything, and a
//! build error naming file and key when a translation is missing.

#[derive(Debug)]
pub struct Sprache {
    pub code: &'static str,
    pub name: &'static str,
    pub rtl: bool,
    pub texte: &'static Texte,
}

include!("schluessel.rs");
include!(concat!(env!("OUT_DIR"), "/texte.rs"));

pub fn sprache(code: &str) -> &'static Sprache {
    SPRACHEN.iter().find(|s| s.code == code).unwrap_or(&SPRACHEN[0])
}

/// Replaces `{name}` placeholders.
pub fn fuellen(text: &str, werte: &[(&str, &str)]) -> String {
    let mut s = text.to_string();
    for (k, v) in werte {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::SPRACHEN;

    #[test]
    fn lookup_by_key_finds_every_field_and_nothing_else() {
        for s in SPRACHEN {
            assert_eq!(s.texte.get("ergebnis_frist_bis"), Some(s.texte.ergebnis_frist_bis));
            assert_eq!(s.texte.get("allgemein_datenschutz"), Some(s.texte.allgemein_datenschutz));
            assert_eq!(s.texte.get("wohnen_warum"), Some(s.texte.wohnen_warum));
            assert_eq!(s.texte.get("gibt_es_nicht"), None);
            assert_eq!(s.texte.get(""), None);
        }
    }
}

//! The languages: every one registered with its file, the legal words of the letters
//! findable in every translation (the German word in brackets, from the language's glossary),
//! the same placeholders as German, numbers and dates written the language's way, Leichte
//! Sprache without abbreviations and long sentences.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const LOCALES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
/// German in plain words: German words need no brackets there.
const LEICHTE_SPRACHE: &str = "de-x-ls";

fn lesen(pfad: &Path) -> toml::Table {
    let text = fs::read_to_string(pfad).unwrap_or_else(|e| panic!("{}: {e}", pfad.display()));
    text.parse().unwrap_or_else(|e| panic!("{}: {e}", pfad.display()))
}

/// "abschnitt.schluessel" → text.
fn flach(t: &toml::Table, vor: &str, aus: &mut BTreeMap<String, String>) {
    for (k, v) in t {
        let name = if vor.is_empty() { k.clone() } else { format!("{vor}.{k}") };
        match v {
            toml::Value::String(s) => {
                aus.insert(name, s.clone());
            }
            toml::Value::Table(u) => flach(u, &name, aus),
            _ => panic!("{name}: only texts and sections"),
        }
    }
}

fn texte(code: &str) -> BTreeMap<String, String> {
    let mut aus = BTreeMap::new();
    flach(&lesen(&Path::new(LOCALES).join(format!("{code}.toml"))), "", &mut aus);
    aus
}

struct Eintrag {
    code: String,
    name: String,
    rtl: bool,
}

fn index() -> Vec<Eintrag> {
    let i = lesen(&Path::new(LOCALES).join("index.toml"));
    i["locale"]
        .as_array()
        .expect("[[locale]]")
        .iter()
        .map(|l| Eintrag {
            code: l["code"].as_str().unwrap().to_string(),
            name: l["name"].as_str().unwrap().to_string(),
            rtl: l["dir"].as_str() == Some("rtl"),
        })
        .collect()
}

fn begriffe() -> Vec<String> {
    lesen(&Path::new(LOCALES).join("glossar.toml"))["begriffe"]
        .as_array()
        .expect("begriffe")
        .iter()
        .map(|b| b.as_str().unwrap().to_string())
        .collect()
}

/// The placeholders of a text: "{betrag}" and the like.
fn platzhalter(s: &str) -> BTreeSet<String> {
    let mut aus = BTreeSet::new();
    let mut rest = s;
    while let Some(a) = rest.find('{') {
        match rest[a..].find('}') {
            Some(e) => {
                aus.insert(rest[a..a + e + 1].to_string());
                rest = &rest[a + e + 1..];
            }
            None => break,
        }
    }
    aus
}

fn uebersetzungen() -> Vec<Eintrag> {
    index().into_iter().filter(|e| e.code != "de" && e.code != LEICHTE_SPRACHE).collect()
}

#[test]
fn one_file_per_registered_language_and_no_file_without_entry() {
    let eintraege = index();
    assert_eq!(eintraege[0].code, "de", "German is the reference");
    let codes: BTreeSet<&str> = eintraege.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes.len(), eintraege.len(), "a code twice in index.toml");
    for e in &eintraege {
        assert!(!e.name.trim().is_empty(), "{}: no name", e.code);
        assert!(Path::new(LOCALES).join(format!("{}.toml", e.code)).exists(), "{}: no file", e.code);
    }
    for datei in fs::read_dir(LOCALES).unwrap() {
        let name = datei.unwrap().file_name().into_string().unwrap();
        if let Some(code) = name.strip_suffix(".toml") {
            if code != "index" && code != "glossar" {
                assert!(codes.contains(code), "locales/{name} is not in index.toml");
            }
        }
    }
    // The languages this check promises (issue: the people the office serves).
    for c in ["de", LEICHTE_SPRACHE, "en", "tr", "ar", "uk", "pl", "ro"] {
        assert!(codes.contains(c), "{c} missing");
    }
}

#[test]
fn every_text_keeps_the_placeholders_of_the_german_one() {
    let de = texte("de");
    for e in index().iter().skip(1) {
        for (k, t) in texte(&e.code) {
            let Some(d) = de.get(&k) else { continue };
            if k.starts_with("format.") {
                continue;
            }
            assert_eq!(platzhalter(&t), platzhalter(d), "{}: {k}: \"{t}\"", e.code);
        }
    }
}

#[test]
fn every_translation_has_a_glossary_with_every_legal_word() {
    let begriffe = begriffe();
    assert!(begriffe.len() >= 20);
    for e in uebersetzungen() {
        let pfad = Path::new(LOCALES).join("glossar").join(format!("{}.toml", e.code));
        let g = lesen(&pfad);
        let g = g["begriffe"].as_table().unwrap_or_else(|| panic!("{}: [begriffe]", pfad.display()));
        for b in &begriffe {
            let v = g.get(b).unwrap_or_else(|| panic!("{}: '{b}' missing", pfad.display()));
            let woerter = woerter(v);
            assert!(!woerter.is_empty() && woerter.iter().all(|w| w.chars().count() >= 2), "{}: '{b}' empty", pfad.display());
        }
        for k in g.keys() {
            assert!(begriffe.contains(k), "{}: '{k}' is not in locales/glossar.toml", pfad.display());
        }
    }
}

/// A glossary entry: one word, or the forms (stems) the language inflects it to.
fn woerter(v: &toml::Value) -> Vec<String> {
    match v {
        toml::Value::String(s) => vec![s.to_lowercase()],
        toml::Value::Array(a) => a.iter().filter_map(|w| w.as_str()).map(str::to_lowercase).collect(),
        _ => Vec::new(),
    }
}

/// The letters are German: a text that uses a legal word in translation names the German word
/// as well, so a reader finds it on the letter or can ask for it at the office.
#[test]
fn a_translated_legal_word_comes_with_the_german_word() {
    let begriffe = begriffe();
    let mut fehler = Vec::new();
    for e in uebersetzungen() {
        let g = lesen(&Path::new(LOCALES).join("glossar").join(format!("{}.toml", e.code)));
        let g = g["begriffe"].as_table().unwrap();
        for (k, t) in texte(&e.code) {
            if k.starts_with("format.") {
                continue;
            }
            let klein = t.to_lowercase();
            for b in &begriffe {
                let Some(v) = g.get(b) else { continue };
                let deutsch = b.to_lowercase();
                if woerter(v).iter().any(|w| klein.contains(w.as_str())) && !klein.contains(&deutsch) {
                    fehler.push(format!("{}: {k}: uses the word for '{b}' without '{b}': \"{t}\"", e.code));
                }
            }
        }
    }
    assert!(fehler.is_empty(), "{} texts:\n{}", fehler.len(), fehler.join("\n"));
}

#[test]
fn every_translation_says_the_german_text_counts() {
    let de = texte("de");
    for e in index().iter().skip(1) {
        let t = texte(&e.code);
        let hinweis = &t["allgemein.uebersetzung_hinweis"];
        assert!(hinweis.len() > 20, "{}", e.code);
        if e.code != LEICHTE_SPRACHE {
            assert_ne!(hinweis, &de["allgemein.uebersetzung_hinweis"], "{}: still German", e.code);
        }
    }
}

#[test]
fn numbers_and_dates_the_language_way() {
    for e in index() {
        let t = texte(&e.code);
        let f = |k: &str| t[&format!("format.{k}")].clone();
        assert_ne!(f("tausender"), f("dezimal"), "{}", e.code);
        assert!(f("dezimal") == "," || f("dezimal") == "." || f("dezimal") == "٫", "{}", e.code);
        let datum = f("datum");
        assert!(datum.contains("{tag}") && datum.contains("{jahr}"), "{}: {datum}", e.code);
        assert!(datum.contains("{monat}") ^ datum.contains("{monatsname}"), "{}: {datum}", e.code);
        for k in ["format.monate_im_datum", "allgemein.monate"] {
            let namen: Vec<&str> = t[k].split(',').collect();
            assert_eq!(namen.len(), 12, "{}: {k}", e.code);
            assert!(namen.iter().all(|n| !n.trim().is_empty() && n.trim() == *n), "{}: {k}", e.code);
        }
        assert_eq!(f("isolieren") == "ja", e.rtl, "{}: right-to-left languages isolate numbers", e.code);
    }
}

/// Leichte Sprache (Netzwerk Leichte Sprache, DIN SPEC 33429): no abbreviations, no
/// semicolons, short sentences.
#[test]
fn leichte_sprache_keeps_its_rules() {
    let t = texte(LEICHTE_SPRACHE);
    let mut fehler = Vec::new();
    for (k, s) in &t {
        if k.starts_with("format.") || k == "allgemein.monate" || k.starts_with("kontakt.") {
            continue;
        }
        for abk in ["z. B.", "z.B.", "bzw.", "ggf.", "usw.", "d. h.", "u. a.", "evtl.", "ca.", "inkl.", "max.", "mind.", "Nr."] {
            if s.contains(abk) {
                fehler.push(format!("{k}: abbreviation '{abk}'"));
            }
        }
        if s.contains(';') {
            fehler.push(format!("{k}: semicolon"));
        }
        for satz in s.split(['.', '!', '?', ':']) {
            let woerter = satz.split_whitespace().filter(|w| !w.starts_with('{') && !w.starts_with('§')).count();
            if woerter > 15 {
                fehler.push(format!("{k}: {woerter} words in \"{}\"", satz.trim()));
            }
        }
    }
    assert!(fehler.is_empty(), "{}", fehler.join("\n"));
}

#[test]
fn amounts_typed_the_way_other_languages_write_them() {
    use wohncheck::eingabe::lesen::betrag;
    let cent = |t: &str| betrag(t, 100_000).map(|c| c.0);
    assert_eq!(cent("1,234.56"), Ok(123_456), "English");
    assert_eq!(cent("1 234,56"), Ok(123_456), "Polish, Ukrainian with a space");
    assert_eq!(cent("1\u{a0}234,56"), Ok(123_456), "with a no-break space");
    assert_eq!(cent("1\u{202f}234,56 €"), Ok(123_456), "with a narrow no-break space, as Intl writes it");
    assert_eq!(cent("1.234,56 TL"), Err(wohncheck::eingabe::lesen::Eingabefehler::KeineZahl), "another currency is not read as euros");
    assert_eq!(cent("١٬٢٣٤٫٥٦"), Ok(123_456), "Arabic-Indic digits and separators");
    assert_eq!(cent("٨٥٠"), Ok(85_000));
    assert_eq!(cent("۸۵۰ €"), Ok(85_000), "Persian digits, as many Arabic keyboards type them");
}

#[test]
fn dates_and_months_typed_in_other_languages() {
    use wohncheck::eingabe::lesen::{datum, monat};
    let d = |t: &str| datum(t).map(|d| d.to_string());
    assert_eq!(d("٣/٢/٢٠٢٦").as_deref(), Ok("2026-02-03"), "Arabic-Indic digits");
    assert_eq!(d("3.2.2026").as_deref(), Ok("2026-02-03"));
    for (text, m) in [("3 lutego 2026", 2), ("3 Şubat 2026", 2), ("3 şubat 2026", 2), ("3 лютого 2026", 2), ("3 februarie 2026", 2)] {
        assert_eq!(d(text), Ok(format!("2026-{m:02}-03")), "{text}");
    }
    let m = |t: &str| monat(t).map(|m| (m.jahr, m.monat));
    for text in ["luty 2026", "Luty 2026", "лютий 2026", "Лютий 2026", "Şubat 2026", "februarie 2026", "فبراير 2026", "February 2026"] {
        assert_eq!(m(text), Ok((2026, 2)), "{text}");
    }
    assert_eq!(m("lipiec 2026"), Ok((2026, 7)));
    assert_eq!(m("listopad 2026"), Ok((2026, 11)));
    assert_eq!(m("липень 2026"), Ok((2026, 7)));
    assert_eq!(m("листопад 2026"), Ok((2026, 11)));
}

/// The offices' notes, caveats and where-to-find sentences of every region file: every language
/// but German and English (whose texts are in the region data) translates each in its
/// `[region]` section, keyed by the German text; a key that is no longer a German text of the
/// region data is a stale translation.
#[test]
fn every_language_translates_the_region_texts() {
    let mut deutsche = BTreeSet::new();
    for datei in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/region")).unwrap() {
        let pfad = datei.unwrap().path();
        if pfad.extension().is_some_and(|e| e == "toml") {
            for stelle in lesen(&pfad)["offices"].as_array().unwrap() {
                for feld in ["note", "where_to_find", "caveat"] {
                    if let Some(t) = stelle.get(feld).and_then(|v| v.as_str()) {
                        deutsche.insert(t.to_string());
                    }
                }
            }
        }
    }
    assert!(deutsche.len() >= 10, "{deutsche:?}");
    for e in index().iter().filter(|e| e.code != "de" && e.code != "en") {
        let datei = lesen(&Path::new(LOCALES).join(format!("{}.toml", e.code)));
        let region = datei.get("region").and_then(|r| r.as_table()).unwrap_or_else(|| panic!("{}: no [region]", e.code));
        for d in &deutsche {
            let t = region.get(d).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{}: [region] has no translation of \"{d}\"", e.code));
            assert!(!t.trim().is_empty() && t != d, "{}: \"{d}\"", e.code);
        }
        for k in region.keys() {
            assert!(deutsche.contains(k), "{}: [region] \"{k}\" is not a text of the region data (changed?)", e.code);
        }
        // Right to left, a citation keeps its order only inside a left-to-right isolate
        // ("§ 22 Abs. 8" would show as "Abs. 8 22 §").
        for t in region.values().filter_map(|v| v.as_str()).filter(|_| e.rtl) {
            let mut tiefe = 0;
            for c in t.chars() {
                match c {
                    '\u{2066}' => tiefe += 1,
                    '\u{2069}' => tiefe -= 1,
                    '§' => assert!(tiefe > 0, "{}: § outside a left-to-right isolate: \"{t}\"", e.code),
                    _ => {}
                }
            }
        }
    }
}

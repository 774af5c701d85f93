//! Words for the rules' results in a language: the rules return codes and values,
//! the locale files (`sprachen`) hold the sentences. The command-line interface uses German,
//! the widget the visitor's language. `ergebnis/` writes the result page, one file per part.
//! May use the seam's `Beurteilung`, the answers as read and the region data; never computes
//! law and knows nothing of the web (the pages are tested natively).

pub mod html;
pub mod kontakt;
pub mod erklaerung;
pub mod ergebnis;

use crate::sprachen::{betrag, datum, fuellen, Texte};
use crate::rules::datum::Datum;
use crate::rules::geld::{Cent, WERT_MARKE};
use crate::rules::fristen::{Frist, Fristzustand};
use crate::rules::naechste_schritte::NaechsterSchritt;
use crate::rules::risiko::Faktor;
use crate::rules::schritt::Schritt;

/// A text by key; a missing key is a programming error the completeness test catches.
fn text(t: &Texte, key: &str) -> &'static str {
    t.get(key).unwrap_or("")
}

/// A value of the rules in the reader's language: amounts and dates come marked
/// (`Cent::wert`, `Datum::wert`), everything else as it is.
pub fn lokal(t: &Texte, wert: &str) -> String {
    let Some(rest) = wert.strip_prefix(WERT_MARKE) else { return wert.to_string() };
    match rest.split_at(rest.len().min(1)) {
        ("c", cent) => cent.parse().map(|c| betrag(t, Cent(c))).unwrap_or_default(),
        ("d", iso) => Datum::parse_iso(iso).map(|d| datum(t, d)).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Fills placeholders; a value starting with `@` is the key of another text, which is
/// filled with the same values (so "es fehlen {luecke}" works inside a result).
fn fuellen_mit(t: &Texte, vorlage: &str, werte: &[(&'static str, String)]) -> String {
    let werte: Vec<(&'static str, String)> = werte.iter().map(|(k, v)| (*k, lokal(t, v))).collect();
    let werte = &werte[..];
    let einfach: Vec<(&str, &str)> = werte.iter().filter(|(_, v)| !v.starts_with('@')).map(|(k, v)| (*k, v.as_str())).collect();
    let aufgeloest: Vec<(&str, String)> = werte
        .iter()
        .map(|(k, v)| (*k, v.strip_prefix('@').map(|key| fuellen(text(t, key), &einfach)).unwrap_or_else(|| v.clone())))
        .collect();
    let paare: Vec<(&str, &str)> = aufgeloest.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fuellen(vorlage, &paare)
}

/// Requirement, the household's value and the result of a deciding step.
pub fn erklaerung(t: &Texte, s: &Schritt) -> (String, String, String) {
    let teil = |was: &str| fuellen_mit(t, text(t, &format!("erklaerung_{}_{was}", s.code)), &s.werte);
    (teil("anforderung"), teil("wert"), teil("ergebnis"))
}

pub fn faktor(t: &Texte, f: &Faktor) -> String {
    fuellen_mit(t, text(t, &format!("risiko_{}", f.code)), &f.werte)
}

pub fn frist_regel(t: &Texte, f: &Frist) -> String {
    fuellen_mit(t, text(t, &format!("frist_regel_{}", f.art.code())), &f.regel_werte)
}

pub fn frist_hinweise(t: &Texte, f: &Frist) -> String {
    f.hinweise
        .iter()
        .map(|h| {
            let werte: Vec<(&'static str, String)> = h
                .werte
                .iter()
                .map(|(k, v)| if *k == "tag" { (*k, format!("@frist_tag_{v}")) } else { (*k, v.clone()) })
                .collect();
            fuellen_mit(t, text(t, &format!("frist_hinweis_{}", h.code)), &werte)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn bis(t: &Texte, frist: Option<(Option<Datum>, Fristzustand)>) -> String {
    match frist {
        Some((Some(d), Fristzustand::Offen { tage_uebrig: 0 })) => fuellen(t.schritt_bis_heute, &[("datum", &datum(t, d))]),
        Some((Some(d), Fristzustand::Offen { tage_uebrig: 1 })) => fuellen(t.schritt_bis_ein_tag, &[("datum", &datum(t, d))]),
        Some((Some(d), Fristzustand::Offen { tage_uebrig })) => {
            fuellen(t.schritt_bis, &[("datum", &datum(t, d)), ("tage", &tage_uebrig.to_string())])
        }
        _ => t.schritt_sofort.to_string(),
    }
}

/// The step's sentence as the command line's contract gives it (the phone number as in the region data).
pub fn schritt_text(t: &Texte, s: &NaechsterSchritt) -> String {
    schritt_fuellen(t, s, s.werte.clone())
}

/// The step's sentence on a page: its phone number never breaks between its groups on a narrow
/// phone, and in a right-to-left language its groups keep their order (bidi isolation).
pub fn schritt_text_seite(t: &Texte, s: &NaechsterSchritt) -> String {
    let mut werte = Vec::with_capacity(s.werte.len() + 1);
    for (k, v) in &s.werte {
        werte.push((*k, if *k == "telefon" { crate::sprachen::telefon(t, v) } else { v.clone() }));
    }
    schritt_fuellen(t, s, werte)
}

fn schritt_fuellen(t: &Texte, s: &NaechsterSchritt, mut werte: Vec<(&'static str, String)>) -> String {
    werte.push(("bis", bis(t, s.frist)));
    fuellen_mit(t, text(t, &format!("schritt_{}_text", s.code)), &werte)
}

pub fn schritt_warum(t: &Texte, s: &NaechsterSchritt) -> String {
    fuellen_mit(t, text(t, &format!("schritt_{}_warum", s.code)), &s.werte)
}

pub fn bedingung(t: &Texte, code: &str) -> &'static str {
    text(t, &format!("bedingung_{code}"))
}

pub fn unterlagen(t: &Texte, s: &NaechsterSchritt) -> Vec<&'static str> {
    s.unterlagen.iter().map(|u| text(t, &format!("unterlagen_{u}"))).collect()
}

#[cfg(test)]
mod tests {
    use crate::sprachen::SPRACHEN;
    use crate::rules::fristen::Fristart;
    use crate::rules::naechste_schritte::{CODES, UNTERLAGEN};

    /// Every code the rules can produce has its words in every registered language.
    #[test]
    fn every_code_has_its_text_in_every_language() {
        let risiko = [
            "raeumungstermin", "urteil", "raeumungsklage", "kuendigung_nicht_heilbar", "kuendigung_ordentlich", "kuendigung_fristlos",
            "kuendigung_fristlos_vorbei", "kuendigung_unbekannt", "rueckstand_fristlos", "rueckstand_monatsmiete", "rueckstand", "mahnung", "miete_nicht_tragbar", "energiesperre",
            "andere_schulden", "schock_jobverlust", "schock_krankheit", "schock_trennung", "schock_tod", "eigenbedarf", "modernisierung",
            "mieterhoehung", "zwangsversteigerung", "uebernahme_jobcenter", "uebernahme_sozialamt", "kein_kontakt", "keine_gefahr",
        ];
        let hinweise = [
            "schonfrist_gesperrt", "schonfrist_zeit", "schonfrist_vorbei", "ordentlich_nicht_geheilt", "anzeige_vorbei", "umschlag",
            "widerspruch_mietende", "kuendigungsdatum_unbekannt", "raeumungsfrist_verhandlung", "raeumungsfrist_verlaengerung",
            "kein_termin", "termin", "vollstreckung_vorbei", "paragraph_193", "warten_sie_nicht", "nur_wenn_fristlos",
            "nur_wenn_ordentlich", "schonfrist_nach_urteil",
        ];
        let arten = [Fristart::Schonfrist, Fristart::Verteidigungsanzeige, Fristart::Widerspruch, Fristart::Raeumungsfrist, Fristart::Vollstreckungsschutz];
        for s in SPRACHEN {
            let t = s.texte();
            let mut keys: Vec<String> = risiko.iter().map(|c| format!("risiko_{c}")).collect();
            keys.extend(hinweise.iter().map(|c| format!("frist_hinweis_{c}")));
            keys.extend(arten.iter().map(|a| format!("frist_regel_{}", a.code())));
            keys.extend(CODES.iter().flat_map(|c| [format!("schritt_{c}_text"), format!("schritt_{c}_warum")]));
            keys.extend(UNTERLAGEN.iter().map(|u| format!("unterlagen_{u}")));
            keys.extend(["erhaltenswert", "tragbar", "vermoegen_zuerst", "kein_titel"].map(|b| format!("bedingung_{b}")));
            keys.extend(crate::rules::schritt::CODES.iter().flat_map(|c| ["anforderung", "wert", "ergebnis"].map(|w| format!("erklaerung_{c}_{w}"))));
            for k in keys {
                assert!(t.get(&k).is_some_and(|x| !x.is_empty()), "{}: {k}", s.code);
            }
        }
    }
}

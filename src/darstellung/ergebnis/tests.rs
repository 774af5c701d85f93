//! The result page read natively: every section there, typed text escaped, the law's state
//! said once near the top, numbers and dates in the reader's language.

use super::*;
use crate::darstellung::html::Html;
use crate::eingabe::antworten::{JaNein, Lohnart};
use crate::rules::fristen::{Frist, Fristzustand};
use crate::eingabe::antworten::Anlass;
use crate::eingabe::situation::auswerten;
use crate::sprachen::SPRACHEN;
use crate::region::{region, STANDARD_REGION};
use crate::rules::datum::Datum;

fn antworten() -> Antworten {
    let mut a = Antworten { anlass: Anlass::Kuendigung, kaltmiete: "650".into(), heizkosten: "90".into(), rueckstand: "1400".into(), ..Antworten::default() };
    a.rueckstand_seit = "9.2026".into();
    a.erwachsene[0].alter = "40".into();
    a.gemeinde = "<img src=x onerror=alert(1)>".into();
    a.kaltmiete = "650".into();
    a
}

/// The result page as the widget writes it in the language `code` (German without a second
/// German summary for print).
fn seite(code: &str, r: Option<&Beurteilung>, a: &Antworten) -> String {
    let region = region(STANDARD_REGION).unwrap();
    ergebnis(crate::sprachen::sprache(code).texte(), code == "de", r, a, &crate::eingabe::gelesen::Gelesen::aus(a), region)
}

#[test]
fn result_page_has_every_section_and_escapes_what_was_typed() {
    let region = region(STANDARD_REGION).unwrap();
    let a = antworten();
    let r = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
    let html = seite("de", Some(&r), &a);
    for testid in ["stufe", "faktoren", "fristen", "regime", "kontaktkarte", "angaben", "rechtsstand", "schritte-today"] {
        assert!(html.contains(&format!("data-testid=\"{testid}\"")), "{testid} missing");
    }
    assert!(!html.contains("<img"), "typed text must be escaped");
    assert!(!html.contains("recht-unbekannt"));
    // Balanced: as many closing as opening tags of each kind that has content.
    for tag in ["section", "ul", "ol", "li", "p", "details", "table", "tr", "td", "div", "dl"] {
        assert_eq!(html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count(), html.matches(&format!("</{tag}>")).count(), "{tag}");
    }
}

#[test]
fn unknown_law_still_shows_contact_and_answers() {
    let region = region(STANDARD_REGION).unwrap();
    let html = seite("de", None, &antworten());
    assert!(html.contains("recht-unbekannt") && html.contains("kontaktkarte") && html.contains("angaben"));
    assert!(html.contains(&region.beratungsstelle().telefon.unwrap().replace(' ', "\u{a0}")), "the number unbroken");
}

/// The offices' notes, caveats and where-to-find sentences in the card's language: German in
/// German, the data's English text in English, the language file's translation in every other
/// language (Leichte Sprache included), never the English fallback there.
#[test]
fn office_notes_in_the_cards_language() {
    let region = region(STANDARD_REGION).unwrap();
    let maskiert = |s: &str| { let mut h = Html::neu(); h.text(s); h.fertig() };
    let paare: Vec<(&str, &str)> = region
        .stellen
        .iter()
        .flat_map(|s| [(s.hinweis, s.hinweis_en), (s.wo_finden, s.wo_finden_en), (s.vorbehalt, s.vorbehalt_en)])
        .filter_map(|(de, en)| Some((de?, en.expect("the build asks for the English text"))))
        .collect();
    assert!(paare.len() >= 10, "the region data has notes");
    for sprache in SPRACHEN {
        let mut h = Html::neu();
        for s in region.stellen {
            kontaktkarte(&mut h, sprache.texte(), s);
        }
        let karten = h.fertig();
        for (de, en) in &paare {
            let (de, en) = (maskiert(de), maskiert(en));
            match sprache.code {
                "de" => assert!(karten.contains(&de), "{de}"),
                "en" => assert!(karten.contains(&en) && !karten.contains(&de), "{en}"),
                // Leichte Sprache may repeat a short German note inside its longer one.
                c => assert!(!karten.contains(&en) && (c.starts_with("de") || !karten.contains(&de)), "{c}: {de}"),
            }
        }
    }
}

#[test]
fn provisional_law_is_said_once_near_the_top_in_every_language() {
    let region = region(STANDARD_REGION).unwrap();
    let a = antworten();
    let heute = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
    let html = seite("de", Some(&heute), &a);
    assert!(!html.contains("data-testid=\"vorlaeufig\""), "all verified on 25.11.2026");
    assert!(html.contains("data-testid=\"rechtsstand-gebiete\""));
    let jan = auswerten(&a, region, Datum::ymd(2027, 1, 12)).unwrap();
    for sprache in SPRACHEN {
        let html = seite(sprache.code, Some(&jan), &a);
        assert_eq!(html.matches("data-testid=\"vorlaeufig\"").count(), 1, "{}", sprache.code);
        let kasten = html.find("data-testid=\"vorlaeufig\"").unwrap();
        // Near the top: after "Heute zu tun" and the risk (issue 12), before every detail.
        assert!(kasten < html.find("data-testid=\"teil-fristen\"").unwrap(), "before the details");
        assert!(kasten > html.find("data-testid=\"stufe\"").unwrap(), "after the risk");
        for code in ["mietrecht", "wohngeld", "grundsicherung", "familie", "lohnsteuer", "sozialversicherung"] {
            assert!(html.contains(&format!("data-gebiet=\"{code}\" data-zustand=\"provisional\"")), "{code}");
        }
        assert!(html.contains("2027") && html.contains("BT-Drs. 21/8284") && html.contains("BT-Drs. 21/6807"));
        // Risk, deadlines and steps stay.
        assert!(html.contains("data-testid=\"fristen\"") && html.contains("data-testid=\"schritte-"));
    }
    let de = seite("de", Some(&jan), &a);
    assert!(de.contains("Die Regelbedarfe für 2027 sind noch nicht veröffentlicht. Gerechnet wird mit den Beträgen von 2026"), "{de}");
    assert!(de.contains("Für 2027 sind noch nicht alle Beträge beschlossen: Wohngeld, Bürgergeld und Sozialhilfe, Kindergeld und Kinderzuschlag, Lohnsteuer, Sozialabgaben."));
    // On 2 December 2026 only the tenancy check date is said, in one sentence.
    let dez = auswerten(&a, region, Datum::ymd(2026, 12, 2)).unwrap();
    let html = seite("de", Some(&dez), &a);
    assert!(html.contains("Die Fristen folgen dem Mietrecht, wie wir es am 1.12.2026 geprüft haben.</p>"), "{html}");
    assert!(!html.contains("nicht alle Beträge"));
}

#[test]
fn beyond_the_horizon_amounts_are_unknown_but_deadlines_stay() {
    let region = region(STANDARD_REGION).unwrap();
    let mut a = antworten();
    a.anlass = Anlass::Gericht;
    a.klage_am = "20.1.2028".into();
    let r = auswerten(&a, region, Datum::ymd(2028, 2, 1)).unwrap();
    let html = seite("de", Some(&r), &a);
    assert!(html.contains("data-testid=\"keine-betraege\""));
    assert!(html.contains("Wohngeld") && html.contains("data-testid=\"frist-verteidigungsanzeige\""));
    assert!(html.contains("data-zustand=\"unknown\""));
    assert!(html.contains(&region.beratungsstelle().telefon.unwrap().replace(' ', "\u{a0}")), "the number unbroken");
}

#[test]
fn the_planned_tenancy_change_is_a_note_on_the_ordentliche_kuendigung() {
    let region = region(STANDARD_REGION).unwrap();
    let mut a = antworten();
    a.kuendigung = JaNein::Ja;
    a.kuendigungsart = crate::eingabe::antworten::Kuendigungsart::Ordentlich;
    let r = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
    let html = seite("de", Some(&r), &a);
    assert!(html.contains("data-testid=\"geplant\""));
    assert!(html.contains("Geplant, noch nicht in Kraft") && html.contains("BT-Drs. 21/6807"));
}

#[test]
fn english_reads_as_english_numbers_and_dates() {
    let region = region(STANDARD_REGION).unwrap();
    let mut a = antworten();
    a.anlass = Anlass::Gericht;
    a.klage_am = "15.11.2026".into();
    a.rueckstand = "2100".into();
    a.erwachsene[0].lohnart = Lohnart::Brutto;
    a.erwachsene[0].lohn = "1.600".into();
    let r = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
    let en = seite("en", Some(&r), &a);
    let de = seite("de", Some(&r), &a);
    // The same deadline and the same arrears, written the way each language writes them.
    assert!(en.contains("29 November 2026") && de.contains("29.11.2026"));
    assert!(en.contains("2,100\u{a0}€") && de.contains("2.100\u{a0}€"), "{en}");
    // No German date or amount left in the English page (the answers as typed are the user's own).
    let ohne_angaben = en.split("data-testid=\"angaben\"").next().unwrap();
    let deutsches_datum = ohne_angaben.as_bytes().windows(10).any(|w| {
        let s = std::str::from_utf8(w).unwrap_or("");
        s.ends_with(".2026") && s.chars().filter(|c| *c == '.').count() == 2 && s.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '>')
    });
    assert!(!deutsches_datum, "German date in: {ohne_angaben}");
    assert!(!ohne_angaben.contains(",00\u{a0}€") && !ohne_angaben.contains(".600\u{a0}€"));
}

#[test]
fn one_day_left_is_singular() {
    use crate::rules::fristen::Fristart;
    let f = Frist {
        art: Fristart::Verteidigungsanzeige,
        datum: Some(Datum::ymd(2026, 11, 26)),
        verschoben_auf: None,
        zustand: Fristzustand::Offen { tage_uebrig: 1 },
        norm: "§ 276 Abs. 1 ZPO",
        regel_werte: vec![],
        hinweise: vec![],
    };
    assert!(fristzeile(SPRACHEN[0].texte(), &f).ends_with("noch 1 Tag"));
    assert!(fristzeile(crate::sprachen::sprache("en").texte(), &f).ends_with("1 day left"));
    let zwei = Frist { zustand: Fristzustand::Offen { tage_uebrig: 2 }, ..f };
    assert!(fristzeile(SPRACHEN[0].texte(), &zwei).ends_with("noch 2 Tage"));
}

/// The call in the steps: on a page the number is one unbroken piece, kept left to right inside
/// Arabic; the command line's step text keeps the number as the region data writes it.
#[test]
fn phone_number_in_the_call_step_is_unbroken_and_in_order() {
    let region = region(STANDARD_REGION).unwrap();
    let a = antworten();
    let r = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
    let nummer = region.beratungsstelle().telefon.unwrap();
    let anruf = r.schritte.iter().find(|s| s.code == "anrufen").expect("the call is a step");
    let de = SPRACHEN[0].texte();
    assert!(crate::darstellung::schritt_text(de, anruf).contains(nummer), "the contract's text");
    assert!(crate::darstellung::schritt_text_seite(de, anruf).contains(&nummer.replace(' ', "\u{a0}")));
    let isoliert = format!("\u{2066}{}\u{2069}", nummer.replace(' ', "\u{a0}"));
    let html = seite("ar", Some(&r), &a);
    let schritt = &html[html.find("data-schritt=\"anrufen\"><p><strong>").expect("the call in the list of steps")..];
    assert!(schritt[..schritt.find("</li>").unwrap()].contains(&isoliert), "{schritt:.300}");
}

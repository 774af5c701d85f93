//! The form as data: every text exists, ids are unique, answers read back, questions appear
//! when the answers need them, errors name the problem.

use super::*;
use crate::sprachen::SPRACHEN;
use crate::eingabe::lesen::Eingabefehler;

fn alle(teile: &[Teil], aus: &mut Vec<Teil>) {
    for t in teile {
        aus.push(t.clone());
        match t {
            Teil::Gruppe { teile, .. } | Teil::Wenn(_, teile) => alle(teile, aus),
            Teil::JeKind(v) => aus.push(kind_teile(*v, 0)),
            _ => {}
        }
    }
}

fn jedes_teil() -> Vec<Teil> {
    let mut aus = Vec::new();
    for s in SCHRITTE {
        alle(&teile(s), &mut aus);
    }
    aus
}

#[test]
fn every_text_key_of_the_form_exists_in_every_language() {
    let heute = Datum::ymd(2026, 11, 25);
    for s in SPRACHEN {
        let t = s.texte();
        let gibt = |k: &str| assert!(t.get(k).is_some_and(|x| !x.is_empty()), "{}: {k}", s.code);
        for schritt in SCHRITTE {
            gibt(schritt.titel());
        }
        for teil in jedes_teil() {
            match teil {
                Teil::Warum(k) | Teil::Absatz { key: k, .. } | Teil::Haken { text: k, .. } => gibt(k),
                Teil::Eingabe { label, hinweis, .. } => {
                    assert!(!label.fuer(t, heute).is_empty());
                    hinweis.into_iter().for_each(gibt);
                }
                Teil::Wahl { frage, optionen, .. } => {
                    gibt(frage);
                    optionen.iter().for_each(|k| gibt(k));
                }
                Teil::Gruppe { legende, .. } => assert!(!legende.fuer(t, heute).is_empty()),
                _ => {}
            }
        }
    }
}

#[test]
fn ids_are_unique_within_a_step() {
    for s in SCHRITTE {
        let mut aus = Vec::new();
        alle(&teile(s), &mut aus);
        let mut ids: Vec<String> = aus
            .iter()
            .filter_map(|t| match t {
                Teil::Eingabe { id, .. } | Teil::Haken { id, .. } | Teil::Wahl { name: id, .. } => Some(id.clone()),
                _ => None,
            })
            .collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "{s:?}");
    }
}

#[test]
fn every_field_reads_back_what_was_stored() {
    let mut a = Antworten::default();
    a.setze(Feld::Paar, "1");
    a.kinder.push(Default::default());
    for teil in jedes_teil() {
        match teil {
            Teil::Eingabe { feld, .. } => {
                a.setze(feld, "12,50 €");
                assert_eq!(a.wert(feld), "12,50 €", "{feld:?}");
            }
            Teil::Wahl { feld, optionen, .. } => {
                for i in 0..optionen.len() {
                    a.setze(feld, &i.to_string());
                    assert_eq!(a.wert(feld), i.to_string(), "{feld:?}");
                }
                a.setze(feld, "99");
                assert_eq!(a.wert(feld), (optionen.len() - 1).to_string(), "out of range is ignored");
            }
            Teil::Haken { feld, .. } => {
                a.setze(feld, "ja");
                assert_eq!(a.wert(feld), "ja");
                a.setze(feld, "");
                assert_eq!(a.wert(feld), "");
            }
            _ => {}
        }
    }
    a.setze(Feld::Paar, "0");
    assert_eq!(a.erwachsene.len(), 1);
    assert_eq!(Antworten::default().wert(Feld::Kuendigungsart), "3", "don't know is preselected");
    assert_eq!(Antworten::default().wert(Feld::Mahnung), "", "yes/no starts open");
}

#[test]
fn questions_appear_as_the_answers_need_them() {
    let mut a = Antworten::default();
    assert!(!Bedingung::Gekuendigt.gilt(&a, &Gelesen::aus(&a)) && !Bedingung::Akut.gilt(&a, &Gelesen::aus(&a)) && Bedingung::KuendigungFragen.gilt(&a, &Gelesen::aus(&a)));
    a.setze(Feld::Anlass, "2");
    assert!(Bedingung::Gekuendigt.gilt(&a, &Gelesen::aus(&a)) && !Bedingung::KuendigungFragen.gilt(&a, &Gelesen::aus(&a)) && Bedingung::KlageFragen.gilt(&a, &Gelesen::aus(&a)));
    a.setze(Feld::Anlass, "3");
    assert!(Bedingung::Akut.gilt(&a, &Gelesen::aus(&a)) && Bedingung::AnlassGericht.gilt(&a, &Gelesen::aus(&a)) && Bedingung::Geklagt.gilt(&a, &Gelesen::aus(&a)) && Bedingung::FristFragen.gilt(&a, &Gelesen::aus(&a)));
    assert!(!Bedingung::Verurteilt.gilt(&a, &Gelesen::aus(&a)));
    a.setze(Feld::Urteil, "0");
    assert!(Bedingung::Verurteilt.gilt(&a, &Gelesen::aus(&a)));
    a.setze(Feld::Lohnart(0), "2");
    assert!(Bedingung::MitLohn(0).gilt(&a, &Gelesen::aus(&a)) && !Bedingung::MitLohn(1).gilt(&a, &Gelesen::aus(&a)));
}

/// Issue 13: "Haben Sie Kinder?" only where the care surcharge for the childless can apply:
/// an adult of 23 or more (or age not given) with a wage or a pension, no child in the flat.
#[test]
fn the_children_question_only_where_it_matters() {
    let mut a = Antworten::default();
    assert!(!Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "no income");
    a.setze(Feld::Rente(0), "1.200");
    assert!(Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "a pension, age not given");
    a.setze(Feld::Alter(0), "22");
    assert!(!Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "below 23");
    a.setze(Feld::Alter(0), "23");
    assert!(Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)));
    a.setze(Feld::Rente(0), "");
    a.setze(Feld::Lohnart(0), "1");
    assert!(Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "a wage");
    assert!(!Bedingung::KinderFrage(1).gilt(&a, &Gelesen::aus(&a)), "no partner");
    a.setze(Feld::HatKinder(0), "0");
    assert_eq!(a.erwachsene[0].hat_kinder, crate::eingabe::antworten::JaNein::Ja);
    a.kinder.push(Default::default());
    assert!(!Bedingung::KinderFrage(0).gilt(&a, &Gelesen::aus(&a)), "a child lives in the flat");
}

#[test]
fn errors_name_the_problem_and_empty_is_fine() {
    let t = SPRACHEN[0].texte();
    let mut a = Antworten::default();
    assert_eq!(fehler(&Gelesen::aus(&a), Feld::Kaltmiete, t), None);
    a.setze(Feld::Kaltmiete, "abc");
    assert_eq!(fehler(&Gelesen::aus(&a), Feld::Kaltmiete, t).as_deref(), Some(t.fehler_keine_zahl));
    a.setze(Feld::Kaltmiete, "500");
    a.setze(Feld::RueckstandMonat(5), "800");
    assert_eq!(fehler(&Gelesen::aus(&a), Feld::RueckstandMonat(5), t).as_deref(), Some(t.fehler_mehr_als_miete));
    a.setze(Feld::RueckstandSeit, "irgendwann");
    assert_eq!(fehler(&Gelesen::aus(&a), Feld::RueckstandSeit, t).as_deref(), Some(t.fehler_kein_monat));
    a.setze(Feld::Alter(0), "200");
    assert_eq!(fehler(&Gelesen::aus(&a), Feld::Alter(0), t).as_deref(), Some(t.fehler_alter));
    a.kinder.push(Default::default());
    a.setze(Feld::KindAlter(0), "19");
    assert_eq!(fehler(&Gelesen::aus(&a), Feld::KindAlter(0), t).as_deref(), Some(t.fehler_kind_alter));
    // Moved from the reading of amounts: the limit in the message, written the language's way.
    assert!(meldung(t, Eingabefehler::ZuGross { hoechstens_euro: 10_000 }, false).contains("10.000"));
}

#[test]
fn month_labels_count_back_from_the_last_rent_due() {
    let t = SPRACHEN[0].texte();
    let heute = Datum::ymd(2026, 11, 25);
    assert!(Text::Monat("rueckstand_monat", 0).fuer(t, heute).contains("November 2026"));
    assert!(Text::Monat("rueckstand_monat", 5).fuer(t, heute).contains("Juni 2026"));
}

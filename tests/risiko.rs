//! Risk levels, deadlines and next steps through the command-line contract, and the
//! property that risk never falls when the proceedings advance or the arrears grow.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use wohncheck::rules::datum::Datum;
use wohncheck::rules::fristen::Verfahrensstand;
use wohncheck::rules::geld::Cent;
use wohncheck::rules::risiko::{bewerte_risiko, Lage};

fn zeile(situation: &str, datum: &str) -> serde_json::Value {
    let eingabe = format!(
        r#"{{"id": "r", "date": "{datum}", "municipality": "Groß-Gerau", "members": [{{"age": 38, "net_wage": 1100}}, {{"age": 8}}], "rent_gross_cold": 650, "heating": 90, "situation": {situation}}}"#
    );
    let (antwort, ok) = wohncheck::vertrag::verarbeite_zeile(&eingabe);
    assert!(ok, "{antwort}");
    serde_json::from_str(&antwort).unwrap()
}

#[test]
fn nothing_wrong_is_low_risk_calm_and_still_names_the_office() {
    let r = zeile("{}", "2026-11-25");
    assert_eq!(r["risk"]["level"], "gering");
    assert_eq!(r["deadlines"].as_array().unwrap().len(), 0);
    // No risk, no task (issue 12): the office is the contact, not a call to make this week.
    let schritte = r["next_steps"].as_array().unwrap();
    assert!(!schritte.iter().any(|s| s["code"] == "anrufen" || s["when"] == "today"), "{schritte:?}");
    let kontakte = r["contacts"].as_array().unwrap();
    assert!(kontakte.iter().any(|k| k["role"] == "wohnungssicherung" && k["phone"] == "06152 8058624"));
}

#[test]
fn served_suit_is_acute_with_dated_deadlines_and_the_phone_first() {
    let r = zeile(r#"{"arrears": 1480, "notice": "fristlos", "suit_served_on": "2026-11-10"}"#, "2026-11-25");
    assert_eq!(r["risk"]["level"], "akut");
    let fristen = r["deadlines"].as_array().unwrap();
    let schon = fristen.iter().find(|f| f["kind"] == "schonfrist").unwrap();
    assert_eq!(schon["date"], "2027-01-10");
    // 10 January 2027 is a Sunday: § 193 BGB only as a note.
    assert_eq!(schon["extended_to"], "2027-01-11");
    assert_eq!(schon["state"], "open");
    let anzeige = fristen.iter().find(|f| f["kind"] == "verteidigungsanzeige").unwrap();
    assert_eq!(anzeige["date"], "2026-11-24");
    assert_eq!(anzeige["state"], "passed");
    let schritte = r["next_steps"].as_array().unwrap();
    assert!(schritte[0]["text"].as_str().unwrap().contains("06152 8058624"), "{}", schritte[0]);
    assert!(schritte.iter().any(|s| s["text"].as_str().unwrap().contains("vor dem 10.1.2027")));
}

#[test]
fn ordinary_notice_warns_that_paying_may_not_cure() {
    let r = zeile(r#"{"arrears": 900, "notice": "ordentlich", "notice_received_on": "2026-11-02"}"#, "2026-11-25");
    assert_eq!(r["risk"]["level"], "hoch");
    let faktoren = r["risk"]["factors"].as_array().unwrap();
    assert!(faktoren.iter().any(|f| f["code"] == "kuendigung_ordentlich" && f["text"].as_str().unwrap().contains("nicht unwirksam")));
    let w = r["deadlines"].as_array().unwrap().iter().find(|f| f["kind"] == "widerspruch").unwrap().clone();
    // Notice by the 3rd working day of November: tenancy ends 31 January 2027, objection by 30 November 2026.
    assert_eq!(w["date"], "2026-11-30");
}

#[test]
fn unknown_service_date_says_do_not_wait() {
    let r = zeile(r#"{"notice": "fristlos", "suit_served": true}"#, "2026-11-25");
    let schon = r["deadlines"].as_array().unwrap().iter().find(|f| f["kind"] == "schonfrist").unwrap().clone();
    assert_eq!(schon["state"], "unknown");
    assert!(schon["date"].is_null());
    assert!(schon["note"].as_str().unwrap().contains("Warten Sie nicht"));
}

#[test]
fn bad_situation_values_name_the_field() {
    let (a, ok) = wohncheck::vertrag::verarbeite_zeile(
        r#"{"id": 1, "date": "2026-11-25", "mietstufe": 5, "members": [{"age": 30}], "rent_gross_cold": 500, "situation": {"shocks": ["meteor"]}}"#,
    );
    assert!(!ok);
    assert!(a.contains("situation.shocks[0]"), "{a}");
}

fn stufe_von(v: &Verfahrensstand, rueckstand: i64) -> wohncheck::rules::risiko::Stufe {
    let l = Lage { verfahren: v.clone(), rueckstand: Some(Cent::euro(rueckstand)), monatsmiete: Cent::euro(740), ..Default::default() };
    bewerte_risiko(&l, Datum::ymd(2026, 11, 25)).unwrap().stufe
}

/// The stages in the order the proceedings advance.
fn stadium(n: u8, fristlos: bool, ordentlich: bool) -> Verfahrensstand {
    let mut v = Verfahrensstand::default();
    if n >= 1 {
        v.kuendigung_fristlos = fristlos || !ordentlich;
        v.kuendigung_ordentlich = ordentlich;
    }
    if n >= 2 {
        v.klage_zugestellt = true;
    }
    if n >= 3 {
        v.urteil = true;
    }
    if n >= 4 {
        v.raeumungstermin = Some(Datum::ymd(2027, 1, 15));
    }
    v
}

proptest! {
    #[test]
    fn risk_never_falls_when_the_stage_advances(n in 0u8..4, fristlos in any::<bool>(), ordentlich in any::<bool>(), r in 0i64..5000) {
        prop_assert!(stufe_von(&stadium(n + 1, fristlos, ordentlich), r) >= stufe_von(&stadium(n, fristlos, ordentlich), r));
    }

    #[test]
    fn risk_never_falls_when_arrears_grow(n in 0u8..5, fristlos in any::<bool>(), ordentlich in any::<bool>(), r in 0i64..5000, mehr in 0i64..3000) {
        let v = stadium(n, fristlos, ordentlich);
        prop_assert!(stufe_von(&v, r + mehr) >= stufe_von(&v, r));
    }
}

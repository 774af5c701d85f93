//! The stage model and the one urgency order (issue 12): running deadlines by date first, then
//! undated ones that still matter, then passed ones; advice that fits the stage reached; an
//! unknown kind of notice stays unknown. Table tests through the command-line contract, on the
//! days around each deadline.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use wohncheck::rules::datum::Datum;

fn zeile(situation: &str, datum: Datum) -> Value {
    let eingabe = format!(
        r#"{{"id": "s", "date": "{datum}", "municipality": "Raunheim", "members": [{{"age": 32, "gross_wage": 1600}}, {{"age": 4}}, {{"age": 9}}], "rent_gross_cold": 780, "heating": 110, "situation": {situation}}}"#
    );
    let (antwort, ok) = wohncheck::vertrag::verarbeite_zeile(&eingabe);
    assert!(ok, "{antwort}");
    serde_json::from_str(&antwort).unwrap()
}

fn arten(r: &Value) -> Vec<(String, String)> {
    r["deadlines"].as_array().unwrap().iter().map(|f| (f["kind"].as_str().unwrap().into(), f["state"].as_str().unwrap().into())).collect()
}

fn schritte(r: &Value) -> Vec<String> {
    r["next_steps"].as_array().unwrap().iter().map(|s| s["code"].as_str().unwrap().into()).collect()
}

fn paare(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

/// The single mother: suit served on 2 November 2026, both kinds of notice.
const KLAGE: &str = r#"{"arrears": 2100, "notice": "both", "suit_served_on": "2026-11-02"}"#;

#[test]
fn suit_served_ten_days_ago_the_answer_to_the_court_comes_first() {
    let zugestellt = Datum::ymd(2026, 11, 2);
    // (day, expected order of deadlines, days left of the first)
    let faelle: Vec<(Datum, Vec<(&str, &str)>, Option<i64>)> = vec![
        // Ten days after service: the Verteidigungsanzeige (16 Nov) before the Schonfrist (2 Jan).
        (zugestellt.plus_tage(10), vec![("verteidigungsanzeige", "open"), ("schonfrist", "open"), ("widerspruch", "unknown"), ("raeumungsfrist", "unknown")], Some(4)),
        // The day before, the day of, and the day after the Verteidigungsanzeige.
        (zugestellt.plus_tage(13), vec![("verteidigungsanzeige", "open"), ("schonfrist", "open"), ("widerspruch", "unknown"), ("raeumungsfrist", "unknown")], Some(1)),
        (zugestellt.plus_tage(14), vec![("verteidigungsanzeige", "open"), ("schonfrist", "open"), ("widerspruch", "unknown"), ("raeumungsfrist", "unknown")], Some(0)),
        (zugestellt.plus_tage(15), vec![("schonfrist", "open"), ("widerspruch", "unknown"), ("raeumungsfrist", "unknown"), ("verteidigungsanzeige", "passed")], Some(46)),
        // Around the end of the Schonfrist (2 January 2027).
        (Datum::ymd(2027, 1, 1), vec![("schonfrist", "open"), ("widerspruch", "unknown"), ("raeumungsfrist", "unknown"), ("verteidigungsanzeige", "passed")], Some(1)),
        (Datum::ymd(2027, 1, 3), vec![("widerspruch", "unknown"), ("raeumungsfrist", "unknown"), ("verteidigungsanzeige", "passed"), ("schonfrist", "passed")], None),
    ];
    for (tag, erwartet, tage) in faelle {
        let r = zeile(KLAGE, tag);
        assert_eq!(arten(&r), paare(&erwartet), "{tag}");
        assert_eq!(r["deadlines"][0]["days_left"].as_i64(), tage, "{tag}");
        assert_eq!(r["stage"], "suit");
        // Heute zu tun: the nearest running deadline, the call, the application that matters most.
        let heute: Vec<&str> = r["today"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
        assert!(heute.len() <= 3 && heute.contains(&"anrufen"), "{tag}: {heute:?}");
        match erwartet[0] {
            ("verteidigungsanzeige", "open") => assert_eq!(heute[0], "verteidigung", "{tag}"),
            ("schonfrist", "open") => assert!(heute[0].starts_with("schonfrist_"), "{tag}: {heute:?}"),
            _ => assert_eq!(heute[0], "anrufen", "{tag}: no running deadline, the call comes first"),
        }
        // Before the judgment the Räumungsfrist is asked for in the hearing, never "as soon as possible".
        assert!(schritte(&r).contains(&"raeumungsfrist_beantragen".to_string()), "{tag}");
        assert!(!schritte(&r).iter().any(|s| s == "vereinbarung" || s == "raeumungsvergleich"), "{tag}");
    }
    // Once the Schonfrist has passed, nothing advises what can no longer work.
    let spaet = zeile(KLAGE, Datum::ymd(2027, 1, 3));
    assert!(!schritte(&spaet).iter().any(|s| s.starts_with("schonfrist_")), "{:?}", schritte(&spaet));
    let faktoren = spaet["risk"]["factors"].as_array().unwrap();
    assert!(faktoren.iter().any(|f| f["code"] == "kuendigung_fristlos_vorbei"));
    assert!(!faktoren.iter().any(|f| f["code"] == "kuendigung_fristlos"), "never 'it can still lapse' after the Schonfrist");
}

/// The disabled tenant: judgment and an eviction date on 20 January 2027; suit served in August.
const TERMIN: &str = r#"{"arrears": 3400, "notice": "fristlos", "suit_served_on": "2026-08-03", "judgment": true, "eviction_on": "2027-01-20"}"#;

#[test]
fn judgment_and_eviction_date_vollstreckungsschutz_first_no_dead_advice() {
    // The § 765a deadline is 6 January 2027 (14 days before the eviction date).
    let faelle: Vec<(Datum, Vec<(&str, &str)>, &str)> = vec![
        // 24 days before the eviction date, 10 before the deadline.
        (Datum::ymd(2026, 12, 27), vec![("vollstreckungsschutz", "open"), ("schonfrist", "passed")], "vollstreckungsschutz"),
        (Datum::ymd(2027, 1, 5), vec![("vollstreckungsschutz", "open"), ("schonfrist", "passed")], "vollstreckungsschutz"),
        (Datum::ymd(2027, 1, 6), vec![("vollstreckungsschutz", "open"), ("schonfrist", "passed")], "vollstreckungsschutz"),
        (Datum::ymd(2027, 1, 7), vec![("schonfrist", "passed"), ("vollstreckungsschutz", "passed")], "vollstreckungsschutz_spaet"),
    ];
    for (tag, erwartet, schritt) in faelle {
        let r = zeile(TERMIN, tag);
        assert_eq!(arten(&r), paare(&erwartet), "{tag}");
        assert_eq!(r["stage"], "eviction_date");
        let s = schritte(&r);
        assert!(s.contains(&schritt.to_string()), "{tag}: {s:?}");
        // What no longer works is not advised; what still can, is.
        for tot in ["raeumungsfrist_beantragen", "schonfrist_jobcenter", "schonfrist_sozialamt", "schonfrist_amt", "schonfrist_ohne_datum", "verteidigung", "uebernahme_jobcenter", "uebernahme_sozialamt"] {
            assert!(!s.contains(&tot.to_string()), "{tag}: {tot} in {s:?}");
        }
        assert!(s.contains(&"vereinbarung".to_string()) && s.contains(&"raeumungsvergleich".to_string()), "{tag}");
        // One reason per stage: the eviction date, not also the suit's "at least half the cases".
        let codes: Vec<&str> = r["risk"]["factors"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
        assert!(codes.contains(&"raeumungstermin"));
        for frueher in ["raeumungsklage", "urteil", "kuendigung_fristlos", "rueckstand_fristlos"] {
            assert!(!codes.contains(&frueher), "{tag}: {frueher} in {codes:?}");
        }
    }
    let r = zeile(TERMIN, Datum::ymd(2026, 12, 27));
    assert_eq!(r["deadlines"][0]["days_left"], 10);
    assert_eq!(r["today"][0], "vollstreckungsschutz");
}

#[test]
fn a_granted_raeumungsfrist_can_be_extended_two_weeks_before_it_ends() {
    let r = zeile(r#"{"notice": "fristlos", "judgment": true, "eviction_period_until": "2027-02-28"}"#, Datum::ymd(2027, 1, 20));
    let f = r["deadlines"].as_array().unwrap().iter().find(|f| f["kind"] == "raeumungsfrist").unwrap();
    assert_eq!(f["date"], "2027-02-14");
    assert_eq!(f["norm"], "§ 721 Abs. 3 ZPO");
    assert!(schritte(&r).contains(&"raeumungsfrist_verlaengern".to_string()));
    // A judgment without a granted period: nothing left to apply for under § 721.
    let ohne = zeile(r#"{"notice": "fristlos", "judgment": true}"#, Datum::ymd(2027, 1, 20));
    assert!(!arten(&ohne).iter().any(|(a, _)| a == "raeumungsfrist"));
    assert_eq!(arten(&ohne), paare(&[("vollstreckungsschutz", "unknown")]));
}

#[test]
fn an_unknown_kind_of_notice_stays_unknown() {
    let r = zeile(r#"{"arrears": 2100, "notice": "unknown", "suit_served_on": "2026-11-02"}"#, Datum::ymd(2026, 11, 12));
    let codes: Vec<&str> = r["risk"]["factors"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"kuendigung_unbekannt"));
    assert!(!codes.contains(&"kuendigung_fristlos") && !codes.contains(&"kuendigung_ordentlich"), "{codes:?}");
    let texte: String = r["risk"]["factors"].as_array().unwrap().iter().map(|f| f["text"].as_str().unwrap()).collect();
    assert!(!texte.contains("Sie haben eine ordentliche Kündigung") && !texte.contains("Sie haben eine fristlose Kündigung"));
    assert!(texte.contains("War sie fristlos") && texte.contains("War sie ordentlich") && texte.contains("Brief"));
    // Both deadlines say when they apply.
    let fristen = r["deadlines"].as_array().unwrap();
    let schon = fristen.iter().find(|f| f["kind"] == "schonfrist").unwrap();
    assert!(schon["note"].as_str().unwrap().contains("wenn die Kündigung fristlos war"));
    let w = fristen.iter().find(|f| f["kind"] == "widerspruch").unwrap();
    assert!(w["note"].as_str().unwrap().contains("wenn die Kündigung ordentlich war"));
    // The debt takeover still treats the notice as a threat ("soll").
    assert_eq!(r["rent_debt_takeover"]["discretion"], "soll");
}

#[test]
fn arrears_only_and_no_risk() {
    // Arrears only: the call this week, no deadline, the debt takeover.
    let r = zeile(r#"{"arrears": 400}"#, Datum::ymd(2026, 11, 25));
    assert_eq!(r["stage"], "arrears");
    assert!(r["deadlines"].as_array().unwrap().is_empty());
    let anruf = r["next_steps"].as_array().unwrap().iter().find(|s| s["code"] == "anrufen").unwrap().clone();
    assert_eq!(anruf["when"], "this_week");
    // Nothing at all: no task, nothing for today.
    let ruhig = zeile("{}", Datum::ymd(2026, 11, 25));
    assert_eq!(ruhig["risk"]["level"], "gering");
    assert_eq!(ruhig["today"], serde_json::json!([]));
}

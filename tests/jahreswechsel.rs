//! The check keeps working across the change of year (issue 11): deadlines computed the same
//! way in December 2026, January 2027 and July 2027; amounts, ranges and `provisional` as the
//! data says; each area going dark only beyond its own horizon, and deadlines never.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};
use wohncheck::eingabe::antworten::{Anlass, Antworten, Erwachsener, JaNein, Kind, Kuendigungsart, Lohnart};
use wohncheck::eingabe::situation::auswerten;
use wohncheck::region::{region, STANDARD_REGION};
use wohncheck::rules::datum::Datum;
use wohncheck::rules::fristen::{monate_nach, wochen_nach, Fristart, Fristzustand};
use wohncheck::rules::params::Zustand;
use wohncheck::rules::risiko::Stufe;

fn cli(zeilen: &[String]) -> Vec<Value> {
    let mut kind = Command::new(env!("CARGO_BIN_EXE_wohncheck-cli")).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    kind.stdin.take().unwrap().write_all(zeilen.join("\n").as_bytes()).unwrap();
    let out = kind.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// A single mother, two children, part-time wage, Rüsselsheim, a Räumungsklage served ten
/// days before the date and an eviction date five weeks after it.
fn familie(datum: Datum) -> String {
    let zugestellt = datum.plus_tage(-10);
    format!(
        r#"{{"id": "{datum}", "date": "{datum}", "municipality": "Rüsselsheim am Main", "members": [{{"age": 34, "gross_wage": 1400}}, {{"age": 9}}, {{"age": 4}}], "rent_gross_cold": 780, "heating": 110, "situation": {{"arrears": 1780, "notice": "fristlos", "suit_served_on": "{zugestellt}"}}}}"#
    )
}

const TAGE: [Datum; 4] = [Datum::ymd(2026, 12, 15), Datum::ymd(2027, 1, 1), Datum::ymd(2027, 1, 12), Datum::ymd(2027, 7, 1)];

fn frist<'a>(r: &'a Value, art: &str) -> &'a Value {
    r["deadlines"].as_array().unwrap().iter().find(|f| f["kind"] == art).unwrap_or_else(|| panic!("{art} missing: {r}"))
}

#[test]
fn deadlines_are_computed_the_same_way_before_and_after_new_year() {
    let z = cli(&TAGE.iter().map(|d| familie(*d)).collect::<Vec<_>>());
    for (r, heute) in z.iter().zip(TAGE) {
        assert!(r.get("error").is_none(), "{r}");
        let zugestellt = heute.plus_tage(-10);
        let schonfrist = frist(r, "schonfrist");
        assert_eq!(schonfrist["date"], monate_nach(zugestellt, 2).to_string(), "{heute}");
        assert_eq!(schonfrist["state"], "open");
        assert_eq!(schonfrist["days_left"], heute.tage_bis(monate_nach(zugestellt, 2)));
        let anzeige = frist(r, "verteidigungsanzeige");
        assert_eq!(anzeige["date"], wochen_nach(zugestellt, 2).to_string());
        assert_eq!(anzeige["days_left"], 4, "{heute}: due 14 days after service, 10 days have passed");
        assert_eq!(r["risk"]["level"], "akut");
        assert!(r["next_steps"].as_array().unwrap().iter().any(|s| s["code"] == "verteidigung"));
    }
}

#[test]
fn vollstreckungsschutz_two_weeks_before_the_eviction_date_in_2027() {
    // A judgment and an eviction date on 26 January 2027, assessed on 12 January: § 765a Abs. 3 ZPO
    // ends on 12 January (today, 0 days left); the next day it has passed.
    let zeile = |heute: &str| {
        format!(r#"{{"id": "{heute}", "date": "{heute}", "mietstufe": 5, "members": [{{"age": 50}}], "rent_gross_cold": 600, "situation": {{"judgment": true, "eviction_on": "2027-01-26"}}}}"#)
    };
    let z = cli(&[zeile("2027-01-11"), zeile("2027-01-12"), zeile("2027-01-13")]);
    let vs: Vec<&Value> = z.iter().map(|r| frist(r, "vollstreckungsschutz")).collect();
    assert!(vs.iter().all(|f| f["date"] == "2027-01-12"));
    assert_eq!((vs[0]["days_left"].clone(), vs[1]["days_left"].clone()), (Value::from(1), Value::from(0)));
    assert_eq!(vs[2]["state"], "passed");
}

#[test]
fn provisional_areas_as_the_data_says() {
    let z = cli(&[familie(Datum::ymd(2026, 11, 25)), familie(Datum::ymd(2026, 12, 15)), familie(Datum::ymd(2027, 1, 12)), familie(Datum::ymd(2027, 7, 1))]);
    let vorlaeufig = |r: &Value| r["provisional"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert!(vorlaeufig(&z[0]).is_empty(), "{}", z[0]["provisional"]);
    // Tenancy law was last checked on 1 December 2026; the benefit figures are law to the year's end.
    assert_eq!(vorlaeufig(&z[1]), vec!["mietrecht"]);
    for r in &z[2..] {
        assert_eq!(vorlaeufig(r), vec!["mietrecht", "wohngeld", "grundsicherung", "familie", "lohnsteuer", "sozialversicherung"]);
        let wohngeld = r["law_state"].as_array().unwrap().iter().find(|s| s["area"] == "wohngeld").unwrap();
        assert_eq!(wohngeld["state"], "provisional");
        assert_eq!(wohngeld["carried_forward"], true);
        assert_eq!(wohngeld["bills"], serde_json::json!(["BT-Drs. 21/8284", "BT-Drs. 21/8235"]));
        let miete = r["law_state"].as_array().unwrap().iter().find(|s| s["area"] == "mietrecht").unwrap();
        assert_eq!(miete["planned"], serde_json::json!(["BT-Drs. 21/6807"]));
    }
}

#[test]
fn amounts_span_the_law_as_it_stands_and_the_bills() {
    let z = cli(&[familie(Datum::ymd(2026, 12, 15)), familie(Datum::ymd(2027, 1, 12))]);
    let (dez, jan) = (&z[0], &z[1]);
    // One scenario in 2026: no range.
    assert_eq!(dez["scenarios"].as_array().unwrap().len(), 1);
    assert_eq!(dez["ranges"]["kindergeld"], serde_json::json!([518.0, 518.0]));
    // 2027: the law carried forward, each bill, both bills.
    let sz = jan["scenarios"].as_array().unwrap();
    assert_eq!(sz.len(), 4);
    assert_eq!(sz[0]["bills"], serde_json::json!([]));
    // The point amounts are those of the law as it stands, carried forward.
    assert_eq!(jan["kindergeld"], 518.0);
    assert_eq!(jan["kindergeld"], sz[0]["kindergeld"]);
    assert_eq!(jan["wohngeld"], sz[0]["wohngeld"]);
    // Kindergeld: 2 × 259 € as it stands, 2 × 267 € under the tax bill.
    assert_eq!(jan["ranges"]["kindergeld"], serde_json::json!([518.0, 534.0]));
    // Wohngeld: the reform bill gives less than the law as it stands, the higher Werbungskosten
    // of the tax bill a little more; the range spans all four.
    let wg = jan["ranges"]["wohngeld"].as_array().unwrap();
    let geltend = jan["wohngeld"].as_f64().unwrap();
    let unter = |bills: &[&str]| sz.iter().find(|s| s["bills"] == serde_json::json!(bills)).unwrap()["wohngeld"].as_f64().unwrap();
    assert!(unter(&["BT-Drs. 21/8284"]) < geltend && geltend < unter(&["BT-Drs. 21/8235"]));
    assert_eq!((wg[0].as_f64().unwrap(), wg[1].as_f64().unwrap()), (unter(&["BT-Drs. 21/8284"]), unter(&["BT-Drs. 21/8235"])));
    assert_eq!(dez["wohngeld"], jan["wohngeld"], "carried forward: the 2026 amount");
}

#[test]
fn beyond_the_horizon_only_the_amounts_go_dark() {
    let z = cli(&[familie(Datum::ymd(2028, 2, 1))]);
    let r = &z[0];
    assert!(r.get("error").is_none(), "{r}");
    for feld in ["wohngeld", "buergergeld", "sozialhilfe", "kinderzuschlag", "kindergeld"] {
        assert!(r[feld].is_null(), "{feld}: never a guess beyond the horizon");
    }
    assert_eq!(r["risk"]["level"], "akut");
    assert_eq!(frist(r, "verteidigungsanzeige")["days_left"], 4);
    assert_eq!(frist(r, "schonfrist")["state"], "open");
    assert!(r["law_state"].as_array().unwrap().iter().all(|s| s["state"] == "unknown"));
    assert!(r["contacts"].as_array().unwrap().iter().any(|c| c["phone"] == "06152 8058624"));
}

fn gerichtsfall() -> Antworten {
    let mut a = Antworten { anlass: Anlass::Gericht, kaltmiete: "620".into(), heizkosten: "90".into(), rueckstand: "1420".into(), ..Antworten::default() };
    a.erwachsene[0] = Erwachsener { alter: "34".into(), lohnart: Lohnart::Netto, lohn: "1.150".into(), ..Default::default() };
    a.kinder = vec![Kind { alter: "6".into(), unterhalt: String::new() }];
    a.gemeinde = "Groß-Gerau".into();
    a.klage = JaNein::Ja;
    a.kuendigung = JaNein::Ja;
    a.kuendigungsart = Kuendigungsart::Fristlos;
    a
}

#[test]
fn the_widget_keeps_helping_on_every_day_of_every_year() {
    // No date switches off risk, deadlines and steps; a device clock years off included.
    let reg = region(STANDARD_REGION).unwrap();
    for jahr in 1990..=2060 {
        for (monat, tag) in [(1, 1), (7, 15), (12, 31)] {
            let heute = Datum::ymd(jahr, monat, tag);
            let mut a = gerichtsfall();
            a.klage_am = heute.plus_tage(-10).deutsch();
            let r = auswerten(&a, reg, heute).unwrap_or_else(|e| panic!("{heute}: {e}"));
            assert_eq!(r.risiko.stufe, Stufe::Akut, "{heute}");
            let anzeige = r.fristen.iter().find(|f| f.art == Fristart::Verteidigungsanzeige).unwrap();
            assert_eq!(anzeige.zustand, Fristzustand::Offen { tage_uebrig: 4 }, "{heute}");
            // Urgency order: the answer to the court (4 days) first, then the call.
            assert_eq!(r.schritte[0].code, "verteidigung", "{heute}");
            assert_eq!(r.schritte[1].code, "anrufen", "{heute}");
            // Amounts exactly while every benefit area is known, never beyond.
            // (Tenancy law applies beyond its horizon too: the benefits do not depend on it.)
            let bekannt = r.rechtsstand.iter().all(|s| s.daten().zuletzt_geprueft || s.zustand != Zustand::Unbekannt);
            assert_eq!(r.leistungen.is_some(), bekannt, "{heute}");
            assert_eq!(r.leistungen_fehlen.is_some(), !bekannt, "{heute}");
        }
    }
}

#[test]
fn widget_ranges_include_the_bills_in_2027() {
    let reg = region(STANDARD_REGION).unwrap();
    let a = gerichtsfall();
    let dez = auswerten(&a, reg, Datum::ymd(2026, 12, 15)).unwrap();
    let jan = auswerten(&a, reg, Datum::ymd(2027, 1, 12)).unwrap();
    assert_eq!(dez.szenarien.len(), 1);
    assert_eq!(jan.szenarien.len(), 4);
    assert_eq!(dez.vorlaeufig(), vec!["mietrecht"]);
    assert_eq!(jan.vorlaeufig().len(), 6);
    let (d, j) = (dez.spannen.unwrap(), jan.spannen.unwrap());
    assert_eq!((d.kindergeld.von, d.kindergeld.bis), (259, 259));
    assert_eq!((j.kindergeld.von, j.kindergeld.bis), (250, 270), "259 € as it stands, 267 € under the bill, rounded outward");
    // The base estimate is the law as it stands.
    assert_eq!(jan.leistungen.as_ref().unwrap().betraege.kindergeld.0, 25_900);
}

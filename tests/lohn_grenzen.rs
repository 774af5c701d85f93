#![cfg(not(target_arch = "wasm32"))]
//! Gross ↔ net wage where the rules change: the Übergangsbereich (../shared/domain/PAYROLL.md
//! 4.2), the borders between years and the years not covered, 2027 (provisional, still
//! computed), the Soli's Freigrenze and the Kinderfreibeträge, the PV surcharge, the Minijob.
//! The cases with expected values from a source are in lohn_faelle.rs.
//!
//! Sources of expected values:
//! - PAYROLL.md: the research brief; its 4.2 values are DERIVED from the PAP.
//! - GETTSIM: github.com/ttsim-dev/gettsim, commit f2069708 (the Übergangsbereich 2025 values
//!   marked VERIFIED below).
//! - FIX26: github.com/canida-software/lohnsteuer, tests/fixtures/bmf-2026.json (commit 437b2ce).

use wohncheck::rules::datum::Datum;
use wohncheck::rules::geld::Cent;
use wohncheck::rules::lohn::{
    brutto_aus_netto, lohnsteuer_jahr, netto_aus_brutto, Beschaeftigung, Lohnangaben,
};
use wohncheck::rules::params::RechtsstandFehler;

mod lohn_gemeinsam;
use lohn_gemeinsam::*;

// ---------------------------------------------------------------- PAYROLL.md 4.2: Übergangsbereich

#[test]
fn payroll_4_2_midijob_employee_contributions() {
    // (year, gross, RV, AV, KV, PV childless, total)
    for (jahr, brutto, rv, av, kv, pv, summe) in [
        (2025, 95_000, 5_075, 709, 4_666, 1_472, 11_922), // VERIFIED (GETTSIM test)
        (2025, 150_000, 12_160, 1_700, 11_179, 3_215, 28_254),
        (2026, 95_000, 4_620, 646, 4_347, 1_372, 10_985),
        (2026, 150_000, 11_943, 1_669, 11_237, 3_168, 28_017),
    ] {
        let n = netto(&kinderlos(brutto, 1), jahr);
        assert_eq!(n.beschaeftigung, Beschaeftigung::Uebergangsbereich);
        assert_eq!((n.rv.0, n.av.0, n.kv.0, n.pv.0, n.sozialversicherung().0), (rv, av, kv, pv, summe), "{jahr} {brutto}");
    }
    // GETTSIM 2025 test: PV 9.82 with one child, 8.46 with two (discount on BE_AN).
    assert_eq!(netto(&mit_kindern(95_000, 1, 1), 2025).pv, Cent(982));
    assert_eq!(netto(&mit_kindern(95_000, 1, 2), 2025).pv, Cent(846));
}

#[test]
fn midijob_has_no_jump_at_2000() {
    // At 2,000 € the reduced bases equal the wage: the same contributions as a regular job
    // (2025/2026: PAYROLL.md 5.4 (b), 2,000 € row; 2024: 9.3 / 1.3 / 8.15 / 2.3 %).
    for (jahr, kv, pv) in [(2024, 16_300, 4_600), (2025, 17_100, 4_800), (2026, 17_500, 4_800)] {
        let oben = netto(&kinderlos(200_000, 1), jahr);
        assert_eq!(oben.beschaeftigung, Beschaeftigung::Uebergangsbereich);
        assert_eq!((oben.rv.0, oben.av.0, oben.kv.0, oben.pv.0), (18_600, 2_600, kv, pv), "{jahr}");
        let drueber = netto(&kinderlos(200_001, 1), jahr);
        assert_eq!(drueber.beschaeftigung, Beschaeftigung::Regulaer);
        assert!((drueber.sozialversicherung().0 - oben.sozialversicherung().0).abs() <= 1, "{jahr}");
    }
}

// ---------------------------------------------------------------- year borders

#[test]
fn year_borders_switch_the_rules() {
    let a = kinderlos(250_000, 1);
    assert_eq!(netto_aus_brutto(&a, Datum::ymd(2024, 12, 31)).unwrap().lohnsteuer, Cent(20_841));
    assert_eq!(netto_aus_brutto(&a, Datum::ymd(2025, 1, 1)).unwrap().lohnsteuer, Cent(19_466));
    assert_eq!(netto_aus_brutto(&a, Datum::ymd(2025, 12, 31)).unwrap().lohnsteuer, Cent(19_466));
    assert_eq!(netto_aus_brutto(&a, Datum::ymd(2026, 1, 1)).unwrap().lohnsteuer, Cent(18_733));
}

#[test]
fn outside_the_covered_years() {
    let a = kinderlos(250_000, 1);
    let vor = Datum::ymd(2023, 12, 31);
    // 2027 is carried forward (tests below); beyond the horizon nothing is guessed.
    let nach = Datum::ymd(2028, 1, 1);
    assert!(matches!(netto_aus_brutto(&a, vor), Err(RechtsstandFehler::VorBeginn { .. })));
    assert!(matches!(netto_aus_brutto(&a, nach), Err(RechtsstandFehler::NochNichtBekannt { .. })));
    assert!(matches!(brutto_aus_netto(Cent(100_000), &a, nach), Err(RechtsstandFehler::NochNichtBekannt { .. })));
    assert!(matches!(lohnsteuer_jahr(Cent(100_000), &a, vor), Err(RechtsstandFehler::VorBeginn { .. })));
}

// ---------------------------------------------------------------- 2027: provisional, still computed

#[test]
fn minijob_limit_2027_follows_the_minimum_wage() {
    // 620 € is above the 2026 limit of 603 € and below the 2027 limit of 633 €
    // (14.60 € · 130 / 3 = 632.67, rounded up; § 8 Abs. 1a SGB IV with § 1 Nr. 2 MiLoV5).
    let mut a = kinderlos(62_000, 1);
    a.minijob_rv_befreit = true;
    assert_eq!(netto_aus_brutto(&a, Datum::ymd(2026, 12, 31)).unwrap().beschaeftigung, Beschaeftigung::Uebergangsbereich);
    let jan = netto_aus_brutto(&a, Datum::ymd(2027, 1, 1)).unwrap();
    assert_eq!(jan.beschaeftigung, Beschaeftigung::Minijob);
    assert_eq!(jan.netto, Cent(62_000));
}

#[test]
fn midijob_2027_uses_the_new_factor_f() {
    // Childless, 30, 1,000 € gross. The childless surcharge is charged on the reduced base BE,
    // which depends on F; everything else on BE_AN = OG / (OG − G) · (AE − G).
    // 2027: G = 633, F = 0.7683 (§ 20 Abs. 2a Satz 2 SGB IV n. F.):
    //   BE = 0.7683 · 633 + (2000/1367 − 633/1367 · 0.7683) · 367 = 892.71
    //   BE_AN = 2000 / 1367 · 367 = 536.94
    //   PV = 536.94 · 1.8 % + 892.71 · 0.6 % = 9.66 + 5.36 = 15.02; RV = 536.94 · 9.3 % = 49.94
    // 2026: G = 603, F = 0.6619: BE = 854.06, BE_AN = 568.36, PV = 15.35, RV = 52.86.
    let a = kinderlos(100_000, 1);
    let n27 = netto_aus_brutto(&a, Datum::ymd(2027, 1, 12)).unwrap();
    assert_eq!(n27.beschaeftigung, Beschaeftigung::Uebergangsbereich);
    assert_eq!((n27.pv, n27.rv), (Cent(1_502), Cent(4_994)));
    let n26 = netto_aus_brutto(&a, Datum::ymd(2026, 12, 31)).unwrap();
    assert_eq!((n26.pv, n26.rv), (Cent(1_535), Cent(5_286)));
}

#[test]
fn care_ceiling_separate_from_health_ceiling_in_2027() {
    // 6,200 € gross lies between the 2027 care ceiling (72,900 / 12 = 6,075 €) and the health
    // ceiling (76,500 / 12 = 6,375 €) of the draft Verordnung; in 2026 both were 5,812.50 €.
    //   KV 2027 = 6,200 · (14.6 % + 2.9 %) / 2 = 542.50; PV 2027 = 6,075 · (1.8 % + 0.6 %) = 145.80
    //   KV 2026 = 5,812.50 · 8.75 % = 508.59; PV 2026 = 5,812.50 · 2.4 % = 139.50
    let a = kinderlos(620_000, 1);
    let n27 = netto_aus_brutto(&a, Datum::ymd(2027, 7, 1)).unwrap();
    assert_eq!((n27.kv, n27.pv), (Cent(54_250), Cent(14_580)));
    let n26 = netto_aus_brutto(&a, Datum::ymd(2026, 7, 1)).unwrap();
    assert_eq!((n26.kv, n26.pv), (Cent(50_859), Cent(13_950)));
}

#[test]
fn tax_2027_carried_forward_equals_2026() {
    // No PAP 2027 and no enacted tariff: the law as it stands carries the 2026 tariff forward.
    let a = kinderlos(300_000, 1);
    let alt = netto_aus_brutto(&a, Datum::ymd(2026, 7, 1)).unwrap();
    let neu = netto_aus_brutto(&a, Datum::ymd(2027, 7, 1)).unwrap();
    assert_eq!((alt.lohnsteuer, alt.soli), (neu.lohnsteuer, neu.soli));
}

// ---------------------------------------------------------------- Soli and children

#[test]
fn kinderfreibetraege_change_only_the_soli() {
    let ohne = netto(&pap_vorgaben(1_000_000, 1), 2026);
    let mit = netto(&Lohnangaben { kinderfreibetraege_halbe: 4, ..pap_vorgaben(1_000_000, 1) }, 2026);
    assert_eq!(mit.lohnsteuer, ohne.lohnsteuer);
    assert!(mit.soli < ohne.soli, "{} {}", mit.soli.0, ohne.soli.0);
    // Classes V and VI have no Kinderfreibeträge.
    let v = netto(&pap_vorgaben(1_000_000, 5), 2026);
    assert_eq!(netto(&Lohnangaben { kinderfreibetraege_halbe: 4, ..pap_vorgaben(1_000_000, 5) }, 2026), v);
}

#[test]
fn soli_freigrenze_class_iii_doubled() {
    // Class III, 25,000 € a month: JBMG far above 2 · 20,350, full 5.5 % (FIX26: 443.00).
    assert_eq!(netto(&pap_vorgaben(2_500_000, 3), 2026).soli, Cent(44_300));
    // Just below the doubled Freigrenze nothing is due.
    let j = lohnsteuer_jahr(Cent::euro(150_000), &pap_vorgaben(0, 3), am(2026)).unwrap();
    assert!(j.bemessungsgrundlage_soli <= Cent::euro(40_700), "{:?}", j);
    assert_eq!(j.soli, Cent::NULL);
}

#[test]
fn pv_surcharge_only_from_23_and_not_for_parents() {
    let jung = Lohnangaben { alter: 22, ..kinderlos(250_000, 1) };
    let alt = Lohnangaben { alter: 23, ..kinderlos(250_000, 1) };
    let eltern_ohne_kinder_unter_25 = Lohnangaben { elterneigenschaft: true, ..kinderlos(250_000, 1) };
    assert_eq!(netto(&jung, 2026).pv, Cent(4_500));
    assert_eq!(netto(&alt, 2026).pv, Cent(6_000));
    assert_eq!(netto(&eltern_ohne_kinder_unter_25, 2026).pv, Cent(4_500));
    // Saxony: employee 2.3 % (+ 0.6 childless).
    assert_eq!(netto(&Lohnangaben { pv_sachsen: true, ..alt }, 2026).pv, Cent(7_250));
}

// ---------------------------------------------------------------- Minijob

#[test]
fn minijob_pension_contribution() {
    // 2026, at the limit of 603 €: 18.6 % = 112.16 minus the employer's 15 % = 90.45 → 21.71.
    let n = netto(&kinderlos(60_300, 1), 2026);
    assert_eq!(n.beschaeftigung, Beschaeftigung::Minijob);
    assert_eq!(n.rv, Cent(2_171));
    assert_eq!(n.sozialversicherung() + n.steuern(), Cent(2_171));
    assert_eq!(n.netto, Cent(58_129));
    // Exempted: nothing is deducted.
    let befreit = Lohnangaben { minijob_rv_befreit: true, ..kinderlos(60_300, 5) };
    assert_eq!(netto(&befreit, 2026).netto, Cent(60_300));
    // Below 175 €: the full rate on 175 € (32.55) minus the employer's 15 % of 100 € (15.00).
    assert_eq!(netto(&kinderlos(10_000, 1), 2026).rv, Cent(1_755));
    // Never more than the wage itself.
    assert_eq!(netto(&kinderlos(2_000, 1), 2026).rv, Cent(2_000));
    assert_eq!(netto(&kinderlos(2_000, 1), 2026).netto, Cent::NULL);
    assert_eq!(netto(&kinderlos(0, 1), 2026).netto, Cent::NULL);
}

#[test]
fn minijob_limits_per_year() {
    for (jahr, grenze) in [(2024, 53_800), (2025, 55_600), (2026, 60_300)] {
        assert_eq!(netto(&kinderlos(grenze, 1), jahr).beschaeftigung, Beschaeftigung::Minijob, "{jahr}");
        assert_eq!(netto(&kinderlos(grenze + 1, 1), jahr).beschaeftigung, Beschaeftigung::Uebergangsbereich, "{jahr}");
    }
    // Just above the limit only the childless PV surcharge on BE ≈ F · G is due (PAYROLL.md 4.3).
    let n = netto(&kinderlos(60_301, 1), 2026);
    assert_eq!((n.rv, n.av, n.kv), (Cent::NULL, Cent::NULL, Cent::NULL));
    assert_eq!(n.pv, Cent(240));
}

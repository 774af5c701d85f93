#![cfg(not(target_arch = "wasm32"))]
//! Gross ↔ net wage: the cases of ../shared/domain/PAYROLL.md (sections 4.2, 5 and 5.4), the
//! 2026 outputs of the official BMF interface as captured in FIX26, 2024 cases from cited sources,
//! and properties over the whole input range.
//!
//! Sources of expected values:
//! - FIX26: github.com/canida-software/lohnsteuer, tests/fixtures/bmf-2026.json (commit 437b2ce),
//!   input/output pairs captured from bmf-steuerrechner.de/interface/2026Version1.xhtml.
//! - PAYROLL.md: the research brief; its 5.4 (b), 4.2 and 5 values are DERIVED from the PAP.
//! - GETTSIM: github.com/ttsim-dev/gettsim, commit f2069708, test files under
//!   src/_gettsim_tests/test_data/sozialversicherung/beiträge/2024-01-01/.
//! - gehalt.tax: public salary calculator page (stored copy, 2024 parameters), annual example.
//! - PAP-Java: the Java class generated from the same BMF XML (github.com/MarcelLehmann/Lohnsteuer,
//!   Lohnsteuer2024.java); used only to cross-check the hand-derived 2024 wage taxes below.

use proptest::prelude::*;
use wohncheck::rules::datum::Datum;
use wohncheck::rules::geld::Cent;
use wohncheck::rules::lohn::{
    brutto_aus_netto, lohnsteuer_jahr, netto_aus_brutto, Beschaeftigung, Lohnangaben, Nettolohn, Steuerklasse,
};
use wohncheck::rules::params::RechtsstandFehler;

fn am(jahr: i32) -> Datum {
    Datum::ymd(jahr, 7, 1)
}

fn klasse(n: u8) -> Steuerklasse {
    Steuerklasse::aus_zahl(n).unwrap()
}

/// The PAP's defaults as used by the BMF interface: KVZ = 0, PVZ = 0, PVA = 0, PVS = 0, ZKF = 0.
/// PVZ = 0 with PVA = 0 means a parent with at most one child under 25.
fn pap_vorgaben(brutto: i64, stkl: u8) -> Lohnangaben {
    Lohnangaben {
        zusatzbeitrag_prozent_e2: Some(0),
        elterneigenschaft: true,
        ..Lohnangaben::neu(Cent(brutto), klasse(stkl), 40)
    }
}

/// Aged 23 or over, childless, average Zusatzbeitrag: PAYROLL.md's "realistic" case.
fn kinderlos(brutto: i64, stkl: u8) -> Lohnangaben {
    Lohnangaben::neu(Cent(brutto), klasse(stkl), 30)
}

fn mit_kindern(brutto: i64, stkl: u8, kinder_unter_25: u8) -> Lohnangaben {
    Lohnangaben { kinder_unter_25, elterneigenschaft: true, ..kinderlos(brutto, stkl) }
}

fn netto(a: &Lohnangaben, jahr: i32) -> Nettolohn {
    netto_aus_brutto(a, am(jahr)).unwrap()
}

// ---------------------------------------------------------------- PAYROLL.md 5.4 (a), FIX26

#[test]
fn payroll_5_4_a_bmf_2026_monthly() {
    // (gross, class, adjust inputs, wage tax, Soli), all in cents.
    type Anpassung = fn(&mut Lohnangaben);
    let keine: Anpassung = |_| {};
    let faelle: &[(i64, u8, &str, Anpassung, i64, i64)] = &[
        (250_000, 1, "", keine, 20_050, 0),
        (500_000, 1, "", keine, 81_741, 0),
        (1_000_000, 1, "", keine, 268_275, 11_744),
        (250_000, 2, "", keine, 11_125, 0),
        (500_000, 2, "", keine, 69_800, 0),
        (500_000, 3, "", keine, 42_850, 0),
        (2_500_000, 3, "", keine, 805_466, 44_300),
        (250_000, 4, "", keine, 20_050, 0),
        (250_000, 5, "", keine, 48_716, 0),
        (1_000_000, 5, "", keine, 325_850, 17_921),
        (100_000, 6, "", keine, 11_458, 0),
        (250_000, 6, "", keine, 53_150, 0),
        (500_000, 1, "KVZ 2.5", |a| a.zusatzbeitrag_prozent_e2 = Some(250), 79_600, 0),
        (500_000, 1, "PVZ 1", |a| a.elterneigenschaft = false, 80_708, 0),
        (
            500_000,
            1,
            "KVZ 2.5, PVZ 1",
            |a| {
                a.zusatzbeitrag_prozent_e2 = Some(250);
                a.elterneigenschaft = false;
            },
            78_583,
            0,
        ),
        (500_000, 1, "PVS 1", |a| a.pv_sachsen = true, 80_883, 0),
        (500_000, 1, "PVA 1", |a| a.kinder_unter_25 = 2, 82_175, 0),
        (500_000, 1, "PVA 2", |a| a.kinder_unter_25 = 3, 82_600, 0),
        (500_000, 1, "PVA 3", |a| a.kinder_unter_25 = 4, 83_033, 0),
        (500_000, 1, "PVA 4", |a| a.kinder_unter_25 = 5, 83_466, 0),
        (500_000, 1, "PVA 4 (6 children)", |a| a.kinder_unter_25 = 6, 83_466, 0),
        (500_000, 1, "ZKF 2.0", |a| a.kinderfreibetraege_halbe = 4, 81_741, 0),
    ];
    for &(brutto, stkl, was, anpassen, lst, soli) in faelle {
        let mut a = pap_vorgaben(brutto, stkl);
        anpassen(&mut a);
        let n = netto(&a, 2026);
        assert_eq!((n.lohnsteuer, n.soli), (Cent(lst), Cent(soli)), "{brutto} class {stkl} {was}");
    }
}

#[test]
fn payroll_5_4_a_bmf_2026_annual_milderungszone() {
    let j = lohnsteuer_jahr(Cent::euro(100_000), &pap_vorgaben(0, 1), am(2026)).unwrap();
    assert_eq!(j.lohnsteuer, Cent::euro(23_848));
    // 11.9 % of (23,848 − 20,350), below 5.5 % of 23,848.
    assert_eq!(j.soli, Cent(41_626));
}

/// Every plain LZZ 1 (annual) and LZZ 2 (monthly) row of FIX26: classes I–VI, seven wage levels.
#[test]
fn fix26_all_plain_annual_and_monthly_rows() {
    #[rustfmt::skip]
    let zeilen: &[(u8, i64, u8, i64, i64)] = &[
        // (LZZ, RE4, class, LSTLZZ, SOLZLZZ), cents
        (1, 100000, 1, 0, 0), (1, 250000, 1, 0, 0), (1, 500000, 1, 0, 0), (1, 1000000, 1, 0, 0),
        (1, 2500000, 1, 137600, 0), (1, 5000000, 1, 710900, 0), (1, 10000000, 1, 2384800, 41626),
        (2, 100000, 1, 0, 0), (2, 250000, 1, 20050, 0), (2, 500000, 1, 81741, 0), (2, 1000000, 1, 268275, 11744),
        (2, 2500000, 1, 899608, 49478), (2, 5000000, 1, 2024608, 111353), (2, 10000000, 1, 4274608, 235103),
        (1, 100000, 2, 0, 0), (1, 250000, 2, 0, 0), (1, 500000, 2, 0, 0), (1, 1000000, 2, 0, 0),
        (1, 2500000, 2, 42600, 0), (1, 5000000, 2, 579700, 0), (1, 10000000, 2, 2205900, 20337),
        (2, 100000, 2, 0, 0), (2, 250000, 2, 11125, 0), (2, 500000, 2, 69800, 0), (2, 1000000, 2, 253366, 9970),
        (2, 2500000, 2, 883633, 48599), (2, 5000000, 2, 2008633, 110474), (2, 10000000, 2, 4258633, 234224),
        (1, 100000, 3, 0, 0), (1, 250000, 3, 0, 0), (1, 500000, 3, 0, 0), (1, 1000000, 3, 0, 0),
        (1, 2500000, 3, 0, 0), (1, 5000000, 3, 306200, 0), (1, 10000000, 3, 1547200, 0),
        (2, 100000, 3, 0, 0), (2, 250000, 3, 0, 0), (2, 500000, 3, 42850, 0), (2, 1000000, 3, 185133, 0),
        (2, 2500000, 3, 805466, 44300), (2, 5000000, 3, 1862350, 102429), (2, 10000000, 3, 4112350, 226179),
        (1, 100000, 4, 0, 0), (1, 250000, 4, 0, 0), (1, 500000, 4, 0, 0), (1, 1000000, 4, 0, 0),
        (1, 2500000, 4, 137600, 0), (1, 5000000, 4, 710900, 0), (1, 10000000, 4, 2384800, 41626),
        (2, 100000, 4, 0, 0), (2, 250000, 4, 20050, 0), (2, 500000, 4, 81741, 0), (2, 1000000, 4, 268275, 11744),
        (2, 2500000, 4, 899608, 49478), (2, 5000000, 4, 2024608, 111353), (2, 10000000, 4, 4274608, 235103),
        (1, 100000, 5, 0, 0), (1, 250000, 5, 10400, 0), (1, 500000, 5, 38600, 0), (1, 1000000, 5, 95100, 0),
        (1, 2500000, 5, 412600, 0), (1, 5000000, 5, 1244000, 0), (1, 10000000, 5, 3075700, 123843),
        (2, 100000, 5, 9800, 0), (2, 250000, 5, 48716, 0), (2, 500000, 5, 132333, 0), (2, 1000000, 5, 325850, 17921),
        (2, 2500000, 5, 971075, 53409), (2, 5000000, 5, 2096075, 115284), (2, 10000000, 5, 4346075, 239034),
        (1, 100000, 6, 11400, 0), (1, 250000, 6, 28600, 0), (1, 500000, 6, 57300, 0), (1, 1000000, 6, 114600, 0),
        (1, 2500000, 6, 465800, 0), (1, 5000000, 6, 1297200, 0), (1, 10000000, 6, 3128900, 130174),
        (2, 100000, 6, 11458, 0), (2, 250000, 6, 53150, 0), (2, 500000, 6, 136766, 0), (2, 1000000, 6, 330283, 18165),
        (2, 2500000, 6, 975816, 53669), (2, 5000000, 6, 2100816, 115544), (2, 10000000, 6, 4350816, 239294),
    ];
    for &(lzz, re4, stkl, lst, soli) in zeilen {
        let a = pap_vorgaben(re4, stkl);
        let (ist_lst, ist_soli) = if lzz == 1 {
            let j = lohnsteuer_jahr(Cent(re4), &a, am(2026)).unwrap();
            (j.lohnsteuer, j.soli)
        } else {
            let n = netto(&a, 2026);
            (n.lohnsteuer, n.soli)
        };
        assert_eq!((ist_lst, ist_soli), (Cent(lst), Cent(soli)), "LZZ {lzz}, RE4 {re4}, class {stkl}");
    }
}

// ---------------------------------------------------------------- PAYROLL.md 5.4 (b)

#[test]
fn payroll_5_4_b_realistic_inputs() {
    // (year, class, gross, RV, AV, KV, PV, wage tax, Soli, net), euros in cents.
    type Zeile = (i32, u8, i64, i64, i64, i64, i64, i64, i64, i64);
    #[rustfmt::skip]
    let zeilen: &[Zeile] = &[
        (2025, 1, 200_000, 18_600, 2_600, 17_100, 4_800, 9_466, 0, 147_434),
        (2025, 1, 300_000, 27_900, 3_900, 25_650, 7_200, 30_150, 0, 205_200),
        (2025, 1, 400_000, 37_200, 5_200, 34_200, 9_600, 53_558, 0, 260_242),
        (2025, 1, 600_000, 55_800, 7_800, 47_132, 13_230, 110_483, 0, 365_555),
        (2025, 1, 800_000, 74_400, 10_400, 47_132, 13_230, 184_725, 2_198, 467_915),
        (2026, 1, 200_000, 18_600, 2_600, 17_500, 4_800, 8_816, 0, 147_684),
        (2026, 1, 300_000, 27_900, 3_900, 26_250, 7_200, 29_308, 0, 205_442),
        (2026, 1, 400_000, 37_200, 5_200, 35_000, 9_600, 52_450, 0, 260_550),
        (2026, 1, 600_000, 55_800, 7_800, 50_859, 13_950, 107_433, 0, 364_158),
        (2026, 1, 800_000, 74_400, 10_400, 50_859, 13_950, 181_033, 1_362, 467_996),
        (2025, 3, 400_000, 37_200, 5_200, 34_200, 9_600, 21_483, 0, 292_317),
        (2026, 3, 400_000, 37_200, 5_200, 35_000, 9_600, 20_183, 0, 292_817),
        (2025, 5, 250_000, 23_250, 3_250, 21_375, 6_000, 47_441, 0, 148_684),
        (2026, 5, 250_000, 23_250, 3_250, 21_875, 6_000, 46_566, 0, 149_059),
    ];
    for &(jahr, stkl, brutto, rv, av, kv, pv, lst, soli, net) in zeilen {
        let n = netto(&kinderlos(brutto, stkl), jahr);
        assert_eq!(
            (n.rv.0, n.av.0, n.kv.0, n.pv.0, n.lohnsteuer.0, n.soli.0, n.netto.0),
            (rv, av, kv, pv, lst, soli, net),
            "{jahr} class {stkl} gross {brutto}"
        );
        // 2,000 € is the top of the Übergangsbereich, where the reduced bases equal the wage.
        let art = if brutto <= 200_000 { Beschaeftigung::Uebergangsbereich } else { Beschaeftigung::Regulaer };
        assert_eq!(n.beschaeftigung, art, "{jahr} {brutto}");
    }
    // The 1,500 € rows of 5.4 (b) apply the regular contributions (RV 139.50 …, net 1,163.75 /
    // 1,164.50), but 1,500 € lies in the Übergangsbereich: PAYROLL.md 4.2 itself gives the
    // reduced contributions for 1,500 € (282.54 / 280.17). The wage tax (13.00 / 9.25) is the
    // PAP's on the full gross and agrees; the contributions and the net follow 4.2.
    for (jahr, lst, sv, net) in [(2025, 1_300, 28_254, 120_446), (2026, 925, 28_017, 121_058)] {
        let n = netto(&kinderlos(150_000, 1), jahr);
        assert_eq!(n.beschaeftigung, Beschaeftigung::Uebergangsbereich);
        assert_eq!((n.lohnsteuer.0, n.soli.0, n.sozialversicherung().0, n.netto.0), (lst, 0, sv, net), "{jahr}");
    }
    // Class II, one child, ZKF 1.0 (no PV surcharge).
    for (jahr, kv, lst, net) in [(2025, 21_375, 10_925, 186_700), (2026, 21_875, 10_250, 186_875)] {
        let a = Lohnangaben { kinderfreibetraege_halbe: 2, ..mit_kindern(250_000, 2, 1) };
        let n = netto(&a, jahr);
        let ist = (n.rv.0, n.av.0, n.kv.0, n.pv.0, n.lohnsteuer.0, n.soli.0, n.netto.0);
        assert_eq!(ist, (23_250, 3_250, kv, 4_500, lst, 0, net), "{jahr}");
    }
}

// ---------------------------------------------------------------- PAYROLL.md 5: worked example

#[test]
fn payroll_5_worked_example_2500_class_i() {
    let n = netto(&kinderlos(250_000, 1), 2025);
    assert_eq!((n.rv, n.av, n.kv, n.pv), (Cent(23_250), Cent(3_250), Cent(21_375), Cent(6_000)));
    assert_eq!(n.sozialversicherung(), Cent(53_875));
    assert_eq!((n.lohnsteuer, n.soli, n.netto), (Cent(19_466), Cent::NULL, Cent(176_659)));

    let n = netto(&kinderlos(250_000, 1), 2026);
    assert_eq!(n.sozialversicherung(), Cent(54_375));
    assert_eq!((n.lohnsteuer, n.soli, n.netto), (Cent(18_733), Cent::NULL, Cent(176_892)));

    // Same employee with a child: no PV surcharge.
    let n = netto(&mit_kindern(250_000, 1, 1), 2025);
    assert_eq!((n.sozialversicherung(), n.lohnsteuer, n.netto), (Cent(52_375), Cent(19_858), Cent(177_767)));
    let n = netto(&mit_kindern(250_000, 1, 1), 2026);
    assert_eq!((n.sozialversicherung(), n.lohnsteuer, n.netto), (Cent(52_875), Cent(19_116), Cent(178_009)));
}

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

// ---------------------------------------------------------------- 2024

/// GETTSIM test einkommen_in_gleitzone.yaml (2024), source given there: DATEV help centre document
/// 1038903. Zusatzbeitrag 1.3 %, 950 €, childless / one child / two children.
#[test]
fn jahr_2024_midijob_gettsim_datev() {
    let a = |kinder: u8| Lohnangaben {
        zusatzbeitrag_prozent_e2: Some(130),
        kinder_unter_25: kinder,
        elterneigenschaft: kinder > 0,
        ..Lohnangaben::neu(Cent(95_000), Steuerklasse::I, 45)
    };
    let n = netto(&a(0), 2024);
    assert_eq!(n.beschaeftigung, Beschaeftigung::Uebergangsbereich);
    assert_eq!((n.rv, n.av, n.pv), (Cent(5_242), Cent(733), Cent(1_455)));
    // DATEV shows 44.80: it rounds the general rate (7.3 % → 41.14) and the Zusatzbeitrag
    // (0.65 % → 3.66) separately. This module applies the employee's whole KV rate at once,
    // as PAYROLL.md and Haufe describe (7.95 % · 563.61 = 44.807 → 44.81). GETTSIM allows 0.02.
    assert_eq!(n.kv, Cent(4_481));
    assert_eq!(netto(&a(1), 2024).pv, Cent(958));
    assert_eq!(netto(&a(2), 2024).pv, Cent(817));
}

/// GETTSIM tests below_/above_new_beitragsbemessungsgrenze.yaml (2024), source given there:
/// steuertipps.de Brutto-Netto-Rechner. Two children under 25, average Zusatzbeitrag (1.7 %).
#[test]
fn jahr_2024_contributions_gettsim_steuertipps() {
    let n = netto(&mit_kindern(300_000, 1, 2), 2024);
    assert_eq!((n.rv, n.av, n.kv, n.pv), (Cent(27_900), Cent(3_900), Cent(24_450), Cent(4_350)));
    assert_eq!(n.sozialversicherung(), Cent(60_600));

    // Above both ceilings of 2024 (RV West 7,550 €, KV 5,175 €).
    let n = netto(&mit_kindern(600_000, 1, 2), 2024);
    assert_eq!((n.rv, n.av, n.pv), (Cent(55_800), Cent(7_800), Cent(7_504)));
    // steuertipps shows 421.77 (separate rounding of 377.775 and 43.9875); 8.15 % · 5,175 = 421.7625.
    assert_eq!(n.kv, Cent(42_176));
}

/// gehalt.tax, annual example with 2024 parameters (RV 8,425.80 = 9.3 % of 90,600; KV/PV base
/// 62,100; Zusatzbeitrag 0.85 % employee share; PV 2.3 %): zvE 84,005 €, tax 24,679.00 €,
/// Soli 779.33 €, i.e. 100,000 € a year, class I, childless.
#[test]
fn jahr_2024_annual_100000_gehalt_tax() {
    let j = lohnsteuer_jahr(Cent::euro(100_000), &kinderlos(0, 1), am(2024)).unwrap();
    assert_eq!((j.lohnsteuer, j.soli), (Cent::euro(24_679), Cent(77_933)));
}

/// Hand-derived from the PAP 2024 (Stand 2024-03-11) and the 2024 rates; the wage taxes were
/// cross-checked with PAP-Java (identical). DERIVED, not from a published table.
#[test]
fn jahr_2024_hand_derived() {
    // (class, gross, children under 25, ZKF halves, RV, AV, KV, PV, wage tax, Soli, net)
    type Zeile = (u8, i64, u8, u8, i64, i64, i64, i64, i64, i64, i64);
    #[rustfmt::skip]
    let zeilen: &[Zeile] = &[
        (1, 250_000, 0, 0, 23_250, 3_250, 20_375, 5_750, 20_841, 0, 176_534),
        (1, 300_000, 2, 0, 27_900, 3_900, 24_450, 4_350, 32_416, 0, 206_984),
        (3, 400_000, 0, 0, 37_200, 5_200, 32_600, 9_200, 23_933, 0, 291_867),
        (5, 250_000, 0, 0, 23_250, 3_250, 20_375, 5_750, 49_158, 0, 148_217),
        (2, 250_000, 1, 2, 23_250, 3_250, 20_375, 4_250, 12_216, 0, 186_659),
        // Above both ceilings: RV 9.3 % of 7,550, KV 8.15 % and PV 2.3 % of 5,175 (119.025 → 119.03).
        (1, 800_000, 0, 0, 70_215, 9_815, 42_176, 11_903, 191_658, 4_828, 469_405),
        // Übergangsbereich 2024 (538.01–2,000 €, F 0.6846): BE 883.94, BE_AN 632.01.
        (6, 100_000, 0, 0, 5_878, 822, 5_151, 1_605, 11_016, 0, 75_528),
    ];
    for &(stkl, brutto, kinder, zkf, rv, av, kv, pv, lst, soli, net) in zeilen {
        let mut a = if kinder > 0 { mit_kindern(brutto, stkl, kinder) } else { kinderlos(brutto, stkl) };
        a.kinderfreibetraege_halbe = zkf;
        let n = netto(&a, 2024);
        assert_eq!(
            (n.rv.0, n.av.0, n.kv.0, n.pv.0, n.lohnsteuer.0, n.soli.0, n.netto.0),
            (rv, av, kv, pv, lst, soli, net),
            "2024 class {stkl} gross {brutto}"
        );
    }
}

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

// ---------------------------------------------------------------- net → gross

#[test]
fn brutto_aus_netto_worked_example() {
    for jahr in [2024, 2025, 2026] {
        let a = kinderlos(250_000, 1);
        let n = netto(&a, jahr);
        let g = brutto_aus_netto(n.netto, &a, am(jahr)).unwrap();
        assert!(g <= Cent(250_000));
        assert_eq!(netto(&Lohnangaben { brutto_monat: g, ..a }, jahr).netto, n.netto, "{jahr}");
    }
    assert_eq!(brutto_aus_netto(Cent::NULL, &kinderlos(0, 1), am(2026)).unwrap(), Cent::NULL);
    assert_eq!(brutto_aus_netto(Cent(-5), &kinderlos(0, 1), am(2026)).unwrap(), Cent::NULL);
}

#[test]
fn brutto_aus_netto_at_the_minijob_border() {
    // Exempted minijobber: net = gross up to 603 €; the same net is reached again above the limit,
    // but the Minijob gross is smaller.
    let befreit = Lohnangaben { minijob_rv_befreit: true, ..kinderlos(0, 1) };
    assert_eq!(brutto_aus_netto(Cent(60_300), &befreit, am(2026)).unwrap(), Cent(60_300));
    assert_eq!(brutto_aus_netto(Cent(60_100), &befreit, am(2026)).unwrap(), Cent(60_100));
    // Not exempted: the Minijob net ends at 581.29, the Übergangsbereich starts at 600.61;
    // 590 € net is never paid, the smallest gross paying more is the first cent above the limit.
    let pflichtig = kinderlos(0, 1);
    let g = brutto_aus_netto(Cent(59_000), &pflichtig, am(2026)).unwrap();
    assert_eq!(g, Cent(60_301));
    assert!(netto(&Lohnangaben { brutto_monat: g, ..pflichtig.clone() }, 2026).netto > Cent(59_000));
    assert_eq!(brutto_aus_netto(Cent(58_129), &pflichtig, am(2026)).unwrap(), Cent(60_300));
}

/// Against a search by the cent through every gross from 0 to 2,100 €: the smallest gross with
/// exactly the net, else the smallest with more.
#[test]
fn brutto_aus_netto_matches_exhaustive_search() {
    let faelle = [
        (2026, kinderlos(0, 5)),
        (2024, Lohnangaben { minijob_rv_befreit: true, ..mit_kindern(0, 1, 3) }),
        (2025, kinderlos(0, 3)),
    ];
    for (jahr, vorlage) in faelle {
        let netze: Vec<i64> = (0..=210_000)
            .map(|b| netto(&Lohnangaben { brutto_monat: Cent(b), ..vorlage.clone() }, jahr).netto.0)
            .collect();
        let hoechstes = *netze.last().unwrap() - 1_000;
        let mut ziel = 1;
        while ziel < hoechstes {
            let erwartet = netze
                .iter()
                .position(|&n| n == ziel)
                .or_else(|| netze.iter().position(|&n| n >= ziel))
                .unwrap() as i64;
            let g = brutto_aus_netto(Cent(ziel), &vorlage, am(jahr)).unwrap();
            assert_eq!(g, Cent(erwartet), "{jahr} {:?} target {ziel}", vorlage.steuerklasse);
            ziel += 997;
        }
    }
}

// ---------------------------------------------------------------- properties

fn angaben() -> impl Strategy<Value = (Lohnangaben, i32)> {
    (
        prop_oneof![0i64..=300_000, 0i64..=100_000_000],
        1u8..=6,
        0u8..=6,
        any::<bool>(),
        16u8..=70,
        0u8..=6,
        prop::option::of(0i64..=450),
        any::<bool>(),
        any::<bool>(),
        2024i32..=2026,
    )
        .prop_map(|(brutto, stkl, kinder, eltern, alter, zkf, zusatz, sachsen, befreit, jahr)| {
            (
                Lohnangaben {
                    brutto_monat: Cent(brutto),
                    steuerklasse: klasse(stkl),
                    kinder_unter_25: kinder,
                    elterneigenschaft: eltern || kinder > 0,
                    alter,
                    kinderfreibetraege_halbe: zkf,
                    zusatzbeitrag_prozent_e2: zusatz,
                    pv_sachsen: sachsen,
                    minijob_rv_befreit: befreit,
                },
                jahr,
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Gross 0 to 1,000,000 € a month: the net lies between 0 and the gross, is the gross minus the
    /// deductions, and the reverse search leads back to a gross with exactly that net.
    #[test]
    fn net_within_gross_and_reverse_round_trip((a, jahr) in angaben()) {
        let n = netto_aus_brutto(&a, am(jahr)).unwrap();
        prop_assert!(n.netto <= n.brutto);
        prop_assert!(n.netto >= Cent::NULL);
        prop_assert_eq!(n.netto, n.brutto - n.steuern() - n.sozialversicherung());

        let g = brutto_aus_netto(n.netto, &a, am(jahr)).unwrap();
        prop_assert!(g <= n.brutto, "{:?} → {:?}", n, g);
        let zurueck = netto_aus_brutto(&Lohnangaben { brutto_monat: g, ..a.clone() }, am(jahr)).unwrap();
        prop_assert_eq!(zurueck.netto, n.netto, "gross {:?} → {:?}", n.brutto, g);
    }

    /// Any input whatsoever: no panic.
    #[test]
    fn no_panic_on_any_input(
        brutto in any::<i64>(),
        stkl in 1u8..=6,
        kinder in any::<u8>(),
        alter in any::<u8>(),
        zkf in any::<u8>(),
        zusatz in prop::option::of(any::<i64>()),
        flags in any::<(bool, bool, bool)>(),
        tag in 0i64..(3 * 366),
        ziel in any::<i64>(),
    ) {
        let a = Lohnangaben {
            brutto_monat: Cent(brutto),
            steuerklasse: klasse(stkl),
            kinder_unter_25: kinder,
            elterneigenschaft: flags.0,
            alter,
            kinderfreibetraege_halbe: zkf,
            zusatzbeitrag_prozent_e2: zusatz,
            pv_sachsen: flags.1,
            minijob_rv_befreit: flags.2,
        };
        let datum = Datum::ymd(2024, 1, 1).plus_tage(tag);
        if let Ok(n) = netto_aus_brutto(&a, datum) {
            prop_assert!(n.netto >= Cent::NULL);
        }
        let _ = lohnsteuer_jahr(Cent(brutto), &a, datum);
        let _ = brutto_aus_netto(Cent(ziel), &a, datum);
    }
}

//! Income as the statutes count it (issue 13): worked examples of our own, the statute arithmetic
//! in each comment. All on 2025-07-01 (Regelbedarf 563/506 €, KV 14.6 % + Zusatzbeitrag 2.5 %,
//! PV 3.6 % + 0.6 % for the childless, Grundfreibetrag 12,096 €).
#![cfg(not(target_arch = "wasm32"))]

use wohncheck::rules::datum::Datum;
use wohncheck::rules::geld::Cent;
use wohncheck::rules::haushalt::{Haushalt, Mitglied};
use wohncheck::rules::leistungen::{bewerte, Bewertung, Regime};

const AM: Datum = Datum::ymd(2025, 7, 1);

fn haushalt(mitglieder: Vec<Mitglied>, miete: i64, heizung: i64) -> Haushalt {
    Haushalt {
        mitglieder,
        mietstufe: Some(5),
        bruttokaltmiete: Cent::euro(miete),
        heizkosten: Cent::euro(heizung),
        wohnflaeche_m2: None,
        vermoegen: Cent::NULL,
        sgb2_bezug_seit_monaten: None,
        angemessenheitsgrenze: None,
    }
}

fn rentner(alter: u8, rente: i64) -> Mitglied {
    Mitglied { alter, rente: Cent::euro(rente), ..Default::default() }
}

/// The value `name` of the first step with `code`.
fn wert(b: &Bewertung, code: &str, name: &str) -> String {
    let s = b.schritte.iter().find(|s| s.code == code).unwrap_or_else(|| panic!("no step {code}"));
    s.werte.iter().find(|(k, _)| *k == name).unwrap_or_else(|| panic!("no {name} in {code}")).1.clone()
}

/// Point 3: the care surcharge for the childless depends on parenthood (§ 55 Abs. 3, § 59 Abs. 1
/// SGB XI), not on a child in the flat. Pensioner aged 70, 1,200 € gross, grown-up children
/// elsewhere; rent 700 €, heating 90 €, Mietstufe V.
///   health: 1,200 × (7.3 % + 2.5 % / 2) = 102.60 € (§ 249a SGB V)
///   care:   1,200 × 3.6 % = 43.20 € (a parent), not 1,200 × 4.2 % = 50.40 € (childless)
///   income tax: pension from 2021 (presumed: born 1955, Regelaltersgrenze 65 years 9 months),
///     81 % taxable: 14,400 × 0.81 = 11,664 − 102 − 12 × 145.80 − 36 = 9,776.40 € < 12,096 €: none
///   paid out: 1,200 − 102.60 − 43.20 = 1,054.20 € (childless: 1,047.00 €)
///   Sozialhilfe (SGB XII): need 563 + 700 + 90 = 1,353 €; 1,353 − 1,054.20 = 298.80 €
///     (childless: 306.00 €).
///   Wohngeld: Y = (14,400 − 102) × 0.9 / 12 = 1,072.35 €; M = min(700, 562 + 19.20) + 110.40
///     = 691.60 €; z1 = 0.04 + 0.0004797 × 691.60 + 0.0000408 × 1,072.35 = 0.4155124;
///     z4 = 1.15 × (691.60 − 0.4155124 × 1,072.35) = 282.92 → 283 €;
///     1,054.20 + 283 = 1,337.20 < 1,353: Sozialhilfe first, Wohngeld the alternative.
/// Without an answer he is presumed a parent above the Regelaltersgrenze, and the notes say so.
#[test]
fn care_surcharge_follows_parenthood() {
    let mit = |hat_kinder: Option<bool>| {
        let m = Mitglied { hat_kinder, ..rentner(70, 1200) };
        bewerte(&haushalt(vec![m], 700, 90), Cent::NULL, false, AM).unwrap()
    };
    let eltern = mit(Some(true));
    assert_eq!(eltern.regime, Regime::Sgb12);
    assert_eq!(eltern.betraege.sozialhilfe, Cent(29_880));
    assert_eq!(wert(&eltern, "rente", "beitraege"), Cent(14_580).wert());
    assert_eq!(eltern.alternative.wohngeld, Cent::euro(283));
    let kinderlos = mit(Some(false));
    assert_eq!(kinderlos.betraege.sozialhilfe, Cent(30_600));
    assert_eq!(wert(&kinderlos, "rente", "beitraege"), Cent(15_300).wert());
    let vermutet = mit(None);
    assert_eq!(vermutet.betraege.sozialhilfe, Cent(29_880));
    assert!(vermutet.hinweise.iter().any(|h| h.contains("Kinder hat oder hatte") && h.contains("§ 55 Abs. 3 SGB XI")), "{:?}", vermutet.hinweise);
    assert!(!eltern.hinweise.iter().any(|h| h.contains("Kinder hat oder hatte")));
    // The year of retirement is presumed and said so.
    assert!(eltern.hinweise.iter().any(|h| h.contains("angenommen 2021")), "{:?}", eltern.hinweise);
    // Below the age limit and without an answer: childless, no presumption (a 40-year-old).
    let jung = bewerte(&haushalt(vec![Mitglied { bruttolohn: Some(Cent::euro(2500)), ..rentner(40, 0) }], 700, 90), Cent::NULL, false, AM).unwrap();
    assert_eq!(jung.nettoloehne, vec![Cent(176_659)]);
    assert!(!jung.hinweise.iter().any(|h| h.contains("Kinder hat oder hatte")));
}

/// Points 5 and 6: the pensioner's income tax is deducted in the Sozialhilfe (§ 82 Abs. 2 Satz 1
/// Nr. 1 SGB XII) and gives the Wohngeld income-tax criterion (§ 16 Abs. 1 Nr. 1 WoGG).
/// Pensioner aged 75, 1,800 € gross since 2018 (76 % taxable), grown-up children; rent 1,000 €,
/// heating 120 €.
///   health 1,800 × 8.55 % = 153.90 €; care 1,800 × 3.6 % = 64.80 €; together 218.70 €
///   taxable: 21,600 × 0.76 = 16,416 − 102 (§ 9a Satz 1 Nr. 3 EStG) − 12 × 218.70 (§ 10 Abs. 1
///     Nr. 3 EStG) − 36 (§ 10c EStG) = 13,653.60 € → 13,653 €
///   tax (§ 32a EStG 2025, zone 2): y = (13,653 − 12,096) / 10,000 = 0.1557;
///     (932.30 × 0.1557 + 1,400) × 0.1557 = 240.58 → 240 € a year, Soli 0: 20.00 € a month
///   paid out: 1,800 − 218.70 − 20.00 = 1,561.30 €
///   Sozialhilfe: need 563 + 1,000 + 120 = 1,683 €; 1,683 − 1,561.30 = 121.70 € (101.70 € without
///     the tax).
///   Wohngeld: two criteria, health/care and, now inferred, income tax: 20 %;
///     Y = (21,600 − 102) × 0.8 / 12 = 1,433.20 € (1,612.35 € with the health/care criterion only).
#[test]
fn pensioners_income_tax_is_deducted_and_counts_for_wohngeld() {
    let m = Mitglied { hat_kinder: Some(true), rentenbeginn: Some(2018), ..rentner(75, 1800) };
    let b = bewerte(&haushalt(vec![m.clone()], 1000, 120), Cent::NULL, false, AM).unwrap();
    assert_eq!(wert(&b, "rente", "steuer"), Cent(2_000).wert());
    assert_eq!(wert(&b, "rente", "netto"), Cent(156_130).wert());
    assert_eq!(b.regime, Regime::Sgb12);
    assert_eq!(b.betraege.sozialhilfe, Cent(12_170));
    assert_eq!(wert(&b, "wg_einkommen", "y"), Cent(143_320).wert());
    // Answered "pays no income tax": nothing is deducted and the criterion is not given.
    let ohne = bewerte(&haushalt(vec![Mitglied { zahlt_steuern: Some(false), ..m }], 1000, 120), Cent::NULL, false, AM).unwrap();
    assert_eq!(ohne.betraege.sozialhilfe, Cent(10_170));
    assert_eq!(wert(&ohne, "wg_einkommen", "y"), Cent(161_235).wert());
}

/// Point 5 for a mixed couple in SGB II, assessed jointly (splitting, § 32a Abs. 5 EStG):
/// pensioner aged 70, 1,600 € since 2020 (80 %), a parent; partner aged 55, childless, 2,500 €
/// gross, tax class III, no wage tax withheld at that wage. Rent 900 €, heating 120 €.
///   wage: 30,000 − 1,230 − 36 − 12 × (232.50 + 213.75 + 60.00) = 22,659 € taxable
///   pension: 19,200 × 0.8 = 15,360 − 102 − 12 × (136.80 + 57.60) − 36 = 12,889.20 €
///   joint 35,548.20 €; half 17,774 € (zone 3): z = (17,774 − 17,443) / 10,000 = 0.0331;
///     (176.64 × 0.0331 + 2,397) × 0.0331 + 1,015.13 = 1,094.66 → 1,094; × 2 = 2,188 € a year
///   minus wage tax withheld 0: 182.33 € a month on the pension
///   paid-out pension 1,600 − 194.40 − 182.33 = 1,223.27 €
///   SGB II income: (1,223.27 − 30 Versicherungspauschale) + (1,961.25 − 348 Freibetrag)
///     = 1,193.27 + 1,613.25 = 2,806.52 € against a need of 2 × 506 + 1,020 = 2,032 €: none.
#[test]
fn mixed_couple_splitting_tax_on_the_pension() {
    let a = Mitglied { hat_kinder: Some(true), rentenbeginn: Some(2020), ..rentner(70, 1600) };
    let b = Mitglied { alter: 55, bruttolohn: Some(Cent::euro(2500)), ..Default::default() };
    let r = bewerte(&haushalt(vec![a, b], 900, 120), Cent::NULL, false, AM).unwrap();
    assert_eq!(wert(&r, "rente", "steuer"), Cent(18_233).wert());
    assert_eq!(r.nettoloehne, vec![Cent::NULL, Cent(196_125)]);
    assert_eq!(wert(&r, "gs_einkommen_sgb2", "einkommen"), Cent(280_652).wert());
    assert_eq!(r.regime, Regime::Keines);
}

/// Point 2: a Minijob flat-taxed by the employer (§ 40a EStG; 400 € ≤ 556 €, opted out of pension
/// insurance) has no § 16 criterion, counts in full (§ 14 Abs. 1 Satz 3 Nr. 2 WoGG), and stays
/// out of the couple's pooled taxable income, so the Minijobber gets no tax criterion even though
/// the partner's 4,000 € are taxed:
///   Y = ((48,000 − 1,230) × 0.7 + 4,800) / 12 = (32,739 + 4,800) / 12 = 3,128.25 €
///   (before issue 13: 0.9 × (4,800 − 1,230) = 3,213 with the inferred tax criterion: 2,996.00 €).
/// The net wage is 400 €: no pension contribution after the opt-out.
#[test]
fn minijob_without_lump_sum_and_without_tax_criterion() {
    let a = Mitglied { alter: 45, bruttolohn: Some(Cent::euro(4000)), ..Default::default() };
    let b = Mitglied { alter: 44, bruttolohn: Some(Cent::euro(400)), zahlt_rente: Some(false), ..Default::default() };
    let r = bewerte(&haushalt(vec![a, b], 800, 120), Cent::NULL, false, AM).unwrap();
    assert_eq!(r.nettoloehne[1], Cent::euro(400));
    assert_eq!(wert(&r, "wg_einkommen", "y"), Cent(312_825).wert());
}

/// Point 4: the Kinderzuschlag counts the parents' non-wage income after the 30 € Versicherungs-
/// pauschale (§ 6a Abs. 5, 6 BKGG with § 11b SGB II). Couple with children aged 4 and 9,
/// Mietstufe IV; one parent 2,600 € gross / 1,950 € net, the other ALG I 400 €; rent 800 €,
/// heating 120 €.
///   earnings after § 11b: 1,950 − (100 + 20 % × 420 + 30 % × 480 + 10 % × 500) = 1,950 − 378 = 1,572 €
///   parents' need: 2 × 506 + 920 × 6,180 / (6,180 + 2 × 1,248) = 1,012 + 655.33 = 1,667.33 €
///   other income 400 − 30 = 370 € (before issue 13: 400 €) covers need first:
///   earnings above the rest: 1,572 − (1,667.33 − 370) = 274.67 €; 45 % = 123.60 €
///   Kinderzuschlag 2 × 297 − 123.60 = 470.40 € (before: 1,572 − 1,267.33 = 304.67; 45 % = 137.10;
///   456.90 €). The Mindesteinkommensgrenze stays without deductions: 2,600 + 400 ≥ 900 €.
#[test]
fn kinderzuschlag_after_the_insurance_lump_sum() {
    let a = Mitglied { alter: 35, bruttolohn: Some(Cent::euro(2600)), nettolohn: Some(Cent::euro(1950)), ..Default::default() };
    let b = Mitglied { alter: 33, arbeitslosengeld: Cent::euro(400), ..Default::default() };
    let kind = |alter| Mitglied { alter, ..Default::default() };
    let mut h = haushalt(vec![a, b, kind(4), kind(9)], 800, 120);
    h.mietstufe = Some(4);
    let r = bewerte(&h, Cent::NULL, false, AM).unwrap();
    assert_eq!(r.regime, Regime::WohngeldKinderzuschlag);
    assert_eq!(r.betraege.kinderzuschlag, Cent(47_040));
    assert_eq!(wert(&r, "kiz_mindesteinkommen", "brutto"), Cent::euro(3000).wert());
}

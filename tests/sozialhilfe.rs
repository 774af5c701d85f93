//! Hand-checked cases for the Sozialhilfe (SGB XII) and the Vorrangprüfung, written out step by step.
#![cfg(not(target_arch = "wasm32"))]

use wohncheck::rules::datum::Datum;
use wohncheck::rules::geld::Cent;
use wohncheck::rules::haushalt::{Haushalt, Mitglied};
use wohncheck::rules::leistungen::{bewerte, Regime};

fn rentner(rente: i64, miete: i64, heizung: i64) -> Haushalt {
    Haushalt {
        mitglieder: vec![Mitglied { alter: 70, rente: Cent::euro(rente), ..Default::default() }],
        mietstufe: Some(5),
        bruttokaltmiete: Cent::euro(miete),
        heizkosten: Cent::euro(heizung),
        wohnflaeche_m2: Some(45.0),
        vermoegen: Cent::euro(2000),
        sgb2_bezug_seit_monaten: None,
        angemessenheitsgrenze: None,
    }
}

/// Pensioner aged 70 (above the Regelaltersgrenze, § 41 Abs. 2 SGB XII), 2025-07-01, Mietstufe V,
/// gross pension 900 €, Bruttokaltmiete 500 €, heating 80 €. Whether he has children is not
/// answered: above the Regelaltersgrenze he is presumed a parent (issue 13), so no surcharge for
/// the childless.
///
/// Grundsicherung im Alter (4th chapter SGB XII):
///   need = Regelbedarfsstufe 1 563 € (§ 28 SGB XII, Anlage) + housing 500 + heating 80 = 1,143 €.
///   income = pension 900 − health 7.3 % + Zusatzbeitrag 2.5 %/2 = 76.95 € (§ 249a SGB V)
///            − care 3.6 % = 32.40 € (§ 59 SGB XI; 37.80 € before issue 13, with the surcharge)
///            − income tax 0 (pension from 2021, 81 % taxable: 8,748 − 102 − 12 × 109.35 − 36
///              = 7,297.80 € is below the Grundfreibetrag of 12,096 €) = 790.65 € (§ 82 Abs. 2 SGB XII).
///   Grundsicherung = 1,143 − 790.65 = 352.35 €.
/// Wohngeld (§ 19 WoGG): M = 500 + 110.40 = 610.40 €; Y = (900 × 12 − 102 Werbungskosten-
///   Pauschbetrag for pensions) × 0.9 / 12 = 802.35 € (10 % for health and care contributions,
///   §§ 14, 16 WoGG; 810 € before issue 13); z1 = 0.04 + 0.0004797 × 610.40 + 0.0000408 × 802.35
///   = 0.36554476; z2 = z1 × 802.35 = 293.2948381860; z4 = 1.15 × (610.40 − z2) = 364.67 → 365 €
///   (361 € before issue 13).
/// Vorrang: 790.65 + 365 = 1,155.65 € covers the need of 1,143 €, so Wohngeld goes first (§ 7 WoGG).
#[test]
fn pensioner_gets_wohngeld_before_grundsicherung() {
    let b = bewerte(&rentner(900, 500, 80), Cent::NULL, false, Datum::ymd(2025, 7, 1)).unwrap();
    assert_eq!(b.regime, Regime::WohngeldKinderzuschlag);
    assert_eq!(b.betraege.wohngeld, Cent::euro(365));
    assert_eq!(b.alternative_regime, Regime::Sgb12);
    assert_eq!(b.alternative.sozialhilfe, Cent(35_235));
}

/// Same pensioner with a rent of 600 €: need 1,243 €; Wohngeld: M = 581.20 (cap 562 + 19.20) + 110.40
/// = 691.60; z1 = 0.04 + 0.0004797 × 691.60 + 0.0000408 × 802.35 = 0.4044964;
/// z4 = 1.15 × (691.60 − 0.4044964 × 802.35) = 422.11 → 422 € (418 € before issue 13, with Y = 810);
/// 790.65 + 422 < 1,243 → Grundsicherung 1,243 − 790.65 = 452.35 € (457.75 € before issue 13).
#[test]
fn pensioner_with_higher_rent_gets_grundsicherung() {
    let b = bewerte(&rentner(900, 600, 80), Cent::NULL, false, Datum::ymd(2025, 7, 1)).unwrap();
    assert_eq!(b.regime, Regime::Sgb12);
    assert_eq!(b.betraege.sozialhilfe, Cent(45_235));
    assert_eq!(b.betraege.wohngeld, Cent::NULL);
    assert_eq!(b.alternative.wohngeld, Cent::euro(422));
}

/// Assets above 10,000 € (§ 90 Abs. 2 Nr. 9 SGB XII, DVO § 1) end the claim.
#[test]
fn pensioner_with_savings_gets_no_sozialhilfe() {
    let mut h = rentner(900, 600, 80);
    h.vermoegen = Cent::euro(10_001);
    let b = bewerte(&h, Cent::NULL, false, Datum::ymd(2025, 7, 1)).unwrap();
    assert_eq!(b.betraege.sozialhilfe, Cent::NULL);
    assert!(b.schritte.iter().any(|s| s.leistung == "sozialhilfe" && s.code == "gs_vermoegen" && s.werte.contains(&("ergebnis", "@erklaerung_wort_vermoegen_zu_hoch".to_string()))));
}

//! Wohngeld as Mietzuschuss (§§ 4–22 WoGG, Anlagen 1–3): [`wohngeld`] composes the asset test
//! (§ 21 Nr. 3), the rent M (`miete`, § 12), the income Y (`einkommen`, §§ 14–17) and the formula
//! with its minimum (`formel`, § 19, § 21 Nr. 1), all in the arithmetic of Anlage 3 (`fix10`).

mod einkommen;
mod fix10;
mod formel;
mod miete;

pub use fix10::Fix10;
pub use formel::formel;
pub use miete::hoechstbetrag;

use crate::rules::geld::Cent;
use crate::rules::params::{id, RechtsstandFehler, Stichtag};
use crate::rules::schritt::Schritt;

/// One member's income as § 14–16 WoGG count it, per year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WohngeldEinkommen {
    /// Gross wage per month.
    pub bruttolohn: Cent,
    /// The wage is a Minijob up to the Geringfügigkeitsgrenze, flat-taxed by the employer
    /// (§ 40a EStG): it counts in full, without the Arbeitnehmer-Pauschbetrag (§ 14 Abs. 1
    /// Satz 3 Nr. 2 WoGG; actual expenses are not asked).
    pub minijob: bool,
    /// Pensions per month (gross): the member deducts the Werbungskosten-Pauschbetrag for
    /// pensions from their annual amount (§ 14 Abs. 1, Abs. 2 Nr. 3 WoGG, § 9a Satz 1 Nr. 3 EStG).
    pub rente: Cent,
    /// ALG I, maintenance received, other income: per month, counted in full.
    pub sonstiges: Cent,
    /// How many of the three § 16 criteria (taxes, health/care, pension) apply: 0..=3.
    pub abzugsmerkmale: u8,
    /// A child under 25: its earnings are free up to the § 17 Nr. 4 amount.
    pub kind_unter_25: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WohngeldEingabe {
    pub mitglieder: Vec<WohngeldEinkommen>,
    pub mietstufe: u8,
    pub bruttokaltmiete: Cent,
    pub alleinerziehend: bool,
    pub schwerbehinderte: usize,
    pub vermoegen: Cent,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WohngeldErgebnis {
    /// Monthly Wohngeld in euros, as paid.
    pub betrag: i64,
    /// The rent M and the income Y of the formula.
    pub m: Fix10,
    pub y: Fix10,
    pub unrund: Fix10,
    pub schritte: Vec<Schritt>,
}

pub fn wohngeld(e: &WohngeldEingabe, am: impl Into<Stichtag>) -> Result<WohngeldErgebnis, RechtsstandFehler> {
    let am = am.into();
    let n = e.mitglieder.len().max(1);
    let (zu_viel_vermoegen, schritt_vermoegen) = vermoegen(e, n, am)?;
    let (m, schritt_miete) = miete::miete(e, n, am)?;
    let (y, schritt_einkommen) = einkommen::einkommen(e, n, am)?;
    let (z4, betrag, schritt_formel) = formel::zahlbetrag(n, m, y, zu_viel_vermoegen, am)?;
    let schritte = vec![schritt_vermoegen, schritt_miete, schritt_einkommen, schritt_formel];
    Ok(WohngeldErgebnis { betrag, m, y, unrund: z4, schritte })
}

/// Vermögen (§ 21 Nr. 3 WoGG): whether the household's assets exclude Wohngeld, and the
/// `wg_vermoegen` step.
fn vermoegen(e: &WohngeldEingabe, n: usize, am: Stichtag) -> Result<(bool, Schritt), RechtsstandFehler> {
    let mut grenze = Fix10::aus_zahl(id::WOHNGELD_VERMOEGEN_ERSTES_MITGLIED.zahl(am)?)
        .plus(Fix10::aus_zahl(id::WOHNGELD_VERMOEGEN_JEDES_WEITERE_MITGLIED.zahl(am)?).mal(Fix10::ganz(n as i64 - 1)));
    let hoechstgrenze = Fix10::aus_zahl(id::WOHNGELD_VERMOEGEN_HOECHSTGRENZE.zahl(am)?);
    if hoechstgrenze > Fix10::ganz(0) {
        grenze = grenze.min(hoechstgrenze);
    }
    let zu_viel_vermoegen = Fix10::aus_cent(e.vermoegen) > grenze;
    let schritt = Schritt::neu(
        "wohngeld",
        "wg_vermoegen",
        vec![
            ("grenze", grenze.auf_cent().wert()),
            ("vermoegen", e.vermoegen.wert()),
            ("ergebnis", if zu_viel_vermoegen { "@erklaerung_wort_kein_wohngeld" } else { "@erklaerung_wort_erfuellt" }.into()),
        ],
        id::WOHNGELD_VERMOEGEN_ERSTES_MITGLIED.norm(),
    );
    Ok((zu_viel_vermoegen, schritt))
}

pub fn roemisch(stufe: u8) -> &'static str {
    ["I", "II", "III", "IV", "V", "VI", "VII"].get(stufe.clamp(1, 7) as usize - 1).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;

    fn single(brutto: i64, miete: i64) -> WohngeldEingabe {
        WohngeldEingabe {
            mitglieder: vec![WohngeldEinkommen { bruttolohn: Cent::euro(brutto), abzugsmerkmale: 3, ..Default::default() }],
            mietstufe: 5,
            bruttokaltmiete: Cent::euro(miete),
            alleinerziehend: false,
            schwerbehinderte: 0,
            vermoegen: Cent::NULL,
        }
    }

    /// LAW2027.md 2.4: cases A and B of DOMAIN.md under the law carried forward (the 2025 figures,
    /// no Fortschreibung found) and under the reform bill BT-Drs. 21/8284, with the Werbungskosten
    /// of today (1,230 €) and of the tax bill BT-Drs. 21/8235 (1,430 €). Case A under the reform:
    /// M = min(600, 562 + 19.20) + 62.40 = 643.60; Y = (16,800 − 1,230) · 0.7 / 12 = 908.25;
    /// 1.15 · (643.60 − (a + b·M + c·Y) · Y) with c = 4.080e-5 · 1.58 = 6.446e-5 gives 314.7 → 315.
    #[test]
    fn year_2027_as_it_stands_and_under_the_bills() {
        use crate::rules::params::Stichtag;
        let jan = Datum::ymd(2027, 1, 12);
        let unter = |codes: &[&str]| Stichtag::unter(jan, codes).unwrap();
        for (brutto, heute, reform, reform_und_steuer) in [(1400, 368, 315, 321), (2000, 145, 77, 84)] {
            assert_eq!(wohngeld(&single(brutto, 600), Datum::ymd(2026, 12, 31)).unwrap().betrag, heute);
            assert_eq!(wohngeld(&single(brutto, 600), jan).unwrap().betrag, heute, "carried forward");
            assert_eq!(wohngeld(&single(brutto, 600), unter(&["wohngeld_reform"])).unwrap().betrag, reform);
            assert_eq!(wohngeld(&single(brutto, 600), unter(&["wohngeld_reform", "estrefg_2027"])).unwrap().betrag, reform_und_steuer);
        }
        // The bill's minimum payment of 15 €: an amount of 12 € is paid today, not under the bill.
        let knapp = (2000..3000).find(|&b| wohngeld(&single(b, 600), jan).unwrap().betrag == 12).unwrap();
        assert_eq!(wohngeld(&single(knapp, 600), unter(&["wohngeld_reform"])).unwrap().betrag, 0);
    }

    /// BMWSB Wohngeldrechner 2025, case A of DOMAIN.md 5.8 (GETTSIM test data
    /// wohngeld/2025-01-01/single_haushalt_1400_euro_monatliches_einkommen.yaml): 368 €.
    #[test]
    fn bmwsb_2025_single_1400() {
        let r = wohngeld(&single(1400, 600), Datum::ymd(2025, 7, 1)).unwrap();
        assert_eq!(r.y, Fix10(9_082_500_000_000));
        assert_eq!(r.m, Fix10(6_916_000_000_000));
        assert_eq!(r.unrund, Fix10(3_683_356_283_740));
        assert_eq!(r.betrag, 368);
    }

    /// Case B: same with 2,000 € gross: 145 €.
    #[test]
    fn bmwsb_2025_single_2000() {
        let r = wohngeld(&single(2000, 600), Datum::ymd(2025, 7, 1)).unwrap();
        assert_eq!(r.y, Fix10(13_282_500_000_000));
        assert_eq!(r.unrund, Fix10(1_447_019_336_140));
        assert_eq!(r.betrag, 145);
    }

    #[test]
    fn nothing_below_ten_euros_and_nothing_with_large_assets() {
        // Somewhere between 2,000 and 2,600 € gross the formula gives 1 to 9 €:
        // there nothing is paid (§ 21 Nr. 1 WoGG).
        let knapp = (2000..2600)
            .map(|b| wohngeld(&single(b, 600), Datum::ymd(2026, 3, 1)).unwrap())
            .find(|r| (1..10).contains(&r.unrund.auf_euro()))
            .expect("a wage with 0 < Wohngeld < 10 €");
        assert_eq!(knapp.betrag, 0);
        let mut e = single(2000, 600);
        e.vermoegen = Cent::euro(60_001);
        let r = wohngeld(&single(1400, 600), Datum::ymd(2026, 3, 1)).unwrap();
        assert_eq!(r.betrag, 368);
        let r = wohngeld(&e, Datum::ymd(2026, 3, 1)).unwrap();
        assert_eq!(r.betrag, 0);
    }
}

//! Pensions and income tax: the taxable share of a statutory pension by the year it began
//! (§ 22 Nr. 1 Satz 3 Buchst. a Doppelbuchst. aa EStG, `params/lohnsteuer.toml`).

use crate::rules::params::{id, RechtsstandFehler, Stichtag};

/// The taxable share of a statutory pension that began in `rentenbeginn` (§ 22 Nr. 1 Satz 3
/// Buchst. a Doppelbuchst. aa EStG): the table's section for the year, its share grown by its
/// step for every year after its first, at most 1; before the first year the first share.
pub fn besteuerungsanteil(rentenbeginn: i32, am: impl Into<Stichtag>) -> Result<f64, RechtsstandFehler> {
    let crate::rules::params::Wert::Tabelle(abschnitte) = id::LOHNSTEUER_BESTEUERUNGSANTEIL_RENTEN.stand(am.into())?.wert else {
        unreachable!("the Besteuerungsanteil is a table")
    };
    let jahr = f64::from(rentenbeginn);
    let a = abschnitte.iter().rev().find(|z| z[0].f <= jahr).unwrap_or(&abschnitte[0]);
    // In thousandths, so that 0.825 + 2 × 0.005 is exactly 0.835.
    let promille = (a[1].f * 1000.0).round() + (a[2].f * 1000.0).round() * (jahr - a[0].f).max(0.0);
    Ok(promille.min(1000.0) / 1000.0)
}

//! Pensions: the taxable share of a statutory pension by the year it began (§ 22 Nr. 1 Satz 3
//! Buchst. a Doppelbuchst. aa EStG, `params/lohnsteuer.toml`), the health and care contributions
//! a pensioner pays on it (§ 249a SGB V, § 59 SGB XI) and its taxable income in a year.

use crate::rules::geld::Cent;
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

/// The contributions a pensioner pays on a statutory pension: half of the general health rate
/// and of the Zusatzbeitrag (§ 249a SGB V) and the full care rate (§ 59 Abs. 1 SGB XI), plus the
/// surcharge for the childless. The Sozialhilfe and Bürgergeld count only what is paid out
/// (§ 82 Abs. 2 SGB XII, § 11b SGB II).
pub(crate) fn rente_beitraege(rente: Cent, zuschlag: bool, am: Stichtag) -> Result<Cent, RechtsstandFehler> {
    if rente == Cent::NULL {
        return Ok(Cent::NULL);
    }
    let kv = id::SOZIALVERSICHERUNG_KV_SATZ_ALLGEMEIN.zahl(am)?.f / 2.0
        + id::SOZIALVERSICHERUNG_KV_ZUSATZBEITRAG_DURCHSCHNITT.zahl(am)?.f / 2.0;
    let pv = 2.0 * id::SOZIALVERSICHERUNG_PV_SATZ_ARBEITNEHMER.zahl(am)?.f
        + if zuschlag { id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_KINDERLOS.zahl(am)?.f } else { 0.0 };
    Ok(rente.mal(kv) + rente.mal(pv))
}

/// The taxable income from a pension in a year (§ 22 Nr. 1 Satz 3 Buchst. a Doppelbuchst. aa
/// EStG): the Besteuerungsanteil of its first year applied to today's pension, minus the
/// Werbungskosten-Pauschbetrag (§ 9a Satz 1 Nr. 3 EStG), the health and care contributions as
/// Sonderausgaben (§ 10 Abs. 1 Nr. 3 EStG; pensioners have no sick pay, so in full) and, without
/// a wage (whose estimate has it already), the Sonderausgaben-Pauschbetrag (§ 10c EStG).
pub(crate) fn rente_zu_versteuern(rente: Cent, beitraege: Cent, beginn: i32, mit_lohn: bool, am: Stichtag) -> Result<Cent, RechtsstandFehler> {
    if rente == Cent::NULL {
        return Ok(Cent::NULL);
    }
    let anteil = besteuerungsanteil(beginn, am)?;
    let einnahmen = Cent(rente.0.saturating_mul(12)).mal(anteil);
    let pauschbetrag = Cent::euro(id::LOHNSTEUER_WERBUNGSKOSTEN_PAUSCHBETRAG_RENTEN.zahl(am)?.f as i64);
    let sonderausgaben = if mit_lohn { Cent::NULL } else { Cent::euro(id::LOHNSTEUER_SONDERAUSGABEN_PAUSCHBETRAG.zahl(am)?.f as i64) };
    Ok(((einnahmen - pauschbetrag).max(Cent::NULL) - Cent(beitraege.0.saturating_mul(12)) - sonderausgaben).max(Cent::NULL))
}

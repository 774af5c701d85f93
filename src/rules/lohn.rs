//! Monthly gross ↔ net wage of an employee in Germany, 2024–2026: the wage withholding tax
//! (Lohnsteuer) and solidarity surcharge as the BMF's Programmablaufplan (PAP) computes them,
//! and the employee's contributions to pension (RV), unemployment (AV), health (KV) and
//! long-term care (PV) insurance, including Minijob and Übergangsbereich (Midijob).
//! Figures and formulas: `../shared/domain/PAYROLL.md`; every legal figure comes from
//! `params/lohnsteuer.toml` and `params/sozialversicherung.toml`.
//!
//! # API
//! - [`netto_aus_brutto`]: a monthly gross and the person's data ([`Lohnangaben`]) give
//!   every deduction and the net ([`Nettolohn`]).
//! - [`brutto_aus_netto`]: the gross that yields a given net (see there for which one).
//! - [`lohnsteuer_jahr`]: wage tax and Soli for an annual wage (the PAP with LZZ = 1).
//! - [`Lohnangaben::neu`] fills in the usual defaults.
//!
//! # Decisions
//! - **Rules follow the date.** Which Vorsorgepauschale applies (with the Mindestvorsorgepauschale
//!   up to 2025, with the unemployment-insurance part from 2026) is decided by the rates in the data
//!   (`vorsorgepauschale_mindestsatz` 0.12 → 0, `vorsorgepauschale_av_satz` 0 → 0.013); a rate of 0
//!   makes a part vanish, so the code has no year switch.
//! - **Exact arithmetic.** Amounts are integer cents, rates exact decimals (`Zahl::e10`), all in
//!   `i128`; the PAP's truncations (zvE to euros, y/z to 6 decimals, tax to euros, Soli to cents,
//!   monthly share floored) are reproduced step by step.
//! - **Kinderfreibeträge** are given in halves (`kinderfreibetraege_halbe` = 2 × ZKF), because the
//!   ELStAM only ever shows multiples of 0.5. They change the Soli only, never the wage tax.
//! - **PV surcharge**: a person pays the childless surcharge if aged 23 or over, with no child under
//!   25 and without `elterneigenschaft` (parents whose children are all 25 or older pay none).
//!   Discounts: one for each child under 25 from the second on, at most four.
//! - **Zusatzbeitrag**: `None` uses the official average of the year; an own rate is taken as given
//!   but kept within 0–10 %, because rates outside that range do not exist and would make the net fall
//!   as the gross rises, which the reverse search relies on not happening.
//! - **Minijob** (gross up to the Geringfügigkeitsgrenze; a gross of 0 counts as Minijob with nothing
//!   due): no KV, AV, PV. Pension insurance is compulsory unless the employee applied for exemption;
//!   [`Lohnangaben::neu`] sets `minijob_rv_befreit = false` because that is the law's default (more than
//!   80 % do opt out, so an interface should ask). The employee pays the full rate on at least 175 €
//!   minus the employer's flat 15 % of the actual wage; the deduction is never more than the wage,
//!   because the employer can recover the employee's share only by deducting it from the wage
//!   (§ 28g SGB IV).
//!   No wage tax is deducted: the usual case is the employer's flat-rate tax (§ 40a Abs. 2 EStG).
//! - **Übergangsbereich**: contributions from the reduced bases BE (total) and BE_AN (employee),
//!   both rounded to cents; the childless PV surcharge on BE, everything else on BE_AN. The wage tax
//!   uses the full gross, like the PAP.
//! - **Rounding of contributions**: each insurance branch is rounded half up to cents from the
//!   employee's whole rate (KV: half the general rate plus half the Zusatzbeitrag in one).
//!
//! Not modelled: church tax, private health insurance, pensions (Versorgungsbezüge, Altersentlastung),
//! allowances or additions on the ELStAM, the factor method, one-off payments, the 2024 pension
//! ceiling of East Germany, and the one-off catch-up of the December 2024 payroll (the 2024 figures
//! are those of the regular monthly deduction, see `params/lohnsteuer.toml`).

use crate::rules::geld::Cent;
use crate::rules::params::{id, ParamId, RechtsstandFehler, Stichtag};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Steuerklasse {
    I,
    II,
    III,
    IV,
    V,
    VI,
}

impl Steuerklasse {
    /// 1 → I … 6 → VI.
    pub fn aus_zahl(zahl: u8) -> Option<Steuerklasse> {
        match zahl {
            1 => Some(Steuerklasse::I),
            2 => Some(Steuerklasse::II),
            3 => Some(Steuerklasse::III),
            4 => Some(Steuerklasse::IV),
            5 => Some(Steuerklasse::V),
            6 => Some(Steuerklasse::VI),
            _ => None,
        }
    }
}

/// What the calculation needs to know about the employee.
#[derive(Clone, Debug, PartialEq)]
pub struct Lohnangaben {
    /// Regular monthly gross. Negative amounts count as 0.
    pub brutto_monat: Cent,
    pub steuerklasse: Steuerklasse,
    /// Children under 25: each one from the second on lowers the PV rate.
    pub kinder_unter_25: u8,
    /// Has or had a child (also adopted or step-child), even if all are 25 or older now.
    /// `kinder_unter_25 > 0` implies it.
    pub elterneigenschaft: bool,
    /// Age in years; only the PV surcharge depends on it.
    pub alter: u8,
    /// Kinderfreibeträge on the ELStAM, in halves: ZKF 1.0 → 2, ZKF 0.5 → 1.
    pub kinderfreibetraege_halbe: u8,
    /// The health fund's Zusatzbeitrag in hundredths of a percent (2.45 % → 245);
    /// `None`: the official average of the year.
    pub zusatzbeitrag_prozent_e2: Option<i64>,
    /// Place of employment in Saxony: higher employee share of PV (§ 58 Abs. 3 SGB XI).
    pub pv_sachsen: bool,
    /// Minijob only: exempted from pension insurance on the employee's application.
    pub minijob_rv_befreit: bool,
}

impl Lohnangaben {
    /// No children, average Zusatzbeitrag, not Saxony, and in a Minijob the legal default
    /// (pension insurance, not exempted).
    pub fn neu(brutto_monat: Cent, steuerklasse: Steuerklasse, alter: u8) -> Lohnangaben {
        Lohnangaben {
            brutto_monat,
            steuerklasse,
            kinder_unter_25: 0,
            elterneigenschaft: false,
            alter,
            kinderfreibetraege_halbe: 0,
            zusatzbeitrag_prozent_e2: None,
            pv_sachsen: false,
            minijob_rv_befreit: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Beschaeftigung {
    /// Up to the Geringfügigkeitsgrenze (§ 8 Abs. 1a SGB IV).
    Minijob,
    /// Above it up to 2,000 € (§ 20 Abs. 2 SGB IV).
    Uebergangsbereich,
    Regulaer,
}

/// One month's pay. All amounts are the employee's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nettolohn {
    pub brutto: Cent,
    pub lohnsteuer: Cent,
    pub soli: Cent,
    pub rv: Cent,
    pub av: Cent,
    pub kv: Cent,
    pub pv: Cent,
    pub netto: Cent,
    pub beschaeftigung: Beschaeftigung,
}

impl Nettolohn {
    pub fn sozialversicherung(&self) -> Cent {
        self.rv + self.av + self.kv + self.pv
    }

    pub fn steuern(&self) -> Cent {
        self.lohnsteuer + self.soli
    }
}

/// Wage tax for a whole year (PAP with LZZ = 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jahreslohnsteuer {
    /// Always whole euros (LSTJAHR).
    pub lohnsteuer: Cent,
    pub soli: Cent,
    /// The tax recomputed with the Kinderfreibeträge (JBMG): base of Soli and church tax.
    pub bemessungsgrundlage_soli: Cent,
}

/// Every deduction and the net for `a.brutto_monat`, by the law in force on `am`.
pub fn netto_aus_brutto(a: &Lohnangaben, am: impl Into<Stichtag>) -> Result<Nettolohn, RechtsstandFehler> {
    let am = am.into();
    Ok(Recht::laden(am)?.nettolohn(a, i128::from(a.brutto_monat.0)))
}

/// Wage tax and Soli for an annual wage; `a.brutto_monat` is ignored. Social-insurance status
/// does not matter here: the PAP knows no Minijob or Übergangsbereich.
pub fn lohnsteuer_jahr(jahresbrutto: Cent, a: &Lohnangaben, am: impl Into<Stichtag>) -> Result<Jahreslohnsteuer, RechtsstandFehler> {
    let am = am.into();
    let r = Recht::laden(am)?;
    let s = r.jahressteuer(i128::from(jahresbrutto.0).max(0), a);
    Ok(Jahreslohnsteuer {
        lohnsteuer: zu_cent(s.lstjahr_euro * 100),
        soli: zu_cent(s.soli_jahr),
        bemessungsgrundlage_soli: zu_cent(s.jbmg_euro * 100),
    })
}

/// The income tax and Soli of a year for a taxable income (zu versteuerndes Einkommen) `zve`:
/// the tariff of § 32a Abs. 1 EStG on the income cut to whole euros, the tax cut to whole euros;
/// `splitting`: twice the tax on half the income (§ 32a Abs. 5 EStG, joint assessment of a
/// couple); the Soli with its Freigrenze (§§ 3, 4 SolZG 1995). For an assessment (pensioners
/// pay no wage tax), as far as the engine estimates one: without child allowances.
pub fn einkommensteuer_jahr(zve: Cent, splitting: bool, am: impl Into<Stichtag>) -> Result<Cent, RechtsstandFehler> {
    let r = Recht::laden(am.into())?;
    let (klasse, kztab) = if splitting { (Steuerklasse::III, 2) } else { (Steuerklasse::I, 1) };
    let steuer = r.steuer_aus_zve(i128::from(zve.0).max(0), klasse, kztab);
    Ok(zu_cent(steuer * 100 + r.soli(steuer, kztab)))
}

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

/// The monthly gross that yields the net `netto` (all other data from `vorlage`).
///
/// The smallest gross whose net is exactly `netto`; if no gross gives exactly that net, the
/// smallest gross whose net is more. Net pay mostly rises with the gross, but not everywhere:
/// the annual tax is floored to euros and the Vorsorgepauschale rounded up to euros, so one cent
/// more gross can lower the net by a few cents or raise it by several, skipping values. Where a
/// value is skipped at first and reached again a little later, this returns the later gross, so
/// that a net read off a pay slip always leads back to a gross with exactly that net.
/// Otherwise it is the smallest gross whose net is at least `netto` (PAYROLL.md 2.8).
///
/// The Minijob range and the range above it are searched separately, because net pay jumps at
/// the border (PAYROLL.md 4.3). A target of 0 or less gives 0. Nets beyond what about
/// 5 · 10^15 € gross would yield are not searched for; that gross is returned.
pub fn brutto_aus_netto(netto: Cent, vorlage: &Lohnangaben, am: impl Into<Stichtag>) -> Result<Cent, RechtsstandFehler> {
    let am = am.into();
    let r = Recht::laden(am)?;
    let ziel = i128::from(netto.0);
    if ziel <= 0 {
        return Ok(Cent::NULL);
    }
    let netto_bei = |brutto: i128| i128::from(r.nettolohn(vorlage, brutto).netto.0);

    // In the Minijob range net pay never falls as the gross rises, so plain bisection is exact there.
    let grenze = r.geringfuegig;
    let mut minijob_mindestens = None;
    if netto_bei(grenze) >= ziel {
        let erste = erste_mindestens(&netto_bei, ziel, 0, grenze);
        if let Some(genau) = genau_ab(&netto_bei, ziel, erste, grenze) {
            return Ok(zu_cent(genau));
        }
        minijob_mindestens = Some(erste);
    }

    let unten = grenze + 1;
    let mut oben = unten.max(ziel);
    let mut links = unten;
    while netto_bei(oben) < ziel {
        if oben >= SUCHGRENZE {
            oben = SUCHGRENZE;
            break;
        }
        links = oben;
        oben = oben.saturating_mul(2).min(SUCHGRENZE);
    }
    if netto_bei(oben) < ziel {
        return Ok(zu_cent(minijob_mindestens.unwrap_or(SUCHGRENZE)));
    }
    let erste = erste_mindestens(&netto_bei, ziel, links, oben);
    let erste = korrigiere_nach_unten(&netto_bei, ziel, unten, erste);
    let genau = genau_ab(&netto_bei, ziel, erste, SUCHGRENZE);
    Ok(zu_cent(genau.or(minijob_mindestens).unwrap_or(erste)))
}

/// Highest gross (cents) the reverse search tries; keeps every intermediate product far inside i128.
const SUCHGRENZE: i128 = (i64::MAX / 16) as i128;

/// How far net pay can fall below an earlier, smaller gross's net through rounding (the annual tax
/// floored to euros, the Vorsorgepauschale rounded up to euros). Measured: at most 23 cents over
/// all tax classes, 2024–2026, gross 0–15,000 € by the cent, outside the Minijob border.
const RUECKSCHLAG: i128 = 100;

/// Upper limit for the local scans. Net rises by at least about 0.3 cent per cent of gross (the
/// highest marginal burden is about 70 %), so 30 € of gross outrun any rounding by far.
const FENSTER: i128 = 3_000;

/// Bisection for a gross in [lo, hi] with net ≥ `ziel`, given that net(hi) ≥ `ziel`; the result
/// has net(result − 1) < `ziel` unless it is `lo`.
fn erste_mindestens(netto_bei: &impl Fn(i128) -> i128, ziel: i128, lo: i128, hi: i128) -> i128 {
    let (mut l, mut h) = (lo, hi);
    while l < h {
        let m = l + (h - l) / 2;
        if netto_bei(m) >= ziel {
            h = m;
        } else {
            l = m + 1;
        }
    }
    h
}

/// Bisection finds *a* crossing; rounding may have let a slightly smaller gross reach the target
/// already. Below a gross whose net is more than `RUECKSCHLAG` short, none can.
fn korrigiere_nach_unten(netto_bei: &impl Fn(i128) -> i128, ziel: i128, unten: i128, gefunden: i128) -> i128 {
    let mut beste = gefunden;
    let mut b = gefunden - 1;
    while b >= unten && b >= gefunden - FENSTER {
        let n = netto_bei(b);
        if n >= ziel {
            beste = b;
        } else if n + RUECKSCHLAG < ziel {
            break;
        }
        b -= 1;
    }
    beste
}

/// The first gross from `ab` whose net is exactly `ziel`; past a net more than `RUECKSCHLAG` above
/// the target none can follow.
fn genau_ab(netto_bei: &impl Fn(i128) -> i128, ziel: i128, ab: i128, bis: i128) -> Option<i128> {
    let mut b = ab;
    while b <= bis && b <= ab + FENSTER {
        let n = netto_bei(b);
        if n == ziel {
            return Some(b);
        }
        if n > ziel + RUECKSCHLAG {
            return None;
        }
        b += 1;
    }
    None
}

// ---------------------------------------------------------------- exact arithmetic

/// Decimal scale of `Zahl::e10`.
const E10: i128 = 10_000_000_000;

fn abrunden(zaehler: i128, nenner: i128) -> i128 {
    zaehler.div_euclid(nenner)
}

fn aufrunden(zaehler: i128, nenner: i128) -> i128 {
    -(-zaehler).div_euclid(nenner)
}

/// Half up (the contributions are never negative).
fn runden(zaehler: i128, nenner: i128) -> i128 {
    (2 * zaehler + nenner).div_euclid(2 * nenner)
}

/// Cent amount truncated to full euros.
fn volle_euro(cent: i128) -> i128 {
    abrunden(cent, 100) * 100
}

fn zu_cent(v: i128) -> Cent {
    Cent(v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
}

// ---------------------------------------------------------------- the law on one date

/// Every parameter in force on one date, as cents (amounts) or e10 (rates and coefficients).
struct Recht {
    gfb: i128,
    zone2_bis: i128,
    zone3_bis: i128,
    zone4_bis: i128,
    zone2_faktor: i128,
    zone2_eingang: i128,
    zone3_faktor: i128,
    zone3_eingang: i128,
    zone3_konstante: i128,
    zone4_satz: i128,
    zone4_abzug: i128,
    zone5_satz: i128,
    zone5_abzug: i128,
    /// 0: no sixth zone.
    zone5_bis: i128,
    zone6_satz: i128,
    zone6_abzug: i128,
    w1: i128,
    w2: i128,
    w3: i128,
    stkl56_mindestsatz: i128,
    /// Granularity in cents to which 1.25·ZX and 0.75·ZX are cut (1 = cents, 100 = euros).
    stkl56_raster: i128,
    anp: i128,
    sap: i128,
    efa: i128,
    kfb: i128,
    kfb_stkl4: i128,
    vsp_mindestsatz: i128,
    vsp_mindest_hoechstbetrag_stkl3: i128,
    vorsorge_hoechstbetrag: i128,
    vsp_av_satz: i128,
    soli_satz: i128,
    soli_freigrenze: i128,
    soli_milderungssatz: i128,
    rv_satz: i128,
    av_satz: i128,
    kv_satz_allgemein: i128,
    kv_satz_ermaessigt: i128,
    kv_zusatzbeitrag: i128,
    pv_satz_an: i128,
    pv_satz_an_sachsen: i128,
    pv_zuschlag: i128,
    pv_zuschlag_mindestalter: i128,
    pv_abschlag: i128,
    pv_abschlag_hoechstzahl: i128,
    bbg_rv_jahr: i128,
    bbg_kv_jahr: i128,
    bbg_pv_jahr: i128,
    geringfuegig: i128,
    mj_rv_mindestgrundlage: i128,
    mj_rv_arbeitgeber: i128,
    ue_obergrenze: i128,
    faktor_f: i128,
}

fn e10(p: ParamId, am: Stichtag) -> Result<i128, RechtsstandFehler> {
    Ok(i128::from(p.zahl(am)?.e10))
}

/// Euro amounts in the data have at most two decimals.
fn cent(p: ParamId, am: Stichtag) -> Result<i128, RechtsstandFehler> {
    Ok(e10(p, am)? / 100_000_000)
}

fn ganzzahl(p: ParamId, am: Stichtag) -> Result<i128, RechtsstandFehler> {
    Ok(e10(p, am)? / E10)
}

struct Steuer {
    lstjahr_euro: i128,
    jbmg_euro: i128,
    /// Annual Soli in cents.
    soli_jahr: i128,
}

struct Beitraege {
    art: Beschaeftigung,
    rv: i128,
    av: i128,
    kv: i128,
    pv: i128,
}

/// The person's PV status in the PAP's terms.
struct Pflege {
    /// PVZ: the childless surcharge applies.
    zuschlag: bool,
    /// PVA: number of discounts.
    abschlaege: i128,
}

impl Recht {
    fn laden(am: impl Into<Stichtag>) -> Result<Recht, RechtsstandFehler> {
        let am = am.into();
        let nachkommastellen = ganzzahl(id::LOHNSTEUER_STKL56_NACHKOMMASTELLEN, am)?.clamp(0, 2);
        Ok(Recht {
            gfb: cent(id::LOHNSTEUER_GRUNDFREIBETRAG, am)?,
            zone2_bis: cent(id::LOHNSTEUER_TARIF_ZONE2_BIS, am)?,
            zone3_bis: cent(id::LOHNSTEUER_TARIF_ZONE3_BIS, am)?,
            zone4_bis: cent(id::LOHNSTEUER_TARIF_ZONE4_BIS, am)?,
            zone2_faktor: e10(id::LOHNSTEUER_TARIF_ZONE2_FAKTOR, am)?,
            zone2_eingang: e10(id::LOHNSTEUER_TARIF_ZONE2_EINGANGSBETRAG, am)?,
            zone3_faktor: e10(id::LOHNSTEUER_TARIF_ZONE3_FAKTOR, am)?,
            zone3_eingang: e10(id::LOHNSTEUER_TARIF_ZONE3_EINGANGSBETRAG, am)?,
            zone3_konstante: e10(id::LOHNSTEUER_TARIF_ZONE3_KONSTANTE, am)?,
            zone4_satz: e10(id::LOHNSTEUER_TARIF_ZONE4_SATZ, am)?,
            zone4_abzug: e10(id::LOHNSTEUER_TARIF_ZONE4_ABZUG, am)?,
            zone5_satz: e10(id::LOHNSTEUER_TARIF_ZONE5_SATZ, am)?,
            zone5_abzug: e10(id::LOHNSTEUER_TARIF_ZONE5_ABZUG, am)?,
            zone5_bis: cent(id::LOHNSTEUER_TARIF_ZONE5_BIS, am)?,
            zone6_satz: e10(id::LOHNSTEUER_TARIF_ZONE6_SATZ, am)?,
            zone6_abzug: e10(id::LOHNSTEUER_TARIF_ZONE6_ABZUG, am)?,
            w1: cent(id::LOHNSTEUER_STKL56_W1, am)?,
            w2: cent(id::LOHNSTEUER_STKL56_W2, am)?,
            w3: cent(id::LOHNSTEUER_STKL56_W3, am)?,
            stkl56_mindestsatz: e10(id::LOHNSTEUER_STKL56_MINDESTSATZ, am)?,
            stkl56_raster: 10_i128.pow((2 - nachkommastellen) as u32),
            anp: cent(id::LOHNSTEUER_ARBEITNEHMER_PAUSCHBETRAG, am)?,
            sap: cent(id::LOHNSTEUER_SONDERAUSGABEN_PAUSCHBETRAG, am)?,
            efa: cent(id::LOHNSTEUER_ENTLASTUNGSBETRAG_ALLEINERZIEHENDE, am)?,
            kfb: cent(id::LOHNSTEUER_KINDERFREIBETRAG_JE_ZKF, am)?,
            kfb_stkl4: cent(id::LOHNSTEUER_KINDERFREIBETRAG_JE_ZKF_STKL4, am)?,
            vsp_mindestsatz: e10(id::LOHNSTEUER_VORSORGEPAUSCHALE_MINDESTSATZ, am)?,
            vsp_mindest_hoechstbetrag_stkl3: cent(id::LOHNSTEUER_VORSORGEPAUSCHALE_MINDEST_HOECHSTBETRAG_STKL3, am)?,
            vorsorge_hoechstbetrag: cent(id::LOHNSTEUER_VORSORGE_HOECHSTBETRAG, am)?,
            vsp_av_satz: e10(id::LOHNSTEUER_VORSORGEPAUSCHALE_AV_SATZ, am)?,
            soli_satz: e10(id::LOHNSTEUER_SOLI_SATZ, am)?,
            soli_freigrenze: cent(id::LOHNSTEUER_SOLI_FREIGRENZE, am)?,
            soli_milderungssatz: e10(id::LOHNSTEUER_SOLI_MILDERUNGSSATZ, am)?,
            rv_satz: e10(id::SOZIALVERSICHERUNG_RV_SATZ, am)?,
            av_satz: e10(id::SOZIALVERSICHERUNG_AV_SATZ, am)?,
            kv_satz_allgemein: e10(id::SOZIALVERSICHERUNG_KV_SATZ_ALLGEMEIN, am)?,
            kv_satz_ermaessigt: e10(id::SOZIALVERSICHERUNG_KV_SATZ_ERMAESSIGT, am)?,
            kv_zusatzbeitrag: e10(id::SOZIALVERSICHERUNG_KV_ZUSATZBEITRAG_DURCHSCHNITT, am)?,
            pv_satz_an: e10(id::SOZIALVERSICHERUNG_PV_SATZ_ARBEITNEHMER, am)?,
            pv_satz_an_sachsen: e10(id::SOZIALVERSICHERUNG_PV_SATZ_ARBEITNEHMER_SACHSEN, am)?,
            pv_zuschlag: e10(id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_KINDERLOS, am)?,
            pv_zuschlag_mindestalter: ganzzahl(id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_MINDESTALTER, am)?,
            pv_abschlag: e10(id::SOZIALVERSICHERUNG_PV_ABSCHLAG_JE_KIND, am)?,
            pv_abschlag_hoechstzahl: ganzzahl(id::SOZIALVERSICHERUNG_PV_ABSCHLAG_HOECHSTZAHL, am)?,
            bbg_rv_jahr: cent(id::SOZIALVERSICHERUNG_BBG_RV_JAHR, am)?,
            bbg_kv_jahr: cent(id::SOZIALVERSICHERUNG_BBG_KV_JAHR, am)?,
            bbg_pv_jahr: cent(id::SOZIALVERSICHERUNG_BBG_PV_JAHR, am)?,
            geringfuegig: cent(id::SOZIALVERSICHERUNG_GERINGFUEGIGKEITSGRENZE, am)?,
            mj_rv_mindestgrundlage: cent(id::SOZIALVERSICHERUNG_MINIJOB_RV_MINDESTBEMESSUNGSGRUNDLAGE, am)?,
            mj_rv_arbeitgeber: e10(id::SOZIALVERSICHERUNG_MINIJOB_RV_PAUSCHALBEITRAG_ARBEITGEBER, am)?,
            ue_obergrenze: cent(id::SOZIALVERSICHERUNG_UEBERGANGSBEREICH_OBERGRENZE, am)?,
            faktor_f: e10(id::SOZIALVERSICHERUNG_UEBERGANGSBEREICH_FAKTOR_F, am)?,
        })
    }

    fn nettolohn(&self, a: &Lohnangaben, brutto: i128) -> Nettolohn {
        let brutto = brutto.max(0);
        let b = self.beitraege(a, brutto);
        let (lohnsteuer, soli) = match b.art {
            Beschaeftigung::Minijob => (0, 0),
            _ => {
                let s = self.jahressteuer(brutto * 12, a);
                (abrunden(s.lstjahr_euro * 100, 12), abrunden(s.soli_jahr, 12))
            }
        };
        let netto = brutto - lohnsteuer - soli - b.rv - b.av - b.kv - b.pv;
        Nettolohn {
            brutto: zu_cent(brutto),
            lohnsteuer: zu_cent(lohnsteuer),
            soli: zu_cent(soli),
            rv: zu_cent(b.rv),
            av: zu_cent(b.av),
            kv: zu_cent(b.kv),
            pv: zu_cent(b.pv),
            netto: zu_cent(netto),
            beschaeftigung: b.art,
        }
    }

    fn pflege(&self, a: &Lohnangaben) -> Pflege {
        let zuschlag = !a.elterneigenschaft
            && a.kinder_unter_25 == 0
            && i128::from(a.alter) >= self.pv_zuschlag_mindestalter;
        let abschlaege = if zuschlag {
            0
        } else {
            (i128::from(a.kinder_unter_25) - 1).clamp(0, self.pv_abschlag_hoechstzahl.max(0))
        };
        Pflege { zuschlag, abschlaege }
    }

    /// Employee's PV rate before the surcharge: standard or Saxony, minus the discounts.
    fn pv_satz_ohne_zuschlag(&self, a: &Lohnangaben, p: &Pflege) -> i128 {
        let basis = if a.pv_sachsen { self.pv_satz_an_sachsen } else { self.pv_satz_an };
        basis - p.abschlaege * self.pv_abschlag
    }

    fn zusatzbeitrag(&self, a: &Lohnangaben) -> i128 {
        match a.zusatzbeitrag_prozent_e2 {
            // Hundredths of a percent → e10: 1 % = 0.01 = 10^8.
            Some(e2) => i128::from(e2.clamp(0, 1_000)) * 1_000_000,
            None => self.kv_zusatzbeitrag,
        }
    }

    // ------------------------------------------------------------ social insurance (monthly)

    fn beitraege(&self, a: &Lohnangaben, brutto: i128) -> Beitraege {
        let p = self.pflege(a);
        let kv_satz = self.kv_satz_allgemein + self.zusatzbeitrag(a);
        if brutto <= self.geringfuegig {
            let rv = if a.minijob_rv_befreit || brutto == 0 {
                0
            } else {
                let gesamt = runden(brutto.max(self.mj_rv_mindestgrundlage) * self.rv_satz, E10);
                let arbeitgeber = runden(brutto * self.mj_rv_arbeitgeber, E10);
                (gesamt - arbeitgeber).clamp(0, brutto)
            };
            return Beitraege { art: Beschaeftigung::Minijob, rv, av: 0, kv: 0, pv: 0 };
        }
        if brutto <= self.ue_obergrenze {
            let g = self.geringfuegig;
            let og = self.ue_obergrenze;
            let f = self.faktor_f;
            // BE = F·G + [OG/(OG−G) − G/(OG−G)·F]·(AE − G), on a common denominator.
            let be = runden(f * g * (og - g) + (og * E10 - f * g) * (brutto - g), E10 * (og - g));
            let be_an = runden(og * (brutto - g), og - g);
            let pv_zuschlag = if p.zuschlag { be * self.pv_zuschlag } else { 0 };
            return Beitraege {
                art: Beschaeftigung::Uebergangsbereich,
                rv: runden(be_an * self.rv_satz, 2 * E10),
                av: runden(be_an * self.av_satz, 2 * E10),
                kv: runden(be_an * kv_satz, 2 * E10),
                pv: runden(be_an * self.pv_satz_ohne_zuschlag(a, &p) + pv_zuschlag, E10),
            };
        }
        let basis_rv = brutto.min(abrunden(self.bbg_rv_jahr, 12));
        let basis_kv = brutto.min(abrunden(self.bbg_kv_jahr, 12));
        // From 2027 the care ceiling lies below the health one (§ 55 Abs. 2 SGB XI, § 223 Abs. 4 SGB V).
        let basis_pv = brutto.min(abrunden(self.bbg_pv_jahr, 12));
        let pv_satz = self.pv_satz_ohne_zuschlag(a, &p) + if p.zuschlag { self.pv_zuschlag } else { 0 };
        Beitraege {
            art: Beschaeftigung::Regulaer,
            rv: runden(basis_rv * self.rv_satz, 2 * E10),
            av: runden(basis_rv * self.av_satz, 2 * E10),
            kv: runden(basis_kv * kv_satz, 2 * E10),
            pv: runden(basis_pv * pv_satz, E10),
        }
    }

    // ------------------------------------------------------------ wage tax (annual)

    /// PAP MBERECH for an annual wage `zre4` in cents.
    fn jahressteuer(&self, zre4: i128, a: &Lohnangaben) -> Steuer {
        use Steuerklasse::*;
        let stkl = a.steuerklasse;
        let kztab = if stkl == III { 2 } else { 1 };
        let anp = match stkl {
            VI => 0,
            _ if zre4 <= 0 => 0,
            _ if zre4 < self.anp => aufrunden(zre4, 100) * 100,
            _ => self.anp,
        };
        let sap = if stkl == VI { 0 } else { self.sap };
        let efa = if stkl == II { self.efa } else { 0 };
        let halbe = i128::from(a.kinderfreibetraege_halbe);
        let kfb = match stkl {
            I | II | III => volle_euro(halbe * self.kfb / 2),
            IV => volle_euro(halbe * self.kfb_stkl4 / 2),
            V | VI => 0,
        };
        let ztabfb = efa + anp + sap;
        let vsp = self.vorsorgepauschale(zre4, a);

        let lstjahr = self.steuer_aus_zve(zre4 - ztabfb - vsp, stkl, kztab);
        // The Kinderfreibeträge only enter the base of Soli and church tax (§ 51a Abs. 2a EStG).
        let jbmg = if halbe > 0 { self.steuer_aus_zve(zre4 - ztabfb - kfb - vsp, stkl, kztab) } else { lstjahr };

        Steuer { lstjahr_euro: lstjahr, jbmg_euro: jbmg, soli_jahr: self.soli(jbmg, kztab) }
    }

    /// PAP MSOLZ: the annual Soli in cents for a base in euros, with the Freigrenze (doubled for splitting).
    fn soli(&self, jbmg_euro: i128, kztab: i128) -> i128 {
        let freigrenze = self.soli_freigrenze * kztab;
        let jbmg_cent = jbmg_euro * 100;
        if jbmg_cent > freigrenze {
            let voll = abrunden(jbmg_cent * self.soli_satz, E10);
            let gemildert = abrunden((jbmg_cent - freigrenze) * self.soli_milderungssatz, E10);
            voll.min(gemildert)
        } else {
            0
        }
    }

    /// PAP UPEVP: the Vorsorgepauschale in cents (whole euros).
    fn vorsorgepauschale(&self, zre4: i128, a: &Lohnangaben) -> i128 {
        let p = self.pflege(a);
        let bis_bbg_rv = zre4.min(self.bbg_rv_jahr);
        let bis_bbg_kv = zre4.min(self.bbg_kv_jahr);
        let bis_bbg_pv = zre4.min(self.bbg_pv_jahr);
        let rente = abrunden(bis_bbg_rv * self.rv_satz, 2 * E10);
        let pv_satz = self.pv_satz_ohne_zuschlag(a, &p) + if p.zuschlag { self.pv_zuschlag } else { 0 };
        // Half the reduced KV rate plus half the Zusatzbeitrag (KVSATZAN), plus the PV share.
        let kv_pv = abrunden(bis_bbg_kv * (self.kv_satz_ermaessigt + self.zusatzbeitrag(a)) + bis_bbg_pv * 2 * pv_satz, 2 * E10);
        let mut vsp = aufrunden(rente + kv_pv, 100) * 100;

        // Mindestvorsorgepauschale (a rate of 0 from 2026 switches it off).
        let hoechst = if a.steuerklasse == Steuerklasse::III {
            self.vsp_mindest_hoechstbetrag_stkl3
        } else {
            self.vorsorge_hoechstbetrag
        };
        let mindest = abrunden(bis_bbg_rv * self.vsp_mindestsatz, E10).min(hoechst);
        vsp = vsp.max(aufrunden(rente + mindest, 100) * 100);

        // Unemployment-insurance part with the 1,900 € cap (a rate of 0 before 2026 switches it off).
        if a.steuerklasse != Steuerklasse::VI {
            let alv = abrunden(bis_bbg_rv * self.vsp_av_satz, E10);
            let gedeckelt = (alv + kv_pv).min(self.vorsorge_hoechstbetrag);
            vsp = vsp.max(aufrunden(rente + gedeckelt, 100) * 100);
        }
        vsp
    }

    /// PAP UPMLST: annual tax in euros for a zvE in cents.
    fn steuer_aus_zve(&self, zve: i128, stkl: Steuerklasse, kztab: i128) -> i128 {
        let x = if zve < 100 { 0 } else { abrunden(zve, kztab * 100) * 100 };
        match stkl {
            Steuerklasse::V | Steuerklasse::VI => self.stkl56(x),
            _ => self.tarif(x) * kztab,
        }
    }

    /// § 32a Abs. 1 EStG as in the PAP (UPTAB): x in cents, tax in whole euros.
    fn tarif(&self, x: i128) -> i128 {
        if x < self.gfb + 100 {
            0
        } else if x < self.zone2_bis + 100 {
            // y = (x − GFB)/10,000 € with six decimals is exactly (x − GFB) in cents · 10^-6.
            let y = x - self.gfb;
            abrunden((self.zone2_faktor * y + self.zone2_eingang * 1_000_000) * y, E10 * 1_000_000_000_000)
        } else if x < self.zone3_bis + 100 {
            let z = x - self.zone2_bis;
            abrunden(
                (self.zone3_faktor * z + self.zone3_eingang * 1_000_000) * z + self.zone3_konstante * 1_000_000_000_000,
                E10 * 1_000_000_000_000,
            )
        } else if x < self.zone4_bis + 100 {
            abrunden(x * self.zone4_satz - self.zone4_abzug * 100, E10 * 100)
        } else if self.zone5_bis == 0 || x < self.zone5_bis + 100 {
            abrunden(x * self.zone5_satz - self.zone5_abzug * 100, E10 * 100)
        } else {
            abrunden(x * self.zone6_satz - self.zone6_abzug * 100, E10 * 100)
        }
    }

    /// PAP MST5_6: classes V and VI, x in whole euros (as cents), tax in euros.
    fn stkl56(&self, x: i128) -> i128 {
        let zuschlag = |st: i128, betrag: i128, satz: i128| st + abrunden(betrag * satz, E10 * 100);
        if x > self.w2 {
            let st = self.up56(self.w2);
            if x > self.w3 {
                let st = zuschlag(st, self.w3 - self.w2, self.zone4_satz);
                zuschlag(st, x - self.w3, self.zone5_satz)
            } else {
                zuschlag(st, x - self.w2, self.zone4_satz)
            }
        } else {
            let st = self.up56(x);
            if x > self.w1 {
                st.min(zuschlag(self.up56(self.w1), x - self.w1, self.zone4_satz))
            } else {
                st
            }
        }
    }

    /// PAP UP5_6: twice the tax difference between 1.25·zx and 0.75·zx, at least 14 % of zx.
    fn up56(&self, zx: i128) -> i128 {
        let raster = self.stkl56_raster;
        let hoch = abrunden(abrunden(zx * 125, 100), raster) * raster;
        let tief = abrunden(abrunden(zx * 75, 100), raster) * raster;
        let diff = (self.tarif(hoch) - self.tarif(tief)) * 2;
        let mindest = abrunden(zx * self.stkl56_mindestsatz, E10 * 100);
        mindest.max(diff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;

    fn tag(jahr: i32) -> Datum {
        Datum::ymd(jahr, 6, 1)
    }

    #[test]
    fn tariff_2027_as_it_stands_and_under_the_bill() {
        use crate::rules::params::{rechtslagen, Stichtag};
        // Annual tariff tax of a single (LAW2027.md 4, derived from the bill BT-Drs. 21/8235):
        // zvE → 2026 tariff (carried forward) → bill.
        let jan = Datum::ymd(2027, 1, 12);
        let geltend = Recht::laden(jan).unwrap();
        let entwurf: Stichtag = rechtslagen(jan)
            .into_iter()
            .find(|s| s.angenommene_entwuerfe().map(|e| e.code).collect::<Vec<_>>() == ["estrefg_2027"])
            .unwrap();
        let reform = Recht::laden(entwurf).unwrap();
        for (zve, alt, neu) in [
            (15_000, 435, 397),
            (20_000, 1_570, 1_529),
            (30_000, 4_217, 4_172),
            (50_000, 10_548, 10_482),
            (80_000, 22_464, 22_358),
            (300_000, 115_529, 116_658),
        ] {
            assert_eq!(geltend.tarif(zve * 100), alt, "{zve} as it stands");
            assert_eq!(reform.tarif(zve * 100), neu, "{zve} under the bill");
        }
        // The new 47 % zone joins the 45 % zone at 280,000 €.
        let ende5 = reform.tarif(27_999_900);
        let anfang6 = reform.tarif(28_000_000);
        assert!(anfang6 >= ende5 && anfang6 - ende5 <= 1, "{ende5} {anfang6}");
    }

    #[test]
    fn tariff_zone_borders() {
        let r = Recht::laden(tag(2025)).unwrap();
        assert_eq!(r.tarif(1_209_600), 0);
        assert_eq!(r.tarif(1_209_700), 0, "y = 0.0001 gives less than one euro");
        // 2025, zone 3 at the worked example's zvE of 22,749 € (PAYROLL.md 5.2).
        assert_eq!(r.tarif(2_274_900), 2_336);
        // End of zone 3: exactly 42 % marginal, both formulas nearly meet.
        let ende3 = r.tarif(6_848_000);
        let anfang4 = r.tarif(6_848_100);
        assert!(anfang4 >= ende3 && anfang4 - ende3 <= 1, "{ende3} {anfang4}");
    }

    #[test]
    fn vorsorgepauschale_worked_example() {
        let a = Lohnangaben::neu(Cent::euro(2_500), Steuerklasse::I, 30);
        assert_eq!(Recht::laden(tag(2025)).unwrap().vorsorgepauschale(3_000_000, &a), 598_500);
        assert_eq!(Recht::laden(tag(2026)).unwrap().vorsorgepauschale(3_000_000, &a), 604_500);
    }

    #[test]
    fn no_panic_on_extremes() {
        for jahr in [2024, 2025, 2026] {
            for stkl in 1..=6 {
                let mut a = Lohnangaben::neu(Cent(i64::MAX), Steuerklasse::aus_zahl(stkl).unwrap(), u8::MAX);
                a.kinder_unter_25 = u8::MAX;
                a.kinderfreibetraege_halbe = u8::MAX;
                a.zusatzbeitrag_prozent_e2 = Some(i64::MAX);
                let n = netto_aus_brutto(&a, tag(jahr)).unwrap();
                assert!(n.netto.0 > 0);
                a.brutto_monat = Cent(i64::MIN);
                a.zusatzbeitrag_prozent_e2 = Some(i64::MIN);
                assert_eq!(netto_aus_brutto(&a, tag(jahr)).unwrap().netto, Cent::NULL);
                assert!(brutto_aus_netto(Cent(i64::MAX), &a, tag(jahr)).is_ok());
            }
        }
    }
}

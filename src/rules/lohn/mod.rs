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
//!
//! # Files
//! - `recht`: every figure in force on one date as integers, and the PAP's exact arithmetic.
//! - `lohnsteuer`: the annual wage tax (§ 32a, § 39b EStG, the PAP), the Soli (SolZG 1995) and
//!   the income tax of an assessment.
//! - `sozialversicherung`: the employee's monthly contributions (SGB III, IV, V, VI, XI).
//! - `brutto_netto`: gross → net and its reverse search.
//! - `rente`: a pension's taxable share and income (§ 22 Nr. 1 EStG) and its health and care
//!   contributions (§ 249a SGB V, § 59 SGB XI).

mod brutto_netto;
mod lohnsteuer;
mod recht;
mod rente;
mod sozialversicherung;

pub use brutto_netto::{brutto_aus_netto, netto_aus_brutto};
pub use lohnsteuer::{einkommensteuer_jahr, lohnsteuer_jahr};
pub use rente::besteuerungsanteil;
pub(crate) use rente::{rente_beitraege, rente_zu_versteuern};

use crate::rules::geld::Cent;

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

//! The law on one date for the wage calculation: every figure of `params/lohnsteuer.toml` and
//! `params/sozialversicherung.toml` in force on the day as integers (cents, or rates in e10),
//! and the exact arithmetic with which the BMF's Programmablaufplan truncates and rounds.

use crate::rules::geld::Cent;
use crate::rules::params::{id, ParamId, RechtsstandFehler, Stichtag};

/// Decimal scale of `Zahl::e10`.
pub(super) const E10: i128 = 10_000_000_000;

pub(super) fn abrunden(zaehler: i128, nenner: i128) -> i128 {
    zaehler.div_euclid(nenner)
}

pub(super) fn aufrunden(zaehler: i128, nenner: i128) -> i128 {
    -(-zaehler).div_euclid(nenner)
}

/// Half up (the contributions are never negative).
pub(super) fn runden(zaehler: i128, nenner: i128) -> i128 {
    (2 * zaehler + nenner).div_euclid(2 * nenner)
}

/// Cent amount truncated to full euros.
pub(super) fn volle_euro(cent: i128) -> i128 {
    abrunden(cent, 100) * 100
}

pub(super) fn zu_cent(v: i128) -> Cent {
    Cent(v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
}

/// Every parameter in force on one date, as cents (amounts) or e10 (rates and coefficients).
pub(super) struct Recht {
    pub(super) gfb: i128,
    pub(super) zone2_bis: i128,
    pub(super) zone3_bis: i128,
    pub(super) zone4_bis: i128,
    pub(super) zone2_faktor: i128,
    pub(super) zone2_eingang: i128,
    pub(super) zone3_faktor: i128,
    pub(super) zone3_eingang: i128,
    pub(super) zone3_konstante: i128,
    pub(super) zone4_satz: i128,
    pub(super) zone4_abzug: i128,
    pub(super) zone5_satz: i128,
    pub(super) zone5_abzug: i128,
    /// 0: no sixth zone.
    pub(super) zone5_bis: i128,
    pub(super) zone6_satz: i128,
    pub(super) zone6_abzug: i128,
    pub(super) w1: i128,
    pub(super) w2: i128,
    pub(super) w3: i128,
    pub(super) stkl56_mindestsatz: i128,
    /// Granularity in cents to which 1.25·ZX and 0.75·ZX are cut (1 = cents, 100 = euros).
    pub(super) stkl56_raster: i128,
    pub(super) anp: i128,
    pub(super) sap: i128,
    pub(super) efa: i128,
    pub(super) kfb: i128,
    pub(super) kfb_stkl4: i128,
    pub(super) vsp_mindestsatz: i128,
    pub(super) vsp_mindest_hoechstbetrag_stkl3: i128,
    pub(super) vorsorge_hoechstbetrag: i128,
    pub(super) vsp_av_satz: i128,
    pub(super) soli_satz: i128,
    pub(super) soli_freigrenze: i128,
    pub(super) soli_milderungssatz: i128,
    pub(super) rv_satz: i128,
    pub(super) av_satz: i128,
    pub(super) kv_satz_allgemein: i128,
    pub(super) kv_satz_ermaessigt: i128,
    pub(super) kv_zusatzbeitrag: i128,
    pub(super) pv_satz_an: i128,
    pub(super) pv_satz_an_sachsen: i128,
    pub(super) pv_zuschlag: i128,
    pub(super) pv_zuschlag_mindestalter: i128,
    pub(super) pv_abschlag: i128,
    pub(super) pv_abschlag_hoechstzahl: i128,
    pub(super) bbg_rv_jahr: i128,
    pub(super) bbg_kv_jahr: i128,
    pub(super) bbg_pv_jahr: i128,
    pub(super) geringfuegig: i128,
    pub(super) mj_rv_mindestgrundlage: i128,
    pub(super) mj_rv_arbeitgeber: i128,
    pub(super) ue_obergrenze: i128,
    pub(super) faktor_f: i128,
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

impl Recht {
    pub(super) fn laden(am: impl Into<Stichtag>) -> Result<Recht, RechtsstandFehler> {
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
}

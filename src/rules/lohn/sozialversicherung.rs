//! The employee's monthly social-insurance contributions: pension (SGB VI), unemployment
//! (SGB III), health (SGB V, with the fund's Zusatzbeitrag) and long-term care (SGB XI, with the
//! surcharge for the childless and the discounts per child, § 55 Abs. 3 SGB XI); the Minijob
//! (§ 8 Abs. 1a SGB IV, § 168 Abs. 1 Nr. 1b SGB VI) and the Übergangsbereich (§ 20 Abs. 2a SGB IV).

use super::recht::{abrunden, runden, Recht, E10};
use super::{Beschaeftigung, Lohnangaben};

pub(super) struct Beitraege {
    pub(super) art: Beschaeftigung,
    pub(super) rv: i128,
    pub(super) av: i128,
    pub(super) kv: i128,
    pub(super) pv: i128,
}

/// The person's PV status in the PAP's terms.
pub(super) struct Pflege {
    /// PVZ: the childless surcharge applies.
    pub(super) zuschlag: bool,
    /// PVA: number of discounts.
    pub(super) abschlaege: i128,
}

impl Recht {
    pub(super) fn pflege(&self, a: &Lohnangaben) -> Pflege {
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
    pub(super) fn pv_satz_ohne_zuschlag(&self, a: &Lohnangaben, p: &Pflege) -> i128 {
        let basis = if a.pv_sachsen { self.pv_satz_an_sachsen } else { self.pv_satz_an };
        basis - p.abschlaege * self.pv_abschlag
    }

    pub(super) fn zusatzbeitrag(&self, a: &Lohnangaben) -> i128 {
        match a.zusatzbeitrag_prozent_e2 {
            // Hundredths of a percent → e10: 1 % = 0.01 = 10^8.
            Some(e2) => i128::from(e2.clamp(0, 1_000)) * 1_000_000,
            None => self.kv_zusatzbeitrag,
        }
    }

    pub(super) fn beitraege(&self, a: &Lohnangaben, brutto: i128) -> Beitraege {
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
}

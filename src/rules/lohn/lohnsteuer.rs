//! The wage tax of a year as the BMF's Programmablaufplan computes it (§ 39b EStG with the
//! tariff of § 32a EStG, the Vorsorgepauschale, classes V and VI), the solidarity surcharge
//! (§§ 3, 4 SolZG 1995), and the income tax of an assessment.

use super::recht::{abrunden, aufrunden, volle_euro, zu_cent, Recht, E10};
use super::{Jahreslohnsteuer, Lohnangaben, Steuerklasse};
use crate::rules::geld::Cent;
use crate::rules::params::{RechtsstandFehler, Stichtag};

pub(super) struct Steuer {
    pub(super) lstjahr_euro: i128,
    pub(super) jbmg_euro: i128,
    /// Annual Soli in cents.
    pub(super) soli_jahr: i128,
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

impl Recht {
    /// PAP MBERECH for an annual wage `zre4` in cents.
    pub(super) fn jahressteuer(&self, zre4: i128, a: &Lohnangaben) -> Steuer {
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
}

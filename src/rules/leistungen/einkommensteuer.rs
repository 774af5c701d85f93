//! Income tax in the benefit rules: whether income tax is to be expected in the year (the first
//! criterion of § 16 WoGG), and the income tax a pension adds in the assessment, which the
//! Sozialhilfe and the Bürgergeld deduct (§ 82 Abs. 2 Satz 1 Nr. 1 SGB XII, § 11b Abs. 1 Satz 1
//! Nr. 1 SGB II). A couple is assessed jointly (§ 26b, § 32a Abs. 5 EStG).

use super::einkommen::Lohn;
use crate::rules::geld::Cent;
use crate::rules::haushalt::Haushalt;
use crate::rules::lohn;
use crate::rules::params::{id, RechtsstandFehler, Stichtag};

/// The indices of the first two adults, and whether they are a couple (exactly two adults).
fn paar(h: &Haushalt) -> (Vec<usize>, bool) {
    let paar: Vec<usize> = h.mitglieder.iter().enumerate().filter(|(_, m)| m.ist_erwachsen()).map(|(i, _)| i).take(2).collect();
    let paar_ist_paar = paar.len() == 2 && h.anzahl_erwachsene() == 2;
    (paar, paar_ist_paar)
}

/// § 16 WoGG asks whether income tax is to be expected in the year, not whether wage tax is
/// withheld: below the withholding threshold an assessment can still produce tax, and a
/// pensioner pays none withheld at all. A couple is assessed jointly (splitting), so their
/// taxable incomes are pooled. A Minijob (flat-taxed by the employer) is no taxable income.
pub(super) fn steuerpflicht(h: &Haushalt, loehne: &mut [Lohn], am: Stichtag) -> Result<(), RechtsstandFehler> {
    let grundfreibetrag = Cent::euro(id::LOHNSTEUER_GRUNDFREIBETRAG.zahl(am)?.f as i64);
    let (paar, paar_ist_paar) = paar(h);
    for i in 0..loehne.len() {
        let steuerpflichtig = (loehne[i].brutto > Cent::NULL && !loehne[i].minijob) || h.mitglieder[i].rente > Cent::NULL;
        if h.mitglieder[i].zahlt_steuern.is_some() || loehne[i].steuer || !steuerpflichtig {
            continue;
        }
        // Single parents deduct the Entlastungsbetrag (§ 24b EStG) in the assessment too.
        let entlastung = if h.alleinerziehend() {
            Cent::euro(id::LOHNSTEUER_ENTLASTUNGSBETRAG_ALLEINERZIEHENDE.zahl(am)?.f as i64)
        } else {
            Cent::NULL
        };
        let (summe, freibetrag) = if paar_ist_paar && paar.contains(&i) {
            (loehne[paar[0]].zu_versteuern_jahr + loehne[paar[1]].zu_versteuern_jahr, Cent(grundfreibetrag.0 * 2))
        } else {
            ((loehne[i].zu_versteuern_jahr - entlastung).max(Cent::NULL), grundfreibetrag)
        };
        loehne[i].steuer = summe > freibetrag;
    }
    Ok(())
}

/// The income tax a pension adds to the household's assessment: the tax on all taxable income
/// (jointly for a couple) minus the wage tax already withheld, shared among the pensioners by
/// their taxable pensions (§ 82 Abs. 2 Satz 1 Nr. 1 SGB XII, § 11b Abs. 1 Satz 1 Nr. 1 SGB II).
pub(super) fn steuer_auf_renten(h: &Haushalt, loehne: &mut [Lohn], am: Stichtag) -> Result<(), RechtsstandFehler> {
    let (paar, paar_ist_paar) = paar(h);
    for i in 0..loehne.len() {
        let partner = paar.iter().copied().find(|&j| j != i).filter(|_| paar_ist_paar && paar.contains(&i));
        // A couple is assessed once, at its first pensioner.
        if loehne[i].rente_zu_versteuern_jahr == Cent::NULL || partner.is_some_and(|j| j < i && loehne[j].rente_zu_versteuern_jahr > Cent::NULL) {
            continue;
        }
        let mit = |f: fn(&Lohn) -> Cent| f(&loehne[i]) + partner.map(|j| f(&loehne[j])).unwrap_or_default();
        let steuer = (lohn::einkommensteuer_jahr(mit(|l| l.zu_versteuern_jahr), partner.is_some(), am)? - mit(|l| l.lohnsteuer_jahr)).max(Cent::NULL);
        let renten = mit(|l| l.rente_zu_versteuern_jahr);
        for k in std::iter::once(i).chain(partner) {
            let anteil = loehne[k].rente_zu_versteuern_jahr.0 as f64 / renten.0.max(1) as f64;
            // Answered "pays no income tax": nothing is deducted.
            if h.mitglieder[k].zahlt_steuern != Some(false) {
                loehne[k].rente_steuer = Cent((steuer.0 as f64 * anteil / 12.0) as i64);
            }
        }
    }
    Ok(())
}

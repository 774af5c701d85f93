//! The income counted against the need: earnings after the Erwerbstätigenfreibetrag (§ 11b
//! Abs. 2, 3 SGB II) or after the 30 % of § 82 Abs. 3 SGB XII, other income after the
//! Versicherungspauschale (§ 11b Abs. 1 Satz 1 Nr. 3 SGB II, § 6 Bürgergeld-V), and the
//! Kindergeld a child does not need, which counts for the parent (§ 11 Abs. 1 Satz 5 SGB II).

use super::bedarf::regelbedarf;
use super::{Bedarfspruefung, Person, Rechtskreis, Rolle};
use crate::rules::geld::Cent;
use crate::rules::params::{id, RechtsstandFehler, Stichtag, Wert};

/// § 11b Abs. 2, 3 SGB II: the part of monthly gross earnings that stays free.
pub fn erwerbstaetigenfreibetrag(brutto: Cent, mit_kind: bool, am: impl Into<Stichtag>) -> Result<Cent, RechtsstandFehler> {
    let am = am.into();
    let Wert::Tabelle(stufen) = id::GRUNDSICHERUNG_ERWERBSTAETIGENFREIBETRAG.stand(am)?.wert else { unreachable!() };
    let obergrenze_mit_kind = id::GRUNDSICHERUNG_ERWERBSTAETIGENFREIBETRAG_OBERGRENZE_MIT_KIND.zahl(am)?;
    let mut frei = 0.0f64;
    let b = brutto.als_euro_f64();
    let letzte = stufen.len() - 1;
    for (i, s) in stufen.iter().enumerate() {
        let von = s[0].f;
        let bis = if i == letzte && mit_kind { obergrenze_mit_kind.f } else { s[1].f };
        if b > von {
            frei += (b.min(bis) - von) * s[2].f;
        }
    }
    Ok(Cent::aus_euro_f64(frei))
}

/// The member's own income as counted, without the Kindergeld.
pub(super) fn der_person(p: &Person, rechtskreis: Rechtskreis, mit_minderjaehrigem_kind: bool, am: Stichtag) -> Result<Cent, RechtsstandFehler> {
    let frei = match rechtskreis {
        Rechtskreis::Sgb2 => erwerbstaetigenfreibetrag(p.brutto_erwerb, mit_minderjaehrigem_kind, am)?,
        Rechtskreis::Sgb12 => {
            let anteil = id::GRUNDSICHERUNG_SGB12_ERWERBSFREIBETRAG_ANTEIL.zahl(am)?.f;
            let hoechstens = regelbedarf(1, am)?.mal(id::GRUNDSICHERUNG_SGB12_ERWERBSFREIBETRAG_HOECHSTANTEIL_RBS1.zahl(am)?.f);
            p.netto_erwerb.mal(anteil).min(hoechstens)
        }
    };
    let erwerb = (p.netto_erwerb - frei).max(Cent::NULL);
    // Adults without earnings deduct the insurance lump sum from other income;
    // with earnings it is part of the 100 € Grundfreibetrag (§ 11b Abs. 2 SGB II).
    let sonstiges = if rechtskreis == Rechtskreis::Sgb2 && p.alter >= 18 && p.brutto_erwerb == Cent::NULL {
        (p.sonstiges - Cent::euro(id::GRUNDSICHERUNG_VERSICHERUNGSPAUSCHALE.zahl(am)?.f as i64)).max(Cent::NULL)
    } else {
        p.sonstiges
    };
    Ok(erwerb + sonstiges)
}

/// The need and the income of the Bedarfsgemeinschaft from each member's. A child whose own
/// income (Kindergeld included) covers its need leaves the calculation; the Kindergeld it does
/// not need counts for the parent (§ 11 Abs. 1 Satz 5 SGB II). The benefits checked first
/// (Wohngeld, Kinderzuschlag) count as income.
pub(super) fn zusammenrechnen(e: &Bedarfspruefung, bedarf_je_person: &[Cent], einkommen_je_person: &[Cent]) -> (Cent, Cent) {
    let mut uebertrag = Cent::NULL;
    let mut bedarf = Cent::NULL;
    let mut einkommen = Cent::NULL;
    for (i, p) in e.personen.iter().enumerate() {
        let eigen = einkommen_je_person[i] + p.kindergeld;
        if p.rolle == Rolle::Kind && eigen >= bedarf_je_person[i] {
            let ueberschuss = eigen - bedarf_je_person[i];
            uebertrag += ueberschuss.min(p.kindergeld);
            continue;
        }
        bedarf += bedarf_je_person[i];
        einkommen += eigen;
    }
    einkommen += uebertrag + e.vorrangige_leistungen;
    (bedarf, einkommen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;

    const AM: Datum = Datum::ymd(2025, 7, 1);

    /// DOMAIN.md 3.4, derived totals from 1 July 2023.
    #[test]
    fn allowance_tiers() {
        let f = |b: i64, k: bool| erwerbstaetigenfreibetrag(Cent::euro(b), k, AM).unwrap();
        assert_eq!(f(300, false), Cent::euro(140));
        assert_eq!(f(520, false), Cent::euro(184));
        assert_eq!(f(800, false), Cent::euro(268));
        assert_eq!(f(1000, false), Cent::euro(328));
        assert_eq!(f(1200, false), Cent::euro(348));
        assert_eq!(f(1500, false), Cent::euro(348));
        assert_eq!(f(1500, true), Cent::euro(378));
        assert_eq!(f(80, false), Cent::euro(80));
    }
}

//! Kindergeld (§ 66 EStG) and Kinderzuschlag (§ 6a BKGG).

use crate::rules::geld::Cent;
use crate::rules::params::{id, RechtsstandFehler, Stichtag, Wert};
use crate::rules::schritt::Schritt;

pub fn kindergeld_je_kind(am: impl Into<Stichtag>) -> Result<Cent, RechtsstandFehler> {
    let am = am.into();
    Ok(Cent::euro(id::FAMILIE_KINDERGELD.zahl(am)?.f as i64))
}

#[derive(Clone, Debug, PartialEq)]
pub struct KizEingabe {
    pub alleinerziehend: bool,
    /// Each child's own income per month (maintenance, Unterhaltsvorschuss, earnings).
    pub kindeseinkommen: Vec<Cent>,
    /// Parents' gross income for the Mindesteinkommensgrenze (without Kindergeld and Wohngeld).
    pub eltern_brutto: Cent,
    /// Parents' income as SGB II counts it: earnings after § 11b …
    pub eltern_erwerb_bereinigt: Cent,
    /// … and other income.
    pub eltern_sonstiges: Cent,
    /// Parents' Regelbedarfe and Mehrbedarfe.
    pub eltern_regelbedarf: Cent,
    /// Bruttokaltmiete and heating of the flat as recognised.
    pub wohnkosten: Cent,
}

#[derive(Clone, Debug, PartialEq)]
pub struct KizErgebnis {
    pub betrag: Cent,
    pub mindesteinkommen_erreicht: bool,
    pub eltern_bedarf: Cent,
    pub schritte: Vec<Schritt>,
}

/// Kinderzuschlag before the check that it ends SGB II need (that is the Vorrangprüfung's job).
pub fn kinderzuschlag(e: &KizEingabe, am: impl Into<Stichtag>) -> Result<KizErgebnis, RechtsstandFehler> {
    let am = am.into();
    let mut schritte = Vec::new();
    let norm = "§ 6a BKGG";
    if e.kindeseinkommen.is_empty() {
        return Ok(KizErgebnis { betrag: Cent::NULL, mindesteinkommen_erreicht: false, eltern_bedarf: Cent::NULL, schritte });
    }
    let hoechst = Cent::euro(id::FAMILIE_KINDERZUSCHLAG_HOECHSTBETRAG.zahl(am)?.f as i64);
    let Wert::Liste(mindest) = id::FAMILIE_KINDERZUSCHLAG_MINDESTEINKOMMEN.stand(am)?.wert else { unreachable!() };
    let mindest = Cent::euro(mindest[if e.alleinerziehend { 0 } else { 1 }].f as i64);
    let entzug_kind = id::FAMILIE_KINDERZUSCHLAG_ENTZUG_KINDESEINKOMMEN.zahl(am)?.f;
    let entzug_eltern = id::FAMILIE_KINDERZUSCHLAG_ENTZUG_ELTERNEINKOMMEN.zahl(am)?.f;

    let mindesteinkommen_erreicht = e.eltern_brutto >= mindest;
    schritte.push(Schritt::neu(
        "kinderzuschlag",
        "kiz_mindesteinkommen",
        vec![
            ("mindest", mindest.wert()),
            ("brutto", e.eltern_brutto.wert()),
            ("ergebnis", if mindesteinkommen_erreicht { "@erklaerung_wort_erfuellt" } else { "@erklaerung_wort_kein_kiz" }.into()),
        ],
        id::FAMILIE_KINDERZUSCHLAG_MINDESTEINKOMMEN.norm(),
    ));

    let gesamt: Cent = e
        .kindeseinkommen
        .iter()
        .map(|&eigen| (hoechst - eigen.mal(entzug_kind)).max(Cent::NULL))
        .sum();

    // Parents' share of the housing costs by the ratios of the Existenzminimumbericht.
    let Wert::Liste(em) = id::FAMILIE_EXISTENZMINIMUM_WOHNKOSTEN.stand(am)?.wert else { unreachable!() };
    let eltern = if e.alleinerziehend { em[0].f } else { em[1].f };
    let kinder = em[2].f * e.kindeseinkommen.len().min(10) as f64;
    let anteil = eltern / (eltern + kinder);
    let eltern_bedarf = e.eltern_regelbedarf + e.wohnkosten.mal(anteil);

    // Need is met first from other income, so earnings are the part above it (assumption, see docs/RECHTSSTAND.md).
    let nach_sonstigem = (eltern_bedarf - e.eltern_sonstiges).max(Cent::NULL);
    let sonstiges_ueber = (e.eltern_sonstiges - eltern_bedarf).max(Cent::NULL);
    let erwerb_ueber = (e.eltern_erwerb_bereinigt - nach_sonstigem).max(Cent::NULL);
    let minderung = erwerb_ueber.mal(entzug_eltern) + sonstiges_ueber;
    let betrag = if mindesteinkommen_erreicht { (gesamt - minderung).max(Cent::NULL) } else { Cent::NULL };
    schritte.push(Schritt::neu(
        "kinderzuschlag",
        "kiz_betrag",
        vec![
            ("hoechst", hoechst.wert()),
            ("bedarf", eltern_bedarf.wert()),
            ("einkommen", (e.eltern_erwerb_bereinigt + e.eltern_sonstiges).wert()),
            ("betrag", betrag.wert()),
        ],
        norm,
    ));
    Ok(KizErgebnis { betrag, mindesteinkommen_erreicht, eltern_bedarf, schritte })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;

    /// Couple, two children, 2025. Parents' need 2 × 506 = 1,012 € plus their housing share:
    /// 6,180 / (6,180 + 2 × 1,248) = 0.712310… of 1,100 € = 783.54 € → 1,795.54 €.
    /// Income after § 11b 1,900 € earnings: excess 104.46 €, 45 % = 47.01 €.
    /// Kinderzuschlag 2 × 297 − 47.01 = 546.99 €.
    #[test]
    fn couple_two_children_withdrawal() {
        let e = KizEingabe {
            alleinerziehend: false,
            kindeseinkommen: vec![Cent::NULL, Cent::NULL],
            eltern_brutto: Cent::euro(2600),
            eltern_erwerb_bereinigt: Cent::euro(1900),
            eltern_sonstiges: Cent::NULL,
            eltern_regelbedarf: Cent::euro(1012),
            wohnkosten: Cent::euro(1100),
        };
        let r = kinderzuschlag(&e, Datum::ymd(2025, 7, 1)).unwrap();
        assert_eq!(r.eltern_bedarf, Cent(179_554));
        assert_eq!(r.betrag, Cent(54_699));
    }

    #[test]
    fn below_minimum_income_nothing() {
        let e = KizEingabe {
            alleinerziehend: true,
            kindeseinkommen: vec![Cent::NULL],
            eltern_brutto: Cent::euro(599),
            eltern_erwerb_bereinigt: Cent::euro(300),
            eltern_sonstiges: Cent::NULL,
            eltern_regelbedarf: Cent::euro(563),
            wohnkosten: Cent::euro(600),
        };
        assert_eq!(kinderzuschlag(&e, Datum::ymd(2025, 7, 1)).unwrap().betrag, Cent::NULL);
    }

    #[test]
    fn child_income_reduces_by_45_percent() {
        let e = KizEingabe {
            alleinerziehend: true,
            kindeseinkommen: vec![Cent::euro(200)],
            eltern_brutto: Cent::euro(1000),
            eltern_erwerb_bereinigt: Cent::euro(500),
            eltern_sonstiges: Cent::NULL,
            eltern_regelbedarf: Cent::euro(765),
            wohnkosten: Cent::euro(700),
        };
        // 297 − 0.45 × 200 = 207; parents' income below their need: no further reduction.
        assert_eq!(kinderzuschlag(&e, Datum::ymd(2025, 7, 1)).unwrap().betrag, Cent::euro(207));
    }
}

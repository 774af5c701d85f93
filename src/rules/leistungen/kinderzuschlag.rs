//! Kinderzuschlag of the household (§ 6a BKGG, computed in `rules::kinder`) for the parents of
//! minor children in a household that can work (none in the SGB XII): the parents' income as the
//! Bürgergeld counts it, and their need without the housing share of the needs test.

use super::bedarfsgemeinschaft::Bedarfsgemeinschaft;
use super::Leistung;
use crate::rules::geld::Cent;
use crate::rules::grundsicherung::{self, Bedarfsergebnis, Person, Rechtskreis, Rolle};
use crate::rules::kinder::{self, KizEingabe};
use crate::rules::params::{id, RechtsstandFehler, Stichtag};

/// The monthly Kinderzuschlag before the Vorrangprüfung, and its steps.
pub(super) fn kinderzuschlag(bg: &Bedarfsgemeinschaft, ohne_vorrang: &Bedarfsergebnis, am: Stichtag) -> Result<Leistung, RechtsstandFehler> {
    let basis = &bg.pruefung;
    let eltern: Vec<&Person> = basis.personen.iter().filter(|p| p.rolle != Rolle::Kind).collect();
    let kinder: Vec<&Person> = basis.personen.iter().filter(|p| p.rolle == Rolle::Kind && p.alter < 18).collect();
    if kinder.is_empty() || basis.rechtskreis == Rechtskreis::Sgb12 {
        return Ok(Leistung { betrag: Cent::NULL, schritte: Vec::new() });
    }
    let mit_kind = true;
    let mut bereinigt = Cent::NULL;
    for p in &eltern {
        bereinigt += (p.netto_erwerb - grundsicherung::erwerbstaetigenfreibetrag(p.brutto_erwerb, mit_kind, am)?).max(Cent::NULL);
    }
    let eltern_bedarf_regel: Cent = {
        let n = ohne_vorrang.bedarf_je_person.len();
        // Parents' need without their per-head housing share (the KiZ uses its own split).
        let kopf = Cent((basis.unterkunft + basis.heizung).0 / basis.personen_im_haushalt.max(n).max(1) as i64);
        basis
            .personen
            .iter()
            .zip(&ohne_vorrang.bedarf_je_person)
            .filter(|(p, _)| p.rolle != Rolle::Kind)
            .map(|(_, b)| *b - kopf)
            .sum()
    };
    // Other income of a parent without earnings after the 30 € Versicherungspauschale, as
    // the Bürgergeld counts it (§ 6a Abs. 5, 6 BKGG with § 11b SGB II, § 6 Bürgergeld-V);
    // the Mindesteinkommensgrenze below uses the income before any deduction.
    let pauschale = Cent::euro(id::GRUNDSICHERUNG_VERSICHERUNGSPAUSCHALE.zahl(am)?.f as i64);
    let eltern_sonstiges: Cent = eltern
        .iter()
        .map(|p| if p.alter >= 18 && p.brutto_erwerb == Cent::NULL { (p.sonstiges - pauschale).max(Cent::NULL) } else { p.sonstiges })
        .sum();
    let e = KizEingabe {
        alleinerziehend: eltern.len() == 1,
        kindeseinkommen: kinder.iter().map(|k| k.sonstiges).collect(),
        eltern_brutto: eltern.iter().map(|p| p.brutto_erwerb + p.sonstiges).sum(),
        eltern_erwerb_bereinigt: bereinigt,
        eltern_sonstiges,
        eltern_regelbedarf: eltern_bedarf_regel,
        wohnkosten: basis.unterkunft + basis.heizung,
    };
    let r = kinder::kinderzuschlag(&e, am)?;
    Ok(Leistung { betrag: r.betrag, schritte: r.schritte })
}

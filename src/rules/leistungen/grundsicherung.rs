//! Bürgergeld (SGB II) and Sozialhilfe (SGB XII) of the household: the needs test of
//! `rules::grundsicherung` with the benefits that come first and a one-off need counted, and the
//! split of a claim between the two books when an adult of a SGB II household cannot work.

use super::bedarfsgemeinschaft::Bedarfsgemeinschaft;
use super::Betraege;
use crate::rules::geld::Cent;
use crate::rules::grundsicherung::{self as gs, Bedarfsergebnis, Bedarfspruefung, Rechtskreis};
use crate::rules::params::{RechtsstandFehler, Stichtag};

/// The needs test (§§ 9, 19–22 SGB II; §§ 19, 27 ff., 41 ff. SGB XII) with `vorrangige_leistungen`
/// (Wohngeld, Kinderzuschlag: § 12a SGB II) as income and `einmaliger_bedarf` (rent arrears) as
/// a need of the month.
pub(super) fn bedarfspruefung(
    bg: &Bedarfsgemeinschaft,
    vorrangige_leistungen: Cent,
    einmaliger_bedarf: Cent,
    am: Stichtag,
) -> Result<Bedarfsergebnis, RechtsstandFehler> {
    gs::pruefe(&Bedarfspruefung { vorrangige_leistungen, einmaliger_bedarf, ..bg.pruefung.clone() }, am)
}

/// Sozialhilfe: the whole claim where nobody can work; in a SGB II household a partner above the
/// age limit or permanently unable to work gets Grundsicherung (SGB XII) for his or her share of
/// the need (`ohne_vorrang`: the needs test without the benefits that come first).
pub(super) fn sozialhilfe(anspruch: Cent, bg: &Bedarfsgemeinschaft, ohne_vorrang: &Bedarfsergebnis, am: Stichtag) -> Cent {
    match bg.pruefung.rechtskreis {
        Rechtskreis::Sgb2 if bg.nicht_erwerbsfaehige_erwachsene > 0 => {
            let gesamt: i64 = ohne_vorrang.bedarf_je_person.iter().map(|c| c.0).sum::<i64>().max(1);
            let anteil: i64 = ohne_vorrang
                .bedarf_je_person
                .iter()
                .zip(&bg.mitglieder)
                .filter(|(_, m)| m.ist_erwachsen() && !m.erwerbsfaehig(*am).unwrap_or(true))
                .map(|(b, _)| b.0)
                .sum();
            Cent(anspruch.0 * anteil / gesamt)
        }
        Rechtskreis::Sgb2 => Cent::NULL,
        Rechtskreis::Sgb12 => anspruch,
    }
}

/// Bürgergeld: the claim of a SGB II household less what of it is Sozialhilfe.
pub(super) fn buergergeld(anspruch: Cent, sozialhilfe: Cent, rechtskreis: Rechtskreis) -> Cent {
    match rechtskreis {
        Rechtskreis::Sgb2 => anspruch - sozialhilfe,
        Rechtskreis::Sgb12 => Cent::NULL,
    }
}

/// The household's amounts under the SGB II or XII for a claim `anspruch`, with the Kindergeld.
pub(super) fn betraege(anspruch: Cent, bg: &Bedarfsgemeinschaft, ohne_vorrang: &Bedarfsergebnis, kindergeld: Cent, am: Stichtag) -> Betraege {
    let sozialhilfe = sozialhilfe(anspruch, bg, ohne_vorrang, am);
    let buergergeld = buergergeld(anspruch, sozialhilfe, bg.pruefung.rechtskreis);
    Betraege { buergergeld, sozialhilfe, kindergeld, ..Default::default() }
}

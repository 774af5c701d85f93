//! Kindergeld of the household (§ 66 EStG, `rules::kinder`): the amount per child for every
//! minor child; older children in education may also qualify, which the estimate does not ask.

use super::Leistung;
use crate::rules::geld::Cent;
use crate::rules::haushalt::Haushalt;
use crate::rules::kinder;
use crate::rules::params::{id, RechtsstandFehler, Stichtag};
use crate::rules::schritt::Schritt;

/// The Kindergeld per child (it counts as each child's income in the needs test) and the
/// household's whole Kindergeld with its step.
pub(super) fn kindergeld(h: &Haushalt, am: Stichtag) -> Result<(Cent, Leistung), RechtsstandFehler> {
    let je_kind = kinder::kindergeld_je_kind(am)?;
    let kinderzahl = h.anzahl_kinder();
    let betrag = Cent(je_kind.0 * kinderzahl as i64);
    let mut schritte = Vec::new();
    if kinderzahl > 0 {
        schritte.push(Schritt::neu(
            "kindergeld",
            "kindergeld",
            vec![("kinder", kinderzahl.to_string()), ("betrag", betrag.wert())],
            id::FAMILIE_KINDERGELD.norm(),
        ));
    }
    Ok((je_kind, Leistung { betrag, schritte }))
}

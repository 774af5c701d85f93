//! The Vorrangprüfung between the benefits (§ 12a SGB II, § 6a Abs. 1 Nr. 3 BKGG, § 7 WoGG):
//! Wohngeld and Kinderzuschlag come first when the household needs no Bürgergeld or Sozialhilfe,
//! or when they end that need; otherwise the household gets Grundsicherung, which excludes
//! Wohngeld. The other way is kept as the alternative, with the `vorrang` step that explains it.

use super::bedarfsgemeinschaft::Bedarfsgemeinschaft;
use super::{grundsicherung, Betraege, Regime};
use crate::rules::geld::Cent;
use crate::rules::grundsicherung::{Bedarfsergebnis, Rechtskreis};
use crate::rules::params::Stichtag;
use crate::rules::schritt::Schritt;

/// Which benefits the household gets, and what it would get the other way.
pub(super) struct Entscheidung {
    pub(super) regime: Regime,
    pub(super) betraege: Betraege,
    pub(super) alternative_regime: Regime,
    pub(super) alternative: Betraege,
    pub(super) schritt: Schritt,
}

/// The decision from the needs test without (`ohne_vorrang`) and with (`mit_vorrang`) the
/// Wohngeld and Kinderzuschlag counted as income.
pub(super) fn entscheide(
    bg: &Bedarfsgemeinschaft,
    ohne_vorrang: &Bedarfsergebnis,
    mit_vorrang: &Bedarfsergebnis,
    wohngeld: Cent,
    kinderzuschlag: Cent,
    kindergeld: Cent,
    am: Stichtag,
) -> Entscheidung {
    let grundsicherung = |anspruch: Cent| grundsicherung::betraege(anspruch, bg, ohne_vorrang, kindergeld, am);
    let grundsicherungs_regime = if bg.pruefung.rechtskreis == Rechtskreis::Sgb2 { Regime::Sgb2 } else { Regime::Sgb12 };
    let vorrang_betraege = Betraege { wohngeld, kinderzuschlag, kindergeld, ..Default::default() };
    let vorrang_regime = if wohngeld + kinderzuschlag > Cent::NULL { Regime::WohngeldKinderzuschlag } else { Regime::Keines };

    let (regime, betraege, alternative_regime, alternative) = if ohne_vorrang.anspruch == Cent::NULL {
        (vorrang_regime, vorrang_betraege, grundsicherungs_regime, grundsicherung(Cent::NULL))
    } else if mit_vorrang.anspruch == Cent::NULL && wohngeld + kinderzuschlag > Cent::NULL {
        (vorrang_regime, vorrang_betraege, grundsicherungs_regime, grundsicherung(ohne_vorrang.anspruch))
    } else {
        (grundsicherungs_regime, grundsicherung(ohne_vorrang.anspruch), vorrang_regime, vorrang_betraege)
    };
    let schritt = Schritt::neu(
        "vorrang",
        "vorrang",
        vec![
            ("bedarf", ohne_vorrang.bedarf.wert()),
            ("einkommen", ohne_vorrang.einkommen.wert()),
            ("wohngeld", wohngeld.wert()),
            ("kiz", kinderzuschlag.wert()),
            ("ergebnis", format!("@erklaerung_wort_regime_{}", regime.code())),
        ],
        "§ 12a SGB II; § 6a Abs. 1 Nr. 3 BKGG; § 7 WoGG",
    );
    Entscheidung { regime, betraege, alternative_regime, alternative, schritt }
}

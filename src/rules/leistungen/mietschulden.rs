//! Who can take over rent debts: the Jobcenter as a loan (§ 22 Abs. 8 SGB II) for a household
//! in the SGB II that gets Bürgergeld or would with the arrears as a need of the month; otherwise
//! the Sozialamt as a grant or a loan (§ 36 Abs. 1 SGB XII). "Soll" when homelessness threatens,
//! else "kann"; a Jobcenter loan is offset against the benefit (§ 42a Abs. 2 SGB II).

use super::bedarfsgemeinschaft::Bedarfsgemeinschaft;
use super::{grundsicherung, Mietschuldenuebernahme, Regime, Traeger};
use crate::rules::geld::Cent;
use crate::rules::grundsicherung::{Bedarfsergebnis, Rechtskreis};
use crate::rules::params::{id, RechtsstandFehler, Stichtag, Wert};
use crate::rules::schritt::Schritt;

/// The takeover of `rueckstand` and its step; nothing without arrears. `vorrangige_leistungen`:
/// the Wohngeld and Kinderzuschlag counted as income; `mit_vorrang`: the needs test with them.
pub(super) fn uebernahme(
    rueckstand: Cent,
    kuendigung_droht: bool,
    bg: &Bedarfsgemeinschaft,
    vorrangige_leistungen: Cent,
    regime: Regime,
    mit_vorrang: &Bedarfsergebnis,
    am: Stichtag,
) -> Result<Option<(Mietschuldenuebernahme, Schritt)>, RechtsstandFehler> {
    if rueckstand <= Cent::NULL {
        return Ok(None);
    }
    let mit_schulden = grundsicherung::bedarfspruefung(bg, vorrangige_leistungen, rueckstand, am)?;
    let jobcenter = bg.pruefung.rechtskreis == Rechtskreis::Sgb2 && (regime == Regime::Sgb2 || mit_schulden.anspruch > Cent::NULL);
    let kuenftige_miete_tragbar = matches!(regime, Regime::Sgb2 | Regime::Sgb12) || mit_vorrang.anspruch == Cent::NULL;
    let rb1 = match id::GRUNDSICHERUNG_REGELBEDARF.stand(am)?.wert {
        Wert::Liste(l) => Cent::euro(l[0].f as i64),
        _ => unreachable!(),
    };
    let tilgung = rb1.mal(id::GRUNDSICHERUNG_DARLEHEN_AUFRECHNUNG.zahl(am)?.f);
    let m = Mietschuldenuebernahme {
        rueckstand,
        traeger: if jobcenter { Traeger::Jobcenter } else { Traeger::Sozialamt },
        norm: if jobcenter { "§ 22 Abs. 8 SGB II" } else { "§ 36 Abs. 1 SGB XII" },
        soll: kuendigung_droht,
        nur_darlehen: jobcenter,
        monatliche_tilgung: (jobcenter && regime == Regime::Sgb2).then_some(tilgung),
        kuenftige_miete_tragbar,
        // Codes; the words are `bedingung_<code>` in the locale files.
        bedingungen: vec!["erhaltenswert", "tragbar", "vermoegen_zuerst", "kein_titel"],
    };
    let schritt = Schritt::neu(
        "mietschulden",
        "mietschulden",
        vec![
            ("anforderung", if jobcenter { "@erklaerung_wort_ms_jobcenter" } else { "@erklaerung_wort_ms_sozialamt" }.into()),
            ("betrag", rueckstand.wert()),
            ("wer", if jobcenter { "@erklaerung_wort_jobcenter" } else { "@erklaerung_wort_sozialamt" }.into()),
            ("soll", if kuendigung_droht { "@schritt_wort_soll" } else { "@schritt_wort_kann" }.into()),
            ("form", if jobcenter { "@erklaerung_wort_als_darlehen" } else { "@erklaerung_wort_als_beihilfe" }.into()),
        ],
        m.norm,
    );
    Ok(Some((m, schritt)))
}

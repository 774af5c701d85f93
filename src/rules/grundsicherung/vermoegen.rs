//! The assets a household may keep: § 12 SGB II (in the Karenzzeit a sum for the first person
//! and each further one, after it an amount per person by age; from 1 July 2026 per person by
//! age without a Karenzzeit, the old rules staying for approval periods begun before, § 65a
//! SGB II) and § 90 Abs. 2 Nr. 9 SGB XII with § 1 of its Durchführungsverordnung.

use super::{Bedarfspruefung, Rechtskreis};
use crate::rules::geld::Cent;
use crate::rules::params::{id, RechtsstandFehler, Stichtag, Wert};

/// The limit of the assets, and whether the SGB II's asset Karenzzeit runs.
pub(super) fn grenze(e: &Bedarfspruefung, am: Stichtag) -> Result<(Cent, bool), RechtsstandFehler> {
    // A household already receiving benefits keeps the asset rules of the day its current
    // approval period began (§ 65a SGB II: the old § 12 for periods that began before
    // 1 July 2026); periods are taken to run for the usual twelve months.
    let am_vermoegen = if e.rechtskreis == Rechtskreis::Sgb2 && e.bezugsmonate > 0 {
        let dauer = (id::GRUNDSICHERUNG_BEWILLIGUNGSZEITRAUM_MONATE.zahl(am)?.f as u32).max(1);
        let beginn = am.datum.plus_monate_kappend(-((e.bezugsmonate % dauer) as i32));
        Stichtag { datum: beginn.max(crate::rules::params::abgedeckter_zeitraum().0), ..am }
    } else {
        am
    };
    let karenz = (e.bezugsmonate as f64) < id::GRUNDSICHERUNG_VERMOEGEN_KARENZZEIT_MONATE.zahl(am_vermoegen)?.f;
    let grenze = match e.rechtskreis {
        Rechtskreis::Sgb2 if karenz => {
            let weitere = Cent::euro(id::GRUNDSICHERUNG_VERMOEGEN_JE_WEITERE_PERSON.zahl(am_vermoegen)?.f as i64);
            Cent::euro(id::GRUNDSICHERUNG_VERMOEGEN_KARENZZEIT_ERSTE_PERSON.zahl(am_vermoegen)?.f as i64)
                + Cent(weitere.0 * (e.personen.len() as i64 - 1).max(0))
        }
        Rechtskreis::Sgb2 => {
            let Wert::Tabelle(stufen) = id::GRUNDSICHERUNG_VERMOEGEN_JE_PERSON_NACH_ALTER.stand(am_vermoegen)?.wert else { unreachable!() };
            // Each row holds up to the age (completed years) it names, the last for everyone older.
            e.personen
                .iter()
                .map(|p| {
                    let stufe = stufen.iter().find(|s| p.alter as f64 <= s[0].f).unwrap_or(stufen.last().unwrap());
                    Cent::euro(stufe[1].f as i64)
                })
                .sum()
        }
        Rechtskreis::Sgb12 => {
            let je_erwachsenem = Cent::euro(id::GRUNDSICHERUNG_SGB12_SCHONBETRAG.zahl(am)?.f as i64);
            let je_unterhaltenem = Cent::euro(id::GRUNDSICHERUNG_SGB12_SCHONBETRAG_JE_UNTERHALTENER_PERSON.zahl(am)?.f as i64);
            let erwachsene = e.personen.iter().filter(|p| p.alter >= 18).count().max(1) as i64;
            let unterhaltene = e.personen.len() as i64 - erwachsene;
            Cent(je_erwachsenem.0 * erwachsene + je_unterhaltenem.0 * unterhaltene.max(0))
        }
    };
    Ok((grenze, karenz))
}

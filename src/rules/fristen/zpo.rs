//! The deadlines of the court proceedings: the notice of defence two weeks after the suit is
//! served (§ 276 Abs. 1 ZPO), the Räumungsfrist (§ 721 ZPO) and the protection from enforcement
//! two weeks before the eviction date (§ 765a Abs. 1, 3 ZPO).

use super::berechnung::{h, mit_193, unbekannt, wochen_nach, zustand};
use super::{Frist, Fristart, Fristzustand, Hinweis, Verfahrensstand};
use crate::rules::datum::Datum;
use crate::rules::params::RechtsstandFehler;

/// The Verteidigungsanzeige, until the judgment.
pub(super) fn verteidigungsanzeige(v: &Verfahrensstand, heute: Datum) -> Result<Option<Frist>, RechtsstandFehler> {
    if !(v.klage_zugestellt && !v.urteil) {
        return Ok(None);
    }
    let norm = "§ 276 Abs. 1 ZPO";
    Ok(Some(match v.klage_zugestellt_am {
        Some(zugestellt) => {
            let ende = wochen_nach(zugestellt, 2);
            let hinweise = if zustand(ende, heute) == Fristzustand::Abgelaufen { vec![h("anzeige_vorbei")] } else { vec![] };
            mit_193(Fristart::Verteidigungsanzeige, ende, heute, norm, vec![], hinweise)?
        }
        None => unbekannt(Fristart::Verteidigungsanzeige, norm, vec![], "umschlag"),
    }))
}

/// § 721 ZPO: before the judgment the application belongs in the oral hearing (no date to
/// compute); after it only a granted period can be extended (Abs. 3), two weeks before its end.
/// Without a granted period there is nothing left to apply for here (§ 765a, § 794a instead).
pub(super) fn raeumungsfrist(v: &Verfahrensstand, heute: Datum) -> Result<Option<Frist>, RechtsstandFehler> {
    Ok(match (v.raeumungsfrist_bis, v.verurteilt(), v.klage_zugestellt) {
        (Some(bis), _, _) => {
            Some(mit_193(Fristart::Raeumungsfrist, bis.plus_tage(-14), heute, "§ 721 Abs. 3 ZPO", vec![], vec![h("raeumungsfrist_verlaengerung")])?)
        }
        (None, false, true) => Some(unbekannt(Fristart::Raeumungsfrist, "§ 721 Abs. 1 ZPO", vec![], "raeumungsfrist_verhandlung")),
        _ => None,
    })
}

/// Vollstreckungsschutz once there is a judgment: two weeks before the eviction date, if known.
pub(super) fn vollstreckungsschutz(v: &Verfahrensstand, heute: Datum) -> Option<Frist> {
    if !v.verurteilt() {
        return None;
    }
    let norm = "§ 765a Abs. 1, 3 ZPO";
    Some(match v.raeumungstermin {
        Some(termin) => {
            let ende = termin.plus_tage(-14);
            let zustand = zustand(ende, heute);
            let code = if zustand == Fristzustand::Abgelaufen { "vollstreckung_vorbei" } else { "termin" };
            Frist {
                art: Fristart::Vollstreckungsschutz,
                datum: Some(ende),
                verschoben_auf: None,
                zustand,
                norm,
                regel_werte: vec![],
                hinweise: vec![Hinweis { code, werte: vec![("termin", termin.wert())] }],
            }
        }
        None => unbekannt(Fristart::Vollstreckungsschutz, norm, vec![], "kein_termin"),
    })
}

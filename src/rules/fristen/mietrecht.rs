//! The tenant's deadlines of the BGB: the Schonfrist within which paying (or an office's
//! promise to pay) voids a fristlose Kündigung (§ 569 Abs. 3 Nr. 2 BGB), and the objection to an
//! ordentliche Kündigung two months before the tenancy ends (§ 574b Abs. 2 BGB with § 573c Abs. 1).

use super::berechnung::{h, mit_193, monate_nach, unbekannt, zustand};
use super::{falls_unbekannt, Frist, Fristart, Fristzustand, Hinweis, Verfahrensstand};
use crate::rules::datum::Datum;
use crate::rules::params::RechtsstandFehler;

/// The Schonfrist of `monate` months from the service of the suit, if a fristlose Kündigung
/// may have come. An undated one after a judgment helps nobody: if it were still running the
/// office says so; a dated one stays, running or passed.
pub(super) fn schonfrist(v: &Verfahrensstand, monate: i32, heute: Datum) -> Result<Option<Frist>, RechtsstandFehler> {
    let verurteilt = v.verurteilt();
    if !(v.klage_zugestellt && v.vielleicht_fristlos() && !(verurteilt && v.klage_zugestellt_am.is_none())) {
        return Ok(None);
    }
    let norm = "§ 569 Abs. 3 Nr. 2 BGB";
    let werte = vec![("monate", monate.to_string())];
    if v.geheilt_in_2_jahren {
        return Ok(Some(Frist {
            art: Fristart::Schonfrist,
            datum: None,
            verschoben_auf: None,
            zustand: Fristzustand::Abgelaufen,
            norm,
            regel_werte: werte,
            hinweise: vec![h("schonfrist_gesperrt")],
        }));
    }
    let Some(zugestellt) = v.klage_zugestellt_am else {
        let mut f = unbekannt(Fristart::Schonfrist, norm, werte, "umschlag");
        if let Some(x) = falls_unbekannt(v, "nur_wenn_fristlos") {
            f.hinweise.insert(0, x);
        }
        return Ok(Some(f));
    };
    let ende = monate_nach(zugestellt, monate);
    let offen = zustand(ende, heute) != Fristzustand::Abgelaufen;
    let mut hinweise: Vec<Hinweis> = falls_unbekannt(v, "nur_wenn_fristlos").into_iter().collect();
    // After a judgment a payment no longer simply ends the matter: the office must look at once.
    hinweise.push(h(match (offen, verurteilt) {
        (true, false) => "schonfrist_zeit",
        (true, true) => "schonfrist_nach_urteil",
        (false, _) => "schonfrist_vorbei",
    }));
    if v.vielleicht_ordentlich() {
        hinweise.push(h("ordentlich_nicht_geheilt"));
    }
    Ok(Some(mit_193(Fristart::Schonfrist, ende, heute, norm, werte, hinweise)?))
}

/// The objection to an ordentliche Kündigung (Sozialklausel), until the court has decided.
pub(super) fn widerspruch(v: &Verfahrensstand, heute: Datum) -> Result<Option<Frist>, RechtsstandFehler> {
    if !(v.vielleicht_ordentlich() && !v.verurteilt()) {
        return Ok(None);
    }
    let norm = "§ 574b Abs. 2 BGB";
    let Some(erhalten) = v.kuendigung_erhalten_am else {
        let mut f = unbekannt(Fristart::Widerspruch, norm, vec![], "kuendigungsdatum_unbekannt");
        if let Some(x) = falls_unbekannt(v, "nur_wenn_ordentlich") {
            f.hinweise.insert(0, x);
        }
        return Ok(Some(f));
    };
    // § 573c Abs. 1 BGB: notice given by the third working day ends the tenancy at the end
    // of the month after next; the shortest period, as the tenancy's length is unknown.
    let monat = erhalten.kalendermonat();
    let dritter_werktag = crate::rules::kalender::mietfaelligkeit(monat)?;
    let ende_monat = if erhalten <= dritter_werktag { monat.plus(2) } else { monat.plus(3) };
    let mietende = ende_monat.plus(1).erster().plus_tage(-1);
    let ende = mietende.plus_monate_kappend(-2);
    let mut hinweise: Vec<Hinweis> = falls_unbekannt(v, "nur_wenn_ordentlich").into_iter().collect();
    hinweise.push(Hinweis { code: "widerspruch_mietende", werte: vec![("mietende", mietende.wert())] });
    Ok(Some(mit_193(Fristart::Widerspruch, ende, heute, norm, vec![], hinweise)?))
}

//! The rent M of the formula (§ 12 WoGG): the Bruttokaltmiete up to the Höchstbetrag of the
//! household size and Mietstufe (§ 12 Abs. 1) plus the Klimakomponente (§ 12 Abs. 7), raised to
//! the minimum rent (§ 19 Abs. 2, Anlage 3 Nr. 1), and the Heizkostenkomponente (§ 12 Abs. 6)
//! added after the cap.

use super::{roemisch, Fix10, WohngeldEingabe};
use crate::rules::params::{id, ParamId, RechtsstandFehler, Stichtag, Wert, Zahl};
use crate::rules::schritt::Schritt;

/// The value for a household of `n` members from a per-size list (the last entry for larger households).
pub(super) fn je_groesse(id: ParamId, n: usize, am: Stichtag) -> Result<Zahl, RechtsstandFehler> {
    match id.stand(am)?.wert {
        Wert::Liste(l) => Ok(l[(n.max(1) - 1).min(l.len() - 1)]),
        _ => unreachable!("{} is a list", id.parameter().schluessel),
    }
}

/// A per-size list of up to five entries, plus a fixed step for each member above five.
pub(super) fn je_groesse_mit_zuschlag(liste: ParamId, zuschlag: ParamId, n: usize, am: impl Into<Stichtag>) -> Result<Fix10, RechtsstandFehler> {
    let am = am.into();
    let basis = je_groesse(liste, n.min(5), am)?;
    let weitere = n.saturating_sub(5) as i64;
    Ok(Fix10::aus_zahl(basis).plus(Fix10::aus_zahl(zuschlag.zahl(am)?).mal(Fix10::ganz(weitere))))
}

/// § 12 Abs. 1 WoGG: the cap for `n` members and the Mietstufe.
pub fn hoechstbetrag(n: usize, mietstufe: u8, am: impl Into<Stichtag>) -> Result<Fix10, RechtsstandFehler> {
    let am = am.into();
    let spalte = (mietstufe.clamp(1, 7) - 1) as usize;
    let Wert::Tabelle(tabelle) = id::WOHNGELD_HOECHSTBETRAG.stand(am)?.wert else { unreachable!() };
    let Wert::Liste(weitere) = id::WOHNGELD_HOECHSTBETRAG_JEDE_WEITERE_PERSON.stand(am)?.wert else { unreachable!() };
    let zeile = n.clamp(1, 5) - 1;
    Ok(Fix10::aus_zahl(tabelle[zeile][spalte])
        .plus(Fix10::aus_zahl(weitere[spalte]).mal(Fix10::ganz(n.saturating_sub(5) as i64))))
}

/// M for `n` members, and the `wg_miete` step.
pub(super) fn miete(e: &WohngeldEingabe, n: usize, am: Stichtag) -> Result<(Fix10, Schritt), RechtsstandFehler> {
    let deckel = hoechstbetrag(n, e.mietstufe, am)?.plus(je_groesse_mit_zuschlag(
        id::WOHNGELD_KLIMAKOMPONENTE,
        id::WOHNGELD_KLIMAKOMPONENTE_JEDE_WEITERE_PERSON,
        n,
        am,
    )?);
    let miete = Fix10::aus_cent(e.bruttokaltmiete);
    let m_min = Fix10::aus_zahl(je_groesse(id::WOHNGELD_MINDESTMIETE, n, am)?);
    let heiz = je_groesse_mit_zuschlag(id::WOHNGELD_HEIZKOSTEN, id::WOHNGELD_HEIZKOSTEN_JEDE_WEITERE_PERSON, n, am)?;
    let m = miete.min(deckel).max(m_min).plus(heiz);
    let schritt = Schritt::neu(
        "wohngeld",
        "wg_miete",
        vec![
            ("deckel", deckel.auf_cent().wert()),
            ("stufe", roemisch(e.mietstufe).into()),
            ("miete", e.bruttokaltmiete.wert()),
            ("beruecksichtigt", miete.min(deckel).max(m_min).auf_cent().wert()),
            ("heiz", heiz.auf_cent().wert()),
            ("m", m.auf_cent().wert()),
        ],
        id::WOHNGELD_HOECHSTBETRAG.norm(),
    );
    Ok((m, schritt))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;

    #[test]
    fn caps_for_large_households() {
        let am = Datum::ymd(2026, 1, 1);
        assert_eq!(hoechstbetrag(5, 4, am).unwrap(), Fix10::ganz(982));
        assert_eq!(hoechstbetrag(8, 1, am).unwrap(), Fix10::ganz(940));
        assert_eq!(hoechstbetrag(6, 7, am).unwrap(), Fix10::ganz(1465));
    }
}

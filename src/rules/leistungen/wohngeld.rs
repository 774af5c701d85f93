//! Wohngeld of the household as Mietzuschuss (WoGG, computed in `rules::wohngeld`), as if no
//! housing costs of the SGB II or XII were paid: the household's members and incomes as §§ 14–17
//! WoGG count them; whether it is excluded by those benefits is the Vorrangprüfung's question.

use super::einkommen::Lohn;
use super::Leistung;
use crate::rules::geld::Cent;
use crate::rules::grundsicherung::Rolle;
use crate::rules::haushalt::Haushalt;
use crate::rules::params::{RechtsstandFehler, Stichtag};
use crate::rules::wohngeld::{self as wogg, WohngeldEingabe, WohngeldEinkommen};

/// The monthly Wohngeld and its steps; nothing without a Mietstufe (said so in the notes).
pub(super) fn wohngeld(
    h: &Haushalt,
    loehne: &[Lohn],
    rollen: &[Option<Rolle>],
    am: Stichtag,
    hinweise: &mut Vec<String>,
) -> Result<Leistung, RechtsstandFehler> {
    let mietstufe = h.mietstufe.unwrap_or(0);
    if mietstufe == 0 {
        hinweise.push("Ohne Mietstufe kann Wohngeld nicht berechnet werden.".into());
        return Ok(Leistung { betrag: Cent::NULL, schritte: Vec::new() });
    }
    let eingabe = WohngeldEingabe {
        mitglieder: h
            .mitglieder
            .iter()
            .zip(loehne)
            .zip(rollen)
            .map(|((m, l), rolle)| WohngeldEinkommen {
                bruttolohn: l.brutto,
                minijob: l.minijob,
                rente: m.rente,
                sonstiges: m.arbeitslosengeld + m.unterhalt + m.sonstiges_einkommen,
                // The three criteria of § 16 WoGG: taxes, health and care, pension insurance.
                abzugsmerkmale: l.steuer as u8 + l.kranken_pflege as u8 + l.rente as u8,
                kind_unter_25: *rolle == Some(Rolle::Kind) && m.alter < 25,
            })
            .collect(),
        mietstufe,
        bruttokaltmiete: h.bruttokaltmiete,
        alleinerziehend: h.alleinerziehend(),
        schwerbehinderte: h.mitglieder.iter().filter(|m| m.schwerbehindert).count(),
        vermoegen: h.vermoegen,
    };
    let r = wogg::wohngeld(&eingabe, am)?;
    Ok(Leistung { betrag: Cent::euro(r.betrag), schritte: r.schritte })
}

//! Who belongs to the Bedarfsgemeinschaft (§ 7 Abs. 3 SGB II; the Einstandsgemeinschaft of
//! §§ 19, 27 SGB XII), which book applies (SGB II if one member can work, § 7 Abs. 1, § 8 SGB II;
//! otherwise SGB XII), and the housing costs it is recognised (§ 22 Abs. 1 SGB II with the
//! Karenzzeit): the input of the needs test of `rules::grundsicherung`.

use super::einkommen::Lohn;
use crate::rules::geld::Cent;
use crate::rules::grundsicherung::{Bedarfspruefung, Person, Rechtskreis, Rolle};
use crate::rules::haushalt::{Haushalt, Mitglied};
use crate::rules::params::{id, RechtsstandFehler, Stichtag};

/// The household as the needs test sees it.
pub(super) struct Bedarfsgemeinschaft<'a> {
    /// The needs test without the benefits that come first and without a one-off need.
    pub(super) pruefung: Bedarfspruefung,
    /// The members in it, in the order of `pruefung.personen`.
    pub(super) mitglieder: Vec<&'a Mitglied>,
    /// Adults in it who cannot work (above the age limit or permanently unable).
    pub(super) nicht_erwerbsfaehige_erwachsene: usize,
}

/// Roles in the Bedarfsgemeinschaft: the first adult, a partner, children under 25; a further
/// adult from 25 on forms a Bedarfsgemeinschaft of his or her own (`None`).
pub(super) fn rollen(h: &Haushalt) -> Vec<Option<Rolle>> {
    let mut rollen: Vec<Option<Rolle>> = Vec::with_capacity(h.mitglieder.len());
    let mut erwachsene_gesehen = 0;
    for m in &h.mitglieder {
        rollen.push(if m.ist_erwachsen() {
            erwachsene_gesehen += 1;
            match erwachsene_gesehen {
                1 => Some(Rolle::Antragsteller),
                2 if m.alter >= 25 || h.anzahl_erwachsene() == 2 => Some(Rolle::Partner),
                _ if m.alter < 25 => Some(Rolle::Kind),
                _ => None,
            }
        } else if erwachsene_gesehen == 0 && h.anzahl_erwachsene() == 0 && rollen.is_empty() {
            // A household of minors only: the first one applies.
            Some(Rolle::Antragsteller)
        } else {
            Some(Rolle::Kind)
        });
    }
    rollen
}

/// The Bedarfsgemeinschaft with each member's income as the needs test counts it: earnings
/// gross and net, and what a pension pays out after contributions and tax.
pub(super) fn bilden<'a>(
    h: &'a Haushalt,
    loehne: &[Lohn],
    rollen: &[Option<Rolle>],
    kindergeld_je_kind: Cent,
    am: Stichtag,
    hinweise: &mut Vec<String>,
) -> Result<Bedarfsgemeinschaft<'a>, RechtsstandFehler> {
    let mut personen = Vec::new();
    let mut mitglieder = Vec::new();
    let mut ausserhalb = 0usize;
    let mut erwerbsfaehige = 0usize;
    let mut nicht_erwerbsfaehige_erwachsene = 0usize;
    for ((m, l), rolle) in h.mitglieder.iter().zip(loehne).zip(rollen) {
        let Some(rolle) = *rolle else {
            ausserhalb += 1;
            continue;
        };
        if m.alter >= 15 {
            if m.erwerbsfaehig(*am)? {
                erwerbsfaehige += 1;
            } else if m.ist_erwachsen() {
                nicht_erwerbsfaehige_erwachsene += 1;
            }
        }
        mitglieder.push(m);
        // What the pension pays out after contributions and the estimated income tax.
        let rente = (m.rente - l.rente_beitraege - l.rente_steuer).max(Cent::NULL);
        personen.push(Person {
            rolle,
            alter: m.alter,
            brutto_erwerb: l.brutto,
            netto_erwerb: l.netto,
            sonstiges: rente + m.arbeitslosengeld + m.unterhalt + m.sonstiges_einkommen,
            kindergeld: if m.ist_erwachsen() { Cent::NULL } else { kindergeld_je_kind },
        });
    }
    if ausserhalb > 0 {
        hinweise.push(format!(
            "{ausserhalb} erwachsene Person(en) ab 25 ohne Partnerschaft sind eine eigene Bedarfsgemeinschaft; ihr Anteil an der Miete ist hier herausgerechnet."
        ));
    }
    let rechtskreis = if erwerbsfaehige > 0 { Rechtskreis::Sgb2 } else { Rechtskreis::Sgb12 };
    let bezugsmonate = h.sgb2_bezug_seit_monaten.unwrap_or(0);
    let pruefung = Bedarfspruefung {
        rechtskreis,
        personen,
        personen_im_haushalt: h.mitglieder.len(),
        unterkunft: unterkunft(h, bezugsmonate, am, hinweise)?,
        heizung: h.heizkosten,
        vermoegen: h.vermoegen,
        bezugsmonate,
        vorrangige_leistungen: Cent::NULL,
        einmaliger_bedarf: Cent::NULL,
    };
    Ok(Bedarfsgemeinschaft { pruefung, mitglieder, nicht_erwerbsfaehige_erwachsene })
}

/// The Bruttokaltmiete recognised (§ 22 Abs. 1 SGB II): in the Karenzzeit the actual rent, or
/// up to the cap the data may set on it; after it at most the local limit, when one is known.
fn unterkunft(h: &Haushalt, bezugsmonate: u32, am: Stichtag, hinweise: &mut Vec<String>) -> Result<Cent, RechtsstandFehler> {
    let kdu_karenz = (bezugsmonate as f64) < id::GRUNDSICHERUNG_KARENZZEIT_MONATE.zahl(am)?.f;
    Ok(match h.angemessenheitsgrenze {
        Some(grenze) if !kdu_karenz => h.bruttokaltmiete.min(grenze),
        Some(grenze) => {
            let deckel = id::GRUNDSICHERUNG_KDU_KARENZZEIT_DECKEL.zahl(am)?.f;
            if deckel > 0.0 { h.bruttokaltmiete.min(grenze.mal(deckel)) } else { h.bruttokaltmiete }
        }
        None => {
            if !kdu_karenz {
                hinweise.push("Nach der Karenzzeit zahlt das Jobcenter nur eine angemessene Miete. Die Grenze für Ihren Ort ist hier nicht hinterlegt; gerechnet wird mit Ihrer Miete.".into());
            }
            h.bruttokaltmiete
        }
    })
}

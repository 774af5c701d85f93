//! The members' wages and pensions as the benefit rules use them: net from gross or gross from
//! net (§§ 32a, 39b EStG; SGB III, IV, V, VI, XI through `rules::lohn`), the care surcharge by
//! parenthood (§ 55 Abs. 3 SGB XI), a pension's contributions and taxable part (§ 22 Nr. 1
//! EStG, § 249a SGB V, § 59 SGB XI), and the `lohn` and `rente` steps that explain them.

use crate::rules::geld::Cent;
use crate::rules::haushalt::{Haushalt, Mitglied};
use crate::rules::lohn;
use crate::rules::params::{id, RechtsstandFehler, Stichtag};
use crate::rules::schritt::Schritt;

/// Wage and pension figures of one member as the benefit rules use them.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Lohn {
    pub(super) brutto: Cent,
    pub(super) netto: Cent,
    /// The wage is a Minijob, flat-taxed by the employer (§ 40a EStG): outside the taxable income.
    pub(super) minijob: bool,
    /// Rough annual taxable income for an income-tax assessment (§ 2 Abs. 5 EStG): wages (not a
    /// Minijob) and the taxable share of a pension, minus the lump sums and the deductible
    /// pension, health and care contributions.
    pub(super) zu_versteuern_jahr: Cent,
    /// The part of `zu_versteuern_jahr` that comes from a pension.
    pub(super) rente_zu_versteuern_jahr: Cent,
    /// Wage tax and Soli withheld in a year.
    pub(super) lohnsteuer_jahr: Cent,
    /// Health and care contributions on the pension per month (§ 249a SGB V, § 59 SGB XI).
    pub(super) rente_beitraege: Cent,
    /// Estimated income tax on the pension per month (assessed, not withheld).
    pub(super) rente_steuer: Cent,
    pub(super) steuer: bool,
    pub(super) kranken_pflege: bool,
    pub(super) rente: bool,
}

/// Every member's wage and pension in the order of the members; the income-tax criterion of
/// § 16 WoGG and the income tax on pensions are settled after it (`einkommensteuer`).
pub(super) fn der_mitglieder(h: &Haushalt, am: Stichtag, hinweise: &mut Vec<String>) -> Result<Vec<Lohn>, RechtsstandFehler> {
    let zuschlaege = pv_zuschlaege(h, am, hinweise)?;
    let verdiener = h
        .erwachsene()
        .filter(|m| m.bruttolohn.unwrap_or_default() > Cent::NULL || m.nettolohn.unwrap_or_default() > Cent::NULL)
        .count();
    let mut loehne = Vec::with_capacity(h.mitglieder.len());
    for (i, m) in h.mitglieder.iter().enumerate() {
        let erwachsen_index = h.mitglieder[..i].iter().filter(|x| x.ist_erwachsen()).count();
        let mut l = lohn_von(m, h, erwachsen_index, verdiener, zuschlaege[i], am)?;
        if m.rente > Cent::NULL {
            rente(m, i, zuschlaege[i], &mut l, am, hinweise)?;
        }
        loehne.push(l);
    }
    Ok(loehne)
}

/// Parenthood decides the care surcharge for the childless on wages and pensions: per member.
fn pv_zuschlaege(h: &Haushalt, am: Stichtag, hinweise: &mut Vec<String>) -> Result<Vec<bool>, RechtsstandFehler> {
    let mut zuschlaege = Vec::with_capacity(h.mitglieder.len());
    for (_i, m) in h.mitglieder.iter().enumerate() {
        let (eltern, _vermutet) = elterneigenschaft(m, h, am)?;
        let zuschlag = pv_zuschlag(m, eltern, am)?;
        // Notes are read on the command line only (German, like the offices' notes); the widget
        // does not show them, so their sentences stay out of the WebAssembly.
        #[cfg(not(target_arch = "wasm32"))]
        if _vermutet && (m.rente > Cent::NULL || m.bruttolohn.is_some() || m.nettolohn.is_some()) && pv_zuschlag(m, false, am)? {
            hinweise.push(format!(
                "Person {}: ohne Angabe wird angenommen, dass sie Kinder hat oder hatte (über der Regelaltersgrenze der Regelfall); ohne Kinder käme der Beitragszuschlag zur Pflegeversicherung für Kinderlose hinzu (§ 55 Abs. 3 SGB XI).",
                _i + 1
            ));
        }
        zuschlaege.push(zuschlag);
    }
    // The widget builds no notes (see above).
    #[cfg(target_arch = "wasm32")]
    let _ = hinweise;
    Ok(zuschlaege)
}

/// A pension's contributions and its taxable part, added to the member's taxable income; the
/// year it began is presumed (and said so) when not answered.
fn rente(m: &Mitglied, i: usize, zuschlag: bool, l: &mut Lohn, am: Stichtag, hinweise: &mut Vec<String>) -> Result<(), RechtsstandFehler> {
    let beginn = match m.rentenbeginn {
        Some(j) => j,
        None => {
            let j = m.rentenbeginn_vermutet(*am)?;
            #[cfg(not(target_arch = "wasm32"))]
            hinweise.push(format!(
                "Person {}: Rentenbeginn nicht angegeben, angenommen {j} (Erreichen der Regelaltersgrenze, sonst dieses Jahr); davon hängt der steuerpflichtige Anteil der Rente ab (§ 22 Nr. 1 EStG).",
                i + 1
            ));
            j
        }
    };
    // The widget builds no notes (see `pv_zuschlaege`).
    #[cfg(target_arch = "wasm32")]
    let _ = (i, hinweise);
    l.rente_beitraege = lohn::rente_beitraege(m.rente, zuschlag, am)?;
    let mit_lohn = l.brutto > Cent::NULL && !l.minijob;
    l.rente_zu_versteuern_jahr = lohn::rente_zu_versteuern(m.rente, l.rente_beitraege, beginn, mit_lohn, am)?;
    l.zu_versteuern_jahr += l.rente_zu_versteuern_jahr;
    Ok(())
}

fn steuerklasse(h: &Haushalt, index: usize, verdiener: usize) -> lohn::Steuerklasse {
    match (h.anzahl_erwachsene(), h.anzahl_kinder()) {
        (1, k) if k > 0 => lohn::Steuerklasse::II,
        (1, _) => lohn::Steuerklasse::I,
        // A couple with one earner usually chooses III/V; with two, IV/IV.
        (_, _) if index < 2 && verdiener == 1 => lohn::Steuerklasse::III,
        (_, _) if index < 2 => lohn::Steuerklasse::IV,
        _ => lohn::Steuerklasse::I,
    }
}

/// Whether a member has or had children (Elterneigenschaft, § 55 Abs. 3 SGB XI), which decides
/// the care-insurance surcharge for the childless, and whether that is presumed above the age
/// limit. As answered; without an answer: a parent if a child lives in the household; above the
/// Regelaltersgrenze presumed a parent (the notes say so); otherwise childless.
pub fn elterneigenschaft(m: &Mitglied, h: &Haushalt, am: Stichtag) -> Result<(bool, bool), RechtsstandFehler> {
    if let Some(ja) = m.hat_kinder {
        return Ok((ja, false));
    }
    if h.anzahl_kinder() > 0 {
        return Ok((true, false));
    }
    if m.ist_erwachsen() && m.ueber_altersgrenze(*am)? {
        return Ok((true, true));
    }
    Ok((false, false))
}

/// The surcharge for the childless applies (§ 55 Abs. 3 SGB XI): no children, aged 23 or more,
/// born 1940 or later.
fn pv_zuschlag(m: &Mitglied, eltern: bool, am: Stichtag) -> Result<bool, RechtsstandFehler> {
    Ok(!eltern
        && f64::from(m.alter) >= id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_MINDESTALTER.zahl(am)?.f
        && f64::from(m.geburtsjahr_am(*am)) >= id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_GEBOREN_AB.zahl(am)?.f)
}

fn lohn_von(m: &Mitglied, h: &Haushalt, index: usize, verdiener: usize, zuschlag: bool, am: Stichtag) -> Result<Lohn, RechtsstandFehler> {
    if m.bruttolohn.is_none() && m.nettolohn.is_none() {
        // Without wages the § 16 WoGG criteria come from the answers or the pension:
        // pensioners pay health and care contributions on it (§ 249a SGB V, § 59 SGB XI).
        return Ok(Lohn {
            steuer: m.zahlt_steuern.unwrap_or(false),
            kranken_pflege: m.zahlt_kranken_pflege.unwrap_or(m.rente > Cent::NULL),
            rente: m.zahlt_rente.unwrap_or(false),
            ..Lohn::default()
        });
    }
    let kinder = h.anzahl_kinder().min(u8::MAX as usize) as u8;
    let klasse = steuerklasse(h, index, verdiener);
    let mut angaben = lohn::Lohnangaben::neu(m.bruttolohn.unwrap_or_default(), klasse, m.alter);
    angaben.kinder_unter_25 = kinder;
    // Parents, and those born before 1940, pay no surcharge (§ 55 Abs. 3 SGB XI); the wage
    // module knows only the first, so both are passed as it.
    angaben.elterneigenschaft = kinder > 0 || !zuschlag;
    // A Minijobber who applied for exemption pays no pension contribution (answered as "pays no
    // pension insurance").
    angaben.minijob_rv_befreit = m.zahlt_rente == Some(false);
    // Kinderfreibeträge only change the Soli; a full one per child in classes II and III, half in IV.
    angaben.kinderfreibetraege_halbe = match klasse {
        lohn::Steuerklasse::II | lohn::Steuerklasse::III => kinder.saturating_mul(2),
        lohn::Steuerklasse::IV => kinder,
        _ => 0,
    };
    let brutto = match (m.bruttolohn, m.nettolohn) {
        (Some(b), _) => b,
        (None, Some(n)) => lohn::brutto_aus_netto(n, &angaben, am)?,
        (None, None) => Cent::NULL,
    };
    angaben.brutto_monat = brutto;
    let berechnet = lohn::netto_aus_brutto(&angaben, am)?;
    let netto = m.nettolohn.unwrap_or(berechnet.netto);
    let minijob = berechnet.beschaeftigung == lohn::Beschaeftigung::Minijob && brutto > Cent::NULL;
    let pauschbetraege = Cent::euro(
        id::LOHNSTEUER_ARBEITNEHMER_PAUSCHBETRAG.zahl(am)?.f as i64 + id::LOHNSTEUER_SONDERAUSGABEN_PAUSCHBETRAG.zahl(am)?.f as i64,
    );
    let vorsorge = berechnet.rv + berechnet.kv + berechnet.pv;
    // A Minijob's wage is taxed flat by the employer (§ 40a EStG) and stays out of the assessment.
    let zu_versteuern_jahr =
        if minijob { Cent::NULL } else { (Cent(brutto.0 * 12) - pauschbetraege - Cent(vorsorge.0 * 12)).max(Cent::NULL) };
    Ok(Lohn {
        brutto,
        netto,
        minijob,
        zu_versteuern_jahr,
        lohnsteuer_jahr: Cent((berechnet.lohnsteuer.0 + berechnet.soli.0).saturating_mul(12)),
        steuer: m.zahlt_steuern.unwrap_or(berechnet.lohnsteuer > Cent::NULL),
        kranken_pflege: m.zahlt_kranken_pflege.unwrap_or(berechnet.kv > Cent::NULL || m.rente > Cent::NULL),
        rente: m.zahlt_rente.unwrap_or(berechnet.rv > Cent::NULL),
        ..Lohn::default()
    })
}

/// Net wage per adult as used, in the order of the adults.
pub(super) fn nettoloehne(h: &Haushalt, loehne: &[Lohn]) -> Vec<Cent> {
    h.mitglieder.iter().zip(loehne).filter(|(m, _)| m.ist_erwachsen()).map(|(_, l)| l.netto).collect()
}

/// The steps that explain the incomes: every pension paid out after contributions and tax, then
/// every wage the rules had to compute (gross from net or net from gross).
pub(super) fn schritte(h: &Haushalt, loehne: &[Lohn]) -> Vec<Schritt> {
    let mut schritte = Vec::new();
    for (m, l) in h.mitglieder.iter().zip(loehne) {
        if m.rente > Cent::NULL {
            schritte.push(Schritt::neu(
                "rente",
                "rente",
                vec![
                    ("brutto", m.rente.wert()),
                    ("beitraege", l.rente_beitraege.wert()),
                    ("steuer", l.rente_steuer.wert()),
                    ("netto", (m.rente - l.rente_beitraege - l.rente_steuer).max(Cent::NULL).wert()),
                ],
                "§ 249a SGB V; §§ 55, 59 SGB XI; §§ 9a, 10, 22 Nr. 1, 32a EStG",
            ));
        }
    }
    for (m, l) in h.mitglieder.iter().zip(loehne) {
        if l.brutto > Cent::NULL && (m.bruttolohn.is_none() || m.nettolohn.is_none()) {
            schritte.push(Schritt::neu(
                "lohn",
                "lohn",
                vec![("brutto", l.brutto.wert()), ("netto", l.netto.wert())],
                "§ 32a, § 39b EStG; SGB IV, V, VI, XI, III",
            ));
        }
    }
    schritte
}

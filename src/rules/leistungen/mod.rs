//! The entitlement assessment: Kindergeld, Wohngeld, Kinderzuschlag, Bürgergeld,
//! Sozialhilfe, the Vorrangprüfung between them, and who can take over rent debts.
//!
//! Each benefit is a named function in a file of its own that returns its amount and the steps
//! that decided it ([`Schritt`]); [`bewerte`] only composes them, in the order in which the
//! statutes build on each other: the members' incomes (`einkommen`, `einkommensteuer`), the
//! Kindergeld (`kindergeld`, § 66 EStG), the Wohngeld (`wohngeld`, WoGG), the Bedarfsgemeinschaft
//! and its needs test (`bedarfsgemeinschaft`, `grundsicherung`: SGB II and XII), the
//! Kinderzuschlag (`kinderzuschlag`, § 6a BKGG), the Vorrangprüfung (`vorrang`: § 12a SGB II,
//! § 7 WoGG) and the takeover of rent debts (`mietschulden`: § 22 Abs. 8 SGB II, § 36 SGB XII).

mod bedarfsgemeinschaft;
mod einkommen;
mod einkommensteuer;
mod grundsicherung;
mod kindergeld;
mod kinderzuschlag;
mod mietschulden;
mod vorrang;
mod wohngeld;

pub use einkommen::elterneigenschaft;

use crate::rules::geld::Cent;
use crate::rules::haushalt::Haushalt;
use crate::rules::params::{RechtsstandFehler, Stichtag};
use crate::rules::schritt::Schritt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regime {
    WohngeldKinderzuschlag,
    Sgb2,
    Sgb12,
    Keines,
}

impl Regime {
    pub fn code(self) -> &'static str {
        match self {
            Regime::WohngeldKinderzuschlag => "wohngeld_kinderzuschlag",
            Regime::Sgb2 => "sgb2",
            Regime::Sgb12 => "sgb12",
            Regime::Keines => "none",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Betraege {
    pub wohngeld: Cent,
    pub buergergeld: Cent,
    pub sozialhilfe: Cent,
    pub kinderzuschlag: Cent,
    pub kindergeld: Cent,
}

impl Betraege {
    pub fn summe(&self) -> Cent {
        self.wohngeld + self.buergergeld + self.sozialhilfe + self.kinderzuschlag + self.kindergeld
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Traeger {
    Jobcenter,
    Sozialamt,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mietschuldenuebernahme {
    pub rueckstand: Cent,
    pub traeger: Traeger,
    pub norm: &'static str,
    /// true: "soll" (homelessness threatens); false: "kann".
    pub soll: bool,
    /// Jobcenter: a loan; Sozialamt: a grant or a loan.
    pub nur_darlehen: bool,
    /// Monthly offset of a Jobcenter loan against the benefit (§ 42a Abs. 2 SGB II).
    pub monatliche_tilgung: Option<Cent>,
    /// Whether the rent can be paid in future with the household's income and benefits.
    pub kuenftige_miete_tragbar: bool,
    pub bedingungen: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bewertung {
    pub betraege: Betraege,
    pub regime: Regime,
    pub alternative: Betraege,
    pub alternative_regime: Regime,
    /// Net wage per adult as used, in the order of the adults.
    pub nettoloehne: Vec<Cent>,
    pub mietschulden: Option<Mietschuldenuebernahme>,
    pub schritte: Vec<Schritt>,
    /// Things the estimate could not know and that could change it.
    pub hinweise: Vec<String>,
}

/// One benefit's monthly amount and the steps that decided it, in the order they are shown.
struct Leistung {
    betrag: Cent,
    schritte: Vec<Schritt>,
}

/// The whole entitlement estimate for a household on a date.
pub fn bewerte(h: &Haushalt, rueckstand: Cent, kuendigung_droht: bool, am: impl Into<Stichtag>) -> Result<Bewertung, RechtsstandFehler> {
    let am = am.into();
    let mut hinweise = Vec::new();
    let mut loehne = einkommen::der_mitglieder(h, am, &mut hinweise)?;
    einkommensteuer::steuerpflicht(h, &mut loehne, am)?;
    einkommensteuer::steuer_auf_renten(h, &mut loehne, am)?;
    let (kindergeld_je_kind, kindergeld) = kindergeld::kindergeld(h, am)?;
    let rollen = bedarfsgemeinschaft::rollen(h);
    let wohngeld = wohngeld::wohngeld(h, &loehne, &rollen, am, &mut hinweise)?;
    let bg = bedarfsgemeinschaft::bilden(h, &loehne, &rollen, kindergeld_je_kind, am, &mut hinweise)?;
    let ohne_vorrang = grundsicherung::bedarfspruefung(&bg, Cent::NULL, Cent::NULL, am)?;
    let kinderzuschlag = kinderzuschlag::kinderzuschlag(&bg, &ohne_vorrang, am)?;
    let vorrangige_leistungen = wohngeld.betrag + kinderzuschlag.betrag;
    let mit_vorrang = grundsicherung::bedarfspruefung(&bg, vorrangige_leistungen, Cent::NULL, am)?;
    let entscheidung =
        vorrang::entscheide(&bg, &ohne_vorrang, &mit_vorrang, wohngeld.betrag, kinderzuschlag.betrag, kindergeld.betrag, am);
    let mietschulden =
        mietschulden::uebernahme(rueckstand, kuendigung_droht, &bg, vorrangige_leistungen, entscheidung.regime, &mit_vorrang, am)?;

    let mut schritte = einkommen::schritte(h, &loehne);
    schritte.extend(kindergeld.schritte);
    schritte.extend(wohngeld.schritte);
    schritte.extend(kinderzuschlag.schritte);
    schritte.extend(ohne_vorrang.schritte);
    schritte.push(entscheidung.schritt);
    let mietschulden = mietschulden.map(|(m, schritt)| {
        schritte.push(schritt);
        m
    });
    Ok(Bewertung {
        betraege: entscheidung.betraege,
        regime: entscheidung.regime,
        alternative: entscheidung.alternative,
        alternative_regime: entscheidung.alternative_regime,
        nettoloehne: einkommen::nettoloehne(h, &loehne),
        mietschulden,
        schritte,
        hinweise,
    })
}

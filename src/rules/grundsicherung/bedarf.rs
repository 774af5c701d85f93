//! The need of each member of the Bedarfsgemeinschaft: the Regelbedarf by its
//! Regelbedarfsstufe (§§ 20, 23 SGB II; § 28 SGB XII with its Anlage), the Kindersofortzuschlag
//! (§ 72 SGB II, § 145 SGB XII), the Mehrbedarf for single parents (§ 21 Abs. 3 SGB II, § 30
//! Abs. 3 SGB XII), and the housing costs split by head among everyone in the flat.

use super::{Bedarfspruefung, Person, Rechtskreis, Rolle};
use crate::rules::geld::Cent;
use crate::rules::params::{id, RechtsstandFehler, Stichtag, Wert};

pub(super) fn regelbedarf(stufe: usize, am: Stichtag) -> Result<Cent, RechtsstandFehler> {
    match id::GRUNDSICHERUNG_REGELBEDARF.stand(am)?.wert {
        Wert::Liste(l) => Ok(Cent::euro(l[stufe - 1].f as i64).max(Cent((l[stufe - 1].e10 / 100_000_000) as i64))),
        _ => unreachable!(),
    }
}

/// Regelbedarfsstufe of a person (Anlage zu § 28 SGB XII; § 20, § 23 SGB II).
pub fn regelbedarfsstufe(p: &Person, mit_partner: bool, rechtskreis: Rechtskreis) -> usize {
    match p.rolle {
        Rolle::Antragsteller if mit_partner => 2,
        Rolle::Antragsteller => 1,
        Rolle::Partner => 2,
        Rolle::Kind => match p.alter {
            0..=5 => 6,
            6..=13 => 5,
            14..=17 => 4,
            // In SGB XII an adult child living with its parents is RBS 1 (no partner in the household).
            _ if rechtskreis == Rechtskreis::Sgb12 => 1,
            _ => 3,
        },
    }
}

fn mehrbedarf_alleinerziehend(kinder_alter: &[u8], am: Stichtag) -> Result<Cent, RechtsstandFehler> {
    let Wert::Liste(s) = id::GRUNDSICHERUNG_MEHRBEDARF_ALLEINERZIEHEND.stand(am)?.wert else { unreachable!() };
    let (pauschal, je_kind, hoechstens) = (s[0].f, s[1].f, s[2].f);
    let minderjaehrig = kinder_alter.iter().filter(|&&a| a < 18).count();
    if minderjaehrig == 0 {
        return Ok(Cent::NULL);
    }
    let unter_7 = kinder_alter.iter().filter(|&&a| a < 7).count();
    let unter_16 = kinder_alter.iter().filter(|&&a| a < 16).count();
    let mut anteil = je_kind * minderjaehrig as f64;
    if unter_7 >= 1 || (2..=3).contains(&unter_16) {
        anteil = anteil.max(pauschal);
    }
    Ok(regelbedarf(1, am)?.mal(anteil.min(hoechstens)))
}

/// What the need of every member depends on besides the member.
pub(super) struct Bedarfslage {
    pub(super) mit_partner: bool,
    /// The ages of the children in the Bedarfsgemeinschaft.
    pub(super) kinder_alter: Vec<u8>,
    sofortzuschlag: Cent,
    /// Housing costs are split by head among everyone in the flat (Kopfteilprinzip); the cents
    /// that do not divide go to the first member.
    kopfteil: Cent,
    rest_erster: Cent,
}

impl Bedarfslage {
    pub(super) fn neu(e: &Bedarfspruefung, am: Stichtag) -> Result<Bedarfslage, RechtsstandFehler> {
        let mit_partner = e.personen.iter().any(|p| p.rolle == Rolle::Partner);
        let kinder_alter: Vec<u8> = e.personen.iter().filter(|p| p.rolle == Rolle::Kind).map(|p| p.alter).collect();
        let sofortzuschlag = Cent::euro(id::GRUNDSICHERUNG_KINDERSOFORTZUSCHLAG.zahl(am)?.f as i64);
        let kopfzahl = e.personen_im_haushalt.max(e.personen.len()).max(1) as i64;
        let wohnen = e.unterkunft + e.heizung;
        let kopfteil = Cent(wohnen.0 / kopfzahl);
        let rest_erster = Cent(wohnen.0 - kopfteil.0 * kopfzahl);
        Ok(Bedarfslage { mit_partner, kinder_alter, sofortzuschlag, kopfteil, rest_erster })
    }

    /// The need of the `i`-th member `p`.
    pub(super) fn der_person(&self, i: usize, p: &Person, rechtskreis: Rechtskreis, am: Stichtag) -> Result<Cent, RechtsstandFehler> {
        let stufe = regelbedarfsstufe(p, self.mit_partner, rechtskreis);
        let mut bedarf = regelbedarf(stufe, am)? + self.kopfteil + if i == 0 { self.rest_erster } else { Cent::NULL };
        if p.rolle == Rolle::Kind {
            bedarf += self.sofortzuschlag;
        }
        if p.rolle == Rolle::Antragsteller && !self.mit_partner {
            bedarf += mehrbedarf_alleinerziehend(&self.kinder_alter, am)?;
        }
        Ok(bedarf)
    }
}

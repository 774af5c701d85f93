//! The household as the rules see it: who lives in the flat, what they earn,
//! what the flat costs. Built from the user's answers or from the JSON interface.

use crate::rules::datum::Datum;
use crate::rules::geld::Cent;
use crate::rules::params::{id, RechtsstandFehler, Wert};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mitglied {
    pub alter: u8,
    /// When known; otherwise derived from the age (for the Regelaltersgrenze).
    pub geburtsjahr: Option<i32>,
    pub bruttolohn: Option<Cent>,
    pub nettolohn: Option<Cent>,
    pub rente: Cent,
    pub arbeitslosengeld: Cent,
    pub unterhalt: Cent,
    pub sonstiges_einkommen: Cent,
    /// Permanently fully unable to work (volle Erwerbsminderung, § 43 Abs. 2 SGB VI).
    pub voll_erwerbsgemindert: bool,
    pub schwerbehindert: bool,
    /// The three § 16 WoGG criteria; `None`: inferred from the wage.
    pub zahlt_steuern: Option<bool>,
    pub zahlt_kranken_pflege: Option<bool>,
    pub zahlt_rente: Option<bool>,
    /// Has or had children, also grown-up ones living elsewhere (Elterneigenschaft, § 55 Abs. 3
    /// SGB XI). `None`: not answered; the rules presume it (`leistungen::elterneigenschaft`).
    pub hat_kinder: Option<bool>,
    /// Year the pension began (its taxable share, § 22 Nr. 1 Satz 3 Buchst. a EStG).
    /// `None`: presumed from the age (`Mitglied::rentenbeginn_vermutet`).
    pub rentenbeginn: Option<i32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Haushalt {
    pub mitglieder: Vec<Mitglied>,
    /// Wohngeld-Mietstufe 1..7 of the municipality.
    pub mietstufe: Option<u8>,
    /// Bruttokaltmiete: rent with cold operating costs, without heating.
    pub bruttokaltmiete: Cent,
    /// Heating and hot water.
    pub heizkosten: Cent,
    pub wohnflaeche_m2: Option<f64>,
    pub vermoegen: Cent,
    /// `None`: no SGB II now, so a claim would start a new Karenzzeit.
    pub sgb2_bezug_seit_monaten: Option<u32>,
    /// The municipality's reasonable-rent limit by household size, if the region data has one.
    pub angemessenheitsgrenze: Option<Cent>,
}

pub const VOLLJAEHRIG: u8 = 18;

impl Mitglied {
    pub fn ist_erwachsen(&self) -> bool {
        self.alter >= VOLLJAEHRIG
    }

    pub fn geburtsjahr_am(&self, am: Datum) -> i32 {
        // Without a birthday the later of the two possible years: the person is then
        // never placed above the age limit too early.
        self.geburtsjahr.unwrap_or(am.jahr() - self.alter as i32)
    }

    /// Above the Regelaltersgrenze (§ 41 Abs. 2 SGB XII, § 7a SGB II) on `am`.
    pub fn ueber_altersgrenze(&self, am: Datum) -> Result<bool, RechtsstandFehler> {
        let jahr = self.geburtsjahr_am(am);
        let (jahre, monate) = regelaltersgrenze(jahr, am)?;
        // Age in months at `am`, counting the birthday as 1 July of the birth year when unknown.
        let alter_monate = (am.jahr() - jahr) * 12 + am.monat() as i32 - 7;
        Ok(alter_monate >= jahre * 12 + monate)
    }

    /// The year a pension began when it is not known: the year after the month in which the
    /// Regelaltersgrenze was reached (birthday counted as 1 July, as above), at the latest the
    /// year of `am`; a pension below the age limit (Erwerbsminderung, early retirement) is
    /// taken to begin in the year of `am`.
    pub fn rentenbeginn_vermutet(&self, am: Datum) -> Result<i32, RechtsstandFehler> {
        let jahr = self.geburtsjahr_am(am);
        let (jahre, monate) = regelaltersgrenze(jahr, am)?;
        // Reached in month 7 + monate of year jahr + jahre; the pension starts the month after.
        Ok((jahr + jahre + (7 + monate) / 12).min(am.jahr()))
    }

    /// Able to work at least three hours a day and below the age limit: SGB II (§§ 7, 8 SGB II).
    pub fn erwerbsfaehig(&self, am: Datum) -> Result<bool, RechtsstandFehler> {
        Ok(self.alter >= 15 && !self.voll_erwerbsgemindert && !self.ueber_altersgrenze(am)?)
    }
}

/// Years and months of the Regelaltersgrenze for a birth year.
pub fn regelaltersgrenze(geburtsjahr: i32, am: Datum) -> Result<(i32, i32), RechtsstandFehler> {
    let Wert::Tabelle(zeilen) = id::RENTE_REGELALTERSGRENZE.stand(am)?.wert else {
        unreachable!("Regelaltersgrenze is a table")
    };
    let erste = zeilen.first().unwrap();
    let letzte = zeilen.last().unwrap();
    let zeile = if geburtsjahr <= erste[0].f as i32 {
        erste
    } else if geburtsjahr >= letzte[0].f as i32 {
        letzte
    } else {
        zeilen.iter().find(|z| z[0].f as i32 == geburtsjahr).unwrap_or(letzte)
    };
    Ok((zeile[1].f as i32, zeile[2].f as i32))
}

impl Haushalt {
    pub fn erwachsene(&self) -> impl Iterator<Item = &Mitglied> {
        self.mitglieder.iter().filter(|m| m.ist_erwachsen())
    }

    pub fn minderjaehrige(&self) -> impl Iterator<Item = &Mitglied> {
        self.mitglieder.iter().filter(|m| !m.ist_erwachsen())
    }

    pub fn anzahl_erwachsene(&self) -> usize {
        self.erwachsene().count()
    }

    pub fn anzahl_kinder(&self) -> usize {
        self.minderjaehrige().count()
    }

    /// One adult living only with minor children.
    pub fn alleinerziehend(&self) -> bool {
        self.anzahl_erwachsene() == 1 && self.anzahl_kinder() > 0
    }

    /// Everything paid to the landlord: what § 543 BGB calls the rent.
    pub fn warmmiete(&self) -> Cent {
        self.bruttokaltmiete + self.heizkosten
    }
}

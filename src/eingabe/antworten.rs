//! The self-check's answers exactly as typed, and what the rules make of them.
//!
//! Every answer is kept as text (or a plain choice), so going back, switching the
//! language or a typing error never loses anything. `auswerten` turns the answers
//! into the typed `Situation` of the seam (`beurteilung::beurteile`).

use crate::beurteilung::{beurteile, Offen, Situation};
use crate::eingabe::lesen::{self, Eingabefehler};
use crate::region::Region;
use crate::rules::datum::{Datum, Monat};
use crate::rules::fristen::Verfahrensstand;
use crate::rules::geld::Cent;
use crate::rules::haushalt::{Haushalt, Mitglied};
use crate::rules::params::RechtsstandFehler;
use crate::rules::risiko::{Bedrohung, Lage, Schock};
use crate::rules::zahlungsverzug::{Rueckstandsangabe, Verzugseingabe};

/// What brought the person here: the first question, which also sets the urgency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Anlass {
    #[default]
    Offen,
    /// Nothing has happened yet, but money is tight.
    GeldKnapp,
    MieteOffen,
    Kuendigung,
    Gericht,
    Raeumungstermin,
}

impl Anlass {
    pub fn akut(self) -> bool {
        matches!(self, Anlass::Gericht | Anlass::Raeumungstermin)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum JaNein {
    #[default]
    Offen,
    Ja,
    Nein,
    WeissNicht,
}

impl JaNein {
    pub fn ja(self) -> bool {
        self == JaNein::Ja
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lohnart {
    #[default]
    Keiner,
    Brutto,
    Netto,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kuendigungsart {
    #[default]
    WeissNicht,
    Fristlos,
    Ordentlich,
    Beide,
}

/// One adult's answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Erwachsener {
    pub alter: String,
    pub lohnart: Lohnart,
    pub lohn: String,
    pub rente: String,
    pub arbeitslosengeld: String,
    pub sonstiges: String,
    pub erwerbsunfaehig: bool,
    /// Has or had children, also grown-up ones elsewhere: asked only where the care surcharge
    /// for the childless can apply (`formular::Bedingung::KinderFrage`).
    pub hat_kinder: JaNein,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kind {
    pub alter: String,
    pub unterhalt: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Antworten {
    pub anlass: Anlass,
    pub erwachsene: Vec<Erwachsener>,
    pub kinder: Vec<Kind>,
    /// Name of the municipality from the region data; empty: not known.
    pub gemeinde: String,
    pub kaltmiete: String,
    pub heizkosten: String,
    pub vermoegen: String,
    /// Already receiving Bürgergeld/Grundsicherungsgeld.
    pub bezieht_buergergeld: JaNein,
    pub rueckstand: String,
    /// Arrears per month instead of a total (the threshold check of § 543 BGB).
    pub rueckstand_pro_monat: bool,
    pub rueckstand_monate: Vec<String>,
    pub rueckstand_seit: String,
    pub mahnung: JaNein,
    pub kuendigung: JaNein,
    pub kuendigungsart: Kuendigungsart,
    pub kuendigung_am: String,
    pub klage: JaNein,
    pub klage_am: String,
    pub urteil: JaNein,
    pub raeumungsfrist_bis: String,
    pub raeumungstermin_am: String,
    pub geheilt_in_2_jahren: JaNein,
    pub energiesperre: JaNein,
    pub andere_schulden: JaNein,
    pub schocks: Vec<Schock>,
    pub bedrohungen: Vec<Bedrohung>,
    pub kontakt_hilfe: JaNein,
}

impl Default for Antworten {
    fn default() -> Self {
        Antworten {
            anlass: Anlass::Offen,
            erwachsene: vec![Erwachsener::default()],
            kinder: Vec::new(),
            gemeinde: String::new(),
            kaltmiete: String::new(),
            heizkosten: String::new(),
            vermoegen: String::new(),
            bezieht_buergergeld: JaNein::Offen,
            rueckstand: String::new(),
            rueckstand_pro_monat: false,
            rueckstand_monate: vec![String::new(); 6],
            rueckstand_seit: String::new(),
            mahnung: JaNein::Offen,
            kuendigung: JaNein::Offen,
            kuendigungsart: Kuendigungsart::WeissNicht,
            kuendigung_am: String::new(),
            klage: JaNein::Offen,
            klage_am: String::new(),
            urteil: JaNein::Offen,
            raeumungsfrist_bis: String::new(),
            raeumungstermin_am: String::new(),
            geheilt_in_2_jahren: JaNein::Offen,
            energiesperre: JaNein::Offen,
            andere_schulden: JaNein::Offen,
            schocks: Vec::new(),
            bedrohungen: Vec::new(),
            kontakt_hilfe: JaNein::Offen,
        }
    }
}

/// Limits for typing slips; no household comes near them.
pub const HOECHSTBETRAG_MONAT_EURO: i64 = 50_000;
pub const HOECHSTBETRAG_VERMOEGEN_EURO: i64 = 10_000_000;
pub const HOECHSTBETRAG_RUECKSTAND_EURO: i64 = 500_000;
pub const MIETE_HOECHSTENS_EURO: i64 = 10_000;

/// An optional amount: empty is "not given", anything else must be readable.
pub fn betrag_optional(text: &str, hoechstens: i64) -> Result<Option<Cent>, Eingabefehler> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    lesen::betrag(text, hoechstens).map(Some)
}

pub fn alter(text: &str) -> Result<Option<u8>, &'static str> {
    let t = lesen::lateinische_ziffern(text);
    let t = t.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u16>() {
        Ok(a) if a <= 120 => Ok(Some(a as u8)),
        Ok(_) => Err("Bitte ein Alter zwischen 0 und 120 Jahren eintragen."),
        Err(_) => Err("Bitte das Alter in Jahren als Zahl eintragen, zum Beispiel 34."),
    }
}

pub fn datum_optional(text: &str) -> Result<Option<Datum>, Eingabefehler> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    lesen::datum(text).map(Some)
}

pub use crate::beurteilung::{Beurteilung as Auswertung, LeistungsSpannen, Spanne};

/// The household the rules see, as far as the answers tell; `None` while no rent is known.
fn haushalt(a: &Antworten, region: &Region) -> Option<Haushalt> {
    let kaltmiete = betrag_optional(&a.kaltmiete, MIETE_HOECHSTENS_EURO).ok()??;
    let heizkosten = betrag_optional(&a.heizkosten, MIETE_HOECHSTENS_EURO).ok().flatten();
    let mut mitglieder = Vec::new();
    for e in &a.erwachsene {
        let alter = alter(&e.alter).ok().flatten().unwrap_or(40).max(18);
        let lohn = betrag_optional(&e.lohn, HOECHSTBETRAG_MONAT_EURO).ok().flatten();
        mitglieder.push(Mitglied {
            alter,
            bruttolohn: if e.lohnart == Lohnart::Brutto { lohn } else { None },
            nettolohn: if e.lohnart == Lohnart::Netto { lohn } else { None },
            rente: betrag_optional(&e.rente, HOECHSTBETRAG_MONAT_EURO).ok().flatten().unwrap_or_default(),
            arbeitslosengeld: betrag_optional(&e.arbeitslosengeld, HOECHSTBETRAG_MONAT_EURO).ok().flatten().unwrap_or_default(),
            sonstiges_einkommen: betrag_optional(&e.sonstiges, HOECHSTBETRAG_MONAT_EURO).ok().flatten().unwrap_or_default(),
            voll_erwerbsgemindert: e.erwerbsunfaehig,
            // Asked only without a child in the flat; the answer then decides (else presumed).
            hat_kinder: match e.hat_kinder {
                JaNein::Ja => Some(true),
                JaNein::Nein if a.kinder.is_empty() => Some(false),
                _ => None,
            },
            ..Default::default()
        });
    }
    for k in &a.kinder {
        // A child whose age cannot be read or is 18 or more is left out, and the result says so.
        let alter = match alter(&k.alter) {
            Ok(Some(a)) if a < crate::rules::haushalt::VOLLJAEHRIG => a,
            Ok(None) => 8,
            _ => continue,
        };
        mitglieder.push(Mitglied {
            alter,
            unterhalt: betrag_optional(&k.unterhalt, HOECHSTBETRAG_MONAT_EURO).ok().flatten().unwrap_or_default(),
            ..Default::default()
        });
    }
    Some(Haushalt {
        mitglieder,
        mietstufe: gemeinde(a, region).and_then(|g| g.mietstufe),
        bruttokaltmiete: kaltmiete,
        // Unknown heating: the seam tries a low and a typical amount per person.
        heizkosten: heizkosten.unwrap_or_default(),
        wohnflaeche_m2: None,
        vermoegen: betrag_optional(&a.vermoegen, HOECHSTBETRAG_VERMOEGEN_EURO).ok().flatten().unwrap_or_default(),
        sgb2_bezug_seit_monaten: if a.bezieht_buergergeld.ja() { Some(12) } else { None },
        angemessenheitsgrenze: None,
    })
}

fn gemeinde(a: &Antworten, region: &Region) -> Option<&'static crate::region::Gemeinde> {
    region.gemeinden.iter().find(|g| g.name == a.gemeinde && g.mietstufe.is_some())
}

fn verzug(a: &Antworten, heute: Datum) -> Option<Verzugseingabe> {
    let kalt = betrag_optional(&a.kaltmiete, MIETE_HOECHSTENS_EURO).ok()??;
    let heiz = betrag_optional(&a.heizkosten, MIETE_HOECHSTENS_EURO).ok().flatten().unwrap_or_default();
    let monatsmiete = kalt + heiz;
    let rueckstand = if a.rueckstand_pro_monat {
        let letzter = crate::rules::kalender::letzter_faelliger_monat(heute).ok()?;
        let n = a.rueckstand_monate.len() as i32;
        let mut liste = Vec::new();
        for (i, t) in a.rueckstand_monate.iter().enumerate() {
            if let Some(c) = betrag_optional(t, MIETE_HOECHSTENS_EURO).ok()? {
                liste.push((letzter.plus(i as i32 - (n - 1)), c));
            }
        }
        Rueckstandsangabe::ProMonat(liste)
    } else {
        let betrag = betrag_optional(&a.rueckstand, HOECHSTBETRAG_RUECKSTAND_EURO).ok()??;
        let seit: Monat = lesen::monat(&a.rueckstand_seit).ok()?;
        Rueckstandsangabe::Summe { betrag, seit }
    };
    Some(Verzugseingabe { monatsmiete, rueckstand })
}

fn rueckstand_gesamt(a: &Antworten) -> Option<Cent> {
    if a.rueckstand_pro_monat {
        let summe: Cent = a
            .rueckstand_monate
            .iter()
            .filter_map(|t| betrag_optional(t, MIETE_HOECHSTENS_EURO).ok().flatten())
            .sum();
        (summe > Cent::NULL).then_some(summe)
    } else {
        betrag_optional(&a.rueckstand, HOECHSTBETRAG_RUECKSTAND_EURO).ok().flatten()
    }
}

fn lage(a: &Antworten) -> Lage {
    let datum = |t: &str| datum_optional(t).ok().flatten();
    // A Räumungsklage for arrears follows a termination; unless the person says there was none,
    // assume one whose kind is unknown.
    let kuendigung = a.kuendigung.ja()
        || a.anlass == Anlass::Kuendigung
        || (a.anlass == Anlass::Gericht && a.kuendigung != JaNein::Nein);
    // "Weiß ich nicht" stays unknown: the result says what follows if it was fristlos and
    // what if it was ordentlich, never that it was either.
    let (fristlos, ordentlich, art_unbekannt) = match (kuendigung, a.kuendigungsart) {
        (false, _) => (false, false, false),
        (true, Kuendigungsart::Fristlos) => (true, false, false),
        (true, Kuendigungsart::Ordentlich) => (false, true, false),
        (true, Kuendigungsart::Beide) => (true, true, false),
        (true, Kuendigungsart::WeissNicht) => (false, false, true),
    };
    let klage_am = datum(&a.klage_am);
    let termin = datum(&a.raeumungstermin_am);
    let monatsmiete = betrag_optional(&a.kaltmiete, MIETE_HOECHSTENS_EURO).ok().flatten().unwrap_or_default()
        + betrag_optional(&a.heizkosten, MIETE_HOECHSTENS_EURO).ok().flatten().unwrap_or_default();
    Lage {
        verfahren: Verfahrensstand {
            kuendigung_fristlos: fristlos,
            kuendigung_ordentlich: ordentlich,
            kuendigung_art_unbekannt: art_unbekannt,
            kuendigung_erhalten_am: datum(&a.kuendigung_am),
            klage_zugestellt: a.klage.ja() || klage_am.is_some() || a.anlass == Anlass::Gericht,
            klage_zugestellt_am: klage_am,
            urteil: a.urteil.ja() || termin.is_some() || a.anlass == Anlass::Raeumungstermin,
            raeumungsfrist_bis: datum(&a.raeumungsfrist_bis),
            raeumungstermin: termin,
            geheilt_in_2_jahren: a.geheilt_in_2_jahren.ja(),
        },
        rueckstand: rueckstand_gesamt(a),
        monatsmiete,
        mahnung: a.mahnung.ja(),
        energiesperre_angekuendigt: a.energiesperre.ja(),
        andere_schulden: a.andere_schulden.ja(),
        schocks: a.schocks.clone(),
        bedrohungen: a.bedrohungen.clone(),
        kontakt_hilfesystem: a.kontakt_hilfe.ja(),
        kuenftige_miete_tragbar: None,
        uebernahme_durch: None,
    }
}

/// The answers as the seam takes them. Wages vary from month to month, so the widget always
/// shows the range of ±10 %; a missing municipality or heating widens it further.
pub fn situation(a: &Antworten, region: &'static Region, heute: Datum) -> Situation {
    Situation {
        region,
        haushalt: haushalt(a, region),
        gemeinde: gemeinde(a, region),
        lage: lage(a),
        verzug: verzug(a, heute),
        offen: Offen {
            einkommen_schwankt: true,
            gemeinde: gemeinde(a, region).is_none(),
            heizkosten: a.heizkosten.trim().is_empty() || betrag_optional(&a.heizkosten, MIETE_HOECHSTENS_EURO).is_err(),
            einkommen_unlesbar: crate::eingabe::fragen::unlesbar(a).iter().any(|u| u.folge == "unlesbar_folge_einkommen"),
        },
    }
}

/// The whole result for the answers given so far.
pub fn auswerten(a: &Antworten, region: &'static Region, heute: Datum) -> Result<Auswertung, RechtsstandFehler> {
    beurteile(&situation(a, region, heute), heute)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::region::{region, STANDARD_REGION};
    use crate::rules::risiko::Stufe;

    fn reg() -> &'static Region {
        region(STANDARD_REGION).unwrap()
    }

    #[test]
    fn empty_answers_give_low_risk_and_no_benefit_estimate() {
        let r = auswerten(&Antworten::default(), reg(), Datum::ymd(2026, 11, 25)).unwrap();
        assert_eq!(r.risiko.stufe, Stufe::Gering);
        assert!(r.leistungen.is_none());
        // No risk, no task: the result shows a calm sentence and the contact (issue 12).
        assert!(r.schritte.is_empty());
    }

    #[test]
    fn court_letter_is_acute_even_before_any_other_answer() {
        let a = Antworten { anlass: Anlass::Gericht, ..Default::default() };
        let r = auswerten(&a, reg(), Datum::ymd(2026, 11, 25)).unwrap();
        assert_eq!(r.risiko.stufe, Stufe::Akut);
        assert_eq!(r.schritte[0].code, "anrufen");
        assert!(r.schritte[0].werte.contains(&("telefon", "06152 8058624".to_string())));
    }

    #[test]
    fn unknown_municipality_and_heating_widen_the_range() {
        let mut a = Antworten::default();
        a.erwachsene[0] = Erwachsener { alter: "30".into(), lohnart: Lohnart::Brutto, lohn: "1.400".into(), ..Default::default() };
        a.kaltmiete = "600".into();
        let unklar = auswerten(&a, reg(), Datum::ymd(2025, 7, 1)).unwrap();
        a.gemeinde = "Groß-Gerau".into();
        a.heizkosten = "80".into();
        let klar = auswerten(&a, reg(), Datum::ymd(2025, 7, 1)).unwrap();
        let breite = |s: Spanne| s.bis - s.von;
        let u = unklar.spannen.unwrap();
        let k = klar.spannen.unwrap();
        assert!(breite(u.wohngeld) + breite(u.buergergeld) > breite(k.wohngeld) + breite(k.buergergeld));
        assert_eq!(unklar.unsicher, vec!["gemeinde", "heizkosten"]);
        assert!(klar.unsicher.is_empty());
    }

    /// Issue 13: the answer to "Haben Sie Kinder?" reaches the rules; "Weiß ich nicht" leaves the
    /// presumption (above the Regelaltersgrenze a parent, below it childless).
    #[test]
    fn the_children_answer_reaches_the_household() {
        let mut a = Antworten::default();
        a.erwachsene[0] = Erwachsener { alter: "70".into(), rente: "1.200".into(), hat_kinder: JaNein::Ja, ..Default::default() };
        a.kaltmiete = "700".into();
        let h = |a: &Antworten| haushalt(a, reg()).unwrap().mitglieder[0].hat_kinder;
        assert_eq!(h(&a), Some(true));
        a.erwachsene[0].hat_kinder = JaNein::Nein;
        assert_eq!(h(&a), Some(false));
        a.erwachsene[0].hat_kinder = JaNein::WeissNicht;
        assert_eq!(h(&a), None);
    }

    #[test]
    fn ranges_contain_the_point_estimate() {
        let mut a = Antworten::default();
        a.erwachsene[0] = Erwachsener { alter: "35".into(), lohnart: Lohnart::Netto, lohn: "1.300".into(), ..Default::default() };
        a.kinder = vec![Kind { alter: "4".into(), unterhalt: String::new() }, Kind { alter: "9".into(), unterhalt: String::new() }];
        a.gemeinde = "Rüsselsheim am Main".into();
        a.kaltmiete = "750".into();
        a.heizkosten = "110".into();
        let r = auswerten(&a, reg(), Datum::ymd(2026, 11, 25)).unwrap();
        let b = r.leistungen.unwrap().betraege;
        let s = r.spannen.unwrap();
        for (betrag, sp) in [(b.wohngeld, s.wohngeld), (b.buergergeld, s.buergergeld), (b.kinderzuschlag, s.kinderzuschlag), (b.kindergeld, s.kindergeld)] {
            let euro = betrag.0 / 100;
            assert!(sp.von <= euro && euro <= sp.bis, "{euro} not in {sp:?}");
        }
        assert_eq!(s.kindergeld, Spanne { von: 518, bis: 518 });
    }
}

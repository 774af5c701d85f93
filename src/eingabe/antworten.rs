//! The self-check's answers exactly as typed, and where each one lives ([`Feld`]).
//!
//! Every answer is kept as text (or a plain choice), so going back, switching the
//! language or a typing error never loses anything. Reading them is `gelesen`'s work,
//! once; turning them into the rules' `Situation` is `situation`'s.

use crate::rules::risiko::{Bedrohung, Schock};

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

/// One answer. Adults and children by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feld {
    Anlass,
    Paar,
    Alter(usize),
    Lohnart(usize),
    Lohn(usize),
    Rente(usize),
    Arbeitslosengeld(usize),
    Sonstiges(usize),
    Erwerbsunfaehig(usize),
    /// Has or had children (also grown-up ones living elsewhere).
    HatKinder(usize),
    KindAlter(usize),
    Unterhalt(usize),
    Gemeinde,
    Kaltmiete,
    Heizkosten,
    Vermoegen,
    Buergergeld,
    ProMonat,
    Rueckstand,
    RueckstandSeit,
    RueckstandMonat(usize),
    Mahnung,
    Kuendigung,
    Kuendigungsart,
    KuendigungAm,
    Klage,
    KlageAm,
    Urteil,
    RaeumungsfristBis,
    RaeumungsterminAm,
    Geheilt,
    Energiesperre,
    AndereSchulden,
    Schock(Schock),
    Bedrohung(Bedrohung),
    Kontakt,
}

const JA_NEIN: [JaNein; 3] = [JaNein::Ja, JaNein::Nein, JaNein::WeissNicht];
const ANLAESSE: [Anlass; 5] = [Anlass::GeldKnapp, Anlass::MieteOffen, Anlass::Kuendigung, Anlass::Gericht, Anlass::Raeumungstermin];
const LOHNARTEN: [Lohnart; 3] = [Lohnart::Keiner, Lohnart::Netto, Lohnart::Brutto];
const KUENDIGUNGSARTEN: [Kuendigungsart; 4] = [Kuendigungsart::Fristlos, Kuendigungsart::Ordentlich, Kuendigungsart::Beide, Kuendigungsart::WeissNicht];

fn position<T: PartialEq>(liste: &[T], wert: &T) -> Option<usize> {
    liste.iter().position(|x| x == wert)
}

// One table of where each answer lives, for reading and for writing.
macro_rules! ort {
    ($a:expr, $f:expr, $get:ident $(, $m:tt)?) => {
        match $f {
            Feld::Alter(i) | Feld::Lohn(i) | Feld::Rente(i) | Feld::Arbeitslosengeld(i) | Feld::Sonstiges(i) => {
                let e = $a.erwachsene.$get(i)?;
                Some(Ort::Text(match $f {
                    Feld::Alter(_) => &$($m)? e.alter,
                    Feld::Lohn(_) => &$($m)? e.lohn,
                    Feld::Rente(_) => &$($m)? e.rente,
                    Feld::Arbeitslosengeld(_) => &$($m)? e.arbeitslosengeld,
                    _ => &$($m)? e.sonstiges,
                }))
            }
            Feld::HatKinder(i) => Some(Ort::JaNein(&$($m)? $a.erwachsene.$get(i)?.hat_kinder)),
            Feld::KindAlter(i) => Some(Ort::Text(&$($m)? $a.kinder.$get(i)?.alter)),
            Feld::Unterhalt(i) => Some(Ort::Text(&$($m)? $a.kinder.$get(i)?.unterhalt)),
            Feld::RueckstandMonat(i) => $a.rueckstand_monate.$get(i).map(Ort::Text),
            Feld::Gemeinde => Some(Ort::Text(&$($m)? $a.gemeinde)),
            Feld::Kaltmiete => Some(Ort::Text(&$($m)? $a.kaltmiete)),
            Feld::Heizkosten => Some(Ort::Text(&$($m)? $a.heizkosten)),
            Feld::Vermoegen => Some(Ort::Text(&$($m)? $a.vermoegen)),
            Feld::Rueckstand => Some(Ort::Text(&$($m)? $a.rueckstand)),
            Feld::RueckstandSeit => Some(Ort::Text(&$($m)? $a.rueckstand_seit)),
            Feld::KuendigungAm => Some(Ort::Text(&$($m)? $a.kuendigung_am)),
            Feld::KlageAm => Some(Ort::Text(&$($m)? $a.klage_am)),
            Feld::RaeumungsfristBis => Some(Ort::Text(&$($m)? $a.raeumungsfrist_bis)),
            Feld::RaeumungsterminAm => Some(Ort::Text(&$($m)? $a.raeumungstermin_am)),
            Feld::Buergergeld => Some(Ort::JaNein(&$($m)? $a.bezieht_buergergeld)),
            Feld::Mahnung => Some(Ort::JaNein(&$($m)? $a.mahnung)),
            Feld::Kuendigung => Some(Ort::JaNein(&$($m)? $a.kuendigung)),
            Feld::Klage => Some(Ort::JaNein(&$($m)? $a.klage)),
            Feld::Urteil => Some(Ort::JaNein(&$($m)? $a.urteil)),
            Feld::Geheilt => Some(Ort::JaNein(&$($m)? $a.geheilt_in_2_jahren)),
            Feld::Energiesperre => Some(Ort::JaNein(&$($m)? $a.energiesperre)),
            Feld::AndereSchulden => Some(Ort::JaNein(&$($m)? $a.andere_schulden)),
            Feld::Kontakt => Some(Ort::JaNein(&$($m)? $a.kontakt_hilfe)),
            _ => None,
        }
    };
}

enum Ort<S, J> {
    Text(S),
    JaNein(J),
}

impl Antworten {
    fn ort(&self, f: Feld) -> Option<Ort<&String, &JaNein>> {
        ort!(self, f, get)
    }

    fn ort_mut(&mut self, f: Feld) -> Option<Ort<&mut String, &mut JaNein>> {
        ort!(self, f, get_mut, mut)
    }

    /// The answer as the form shows it: the typed text, the position of the chosen
    /// option ("" when none), or "ja" / "" for a tick box.
    pub fn wert(&self, f: Feld) -> String {
        match self.ort(f) {
            Some(Ort::Text(t)) => return t.clone(),
            Some(Ort::JaNein(j)) => return position(&JA_NEIN, j).map(|i| i.to_string()).unwrap_or_default(),
            None => {}
        }
        let gewaehlt = match f {
            Feld::Anlass => position(&ANLAESSE, &self.anlass),
            Feld::Paar => Some(usize::from(self.erwachsene.len() >= 2)),
            Feld::Lohnart(i) => self.erwachsene.get(i).and_then(|e| position(&LOHNARTEN, &e.lohnart)),
            Feld::Kuendigungsart => position(&KUENDIGUNGSARTEN, &self.kuendigungsart),
            Feld::ProMonat => return haken(self.rueckstand_pro_monat),
            Feld::Erwerbsunfaehig(i) => return haken(self.erwachsene.get(i).is_some_and(|e| e.erwerbsunfaehig)),
            Feld::Schock(s) => return haken(self.schocks.contains(&s)),
            Feld::Bedrohung(b) => return haken(self.bedrohungen.contains(&b)),
            _ => None,
        };
        gewaehlt.map(|i| i.to_string()).unwrap_or_default()
    }

    /// Stores what the form reports: text as typed, an option's position, or a tick
    /// ("ja" or ""). Values that fit no option are ignored.
    pub fn setze(&mut self, f: Feld, wert: &str) {
        let an = wert == "ja";
        let i: Option<usize> = wert.parse().ok();
        match self.ort_mut(f) {
            Some(Ort::Text(t)) => return *t = wert.to_string(),
            Some(Ort::JaNein(j)) => {
                if let Some(neu) = i.and_then(|i| JA_NEIN.get(i)) {
                    *j = *neu;
                }
                return;
            }
            None => {}
        }
        match f {
            Feld::Anlass => {
                if let Some(neu) = i.and_then(|i| ANLAESSE.get(i)) {
                    self.anlass = *neu;
                }
            }
            Feld::Paar => match i {
                Some(1) if self.erwachsene.len() < 2 => self.erwachsene.push(Erwachsener::default()),
                Some(0) => self.erwachsene.truncate(1),
                _ => {}
            },
            Feld::Lohnart(n) => {
                if let (Some(e), Some(neu)) = (self.erwachsene.get_mut(n), i.and_then(|i| LOHNARTEN.get(i))) {
                    e.lohnart = *neu;
                }
            }
            Feld::Kuendigungsart => {
                if let Some(neu) = i.and_then(|i| KUENDIGUNGSARTEN.get(i)) {
                    self.kuendigungsart = *neu;
                }
            }
            Feld::ProMonat => self.rueckstand_pro_monat = an,
            Feld::Erwerbsunfaehig(n) => {
                if let Some(e) = self.erwachsene.get_mut(n) {
                    e.erwerbsunfaehig = an;
                }
            }
            Feld::Schock(s) => {
                self.schocks.retain(|x| *x != s);
                if an {
                    self.schocks.push(s);
                }
            }
            Feld::Bedrohung(b) => {
                self.bedrohungen.retain(|x| *x != b);
                if an {
                    self.bedrohungen.push(b);
                }
            }
            _ => {}
        }
    }
}

fn haken(an: bool) -> String {
    if an { "ja".into() } else { String::new() }
}

//! The question steps as data: which questions, in which order, shown when, bound
//! to which answer, with which check. The widget renders these pieces with a handful
//! of generic components, so a new question is a line here, not a new view; and
//! which question appears when is tested natively.

use crate::eingabe::lesen::{self, Eingabefehler};
use crate::eingabe::antworten::{self, Anlass, Antworten, Erwachsener, JaNein, Kuendigungsart, Lohnart};
use crate::darstellung::sprachen::{fuellen, Texte};
use crate::rules::datum::Datum;
use crate::rules::geld::Cent;
use crate::rules::kalender::letzter_faelliger_monat;
use crate::rules::params::{id, Wert};
use crate::rules::risiko::{Bedrohung, Schock};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Schritt {
    Anlass,
    Haushalt,
    Einkommen,
    Wohnen,
    Rueckstand,
    Lage,
    Ergebnis,
}

pub const SCHRITTE: [Schritt; 7] =
    [Schritt::Anlass, Schritt::Haushalt, Schritt::Einkommen, Schritt::Wohnen, Schritt::Rueckstand, Schritt::Lage, Schritt::Ergebnis];

impl Schritt {
    /// The text key of the step's heading.
    pub fn titel(self) -> &'static str {
        match self {
            Schritt::Anlass => "anlass_titel",
            Schritt::Haushalt => "haushalt_titel",
            Schritt::Einkommen => "einkommen_titel",
            Schritt::Wohnen => "wohnen_titel",
            Schritt::Rueckstand => "rueckstand_titel",
            Schritt::Lage => "lage_titel",
            Schritt::Ergebnis => "ergebnis_titel",
        }
    }
}

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

/// A label: a text key, filled with the child's number or the month's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Key(&'static str),
    /// `{n}` = position + 1.
    Nummer(&'static str, usize),
    /// `{monat}` = the month `zurueck` months before the last rent that fell due.
    Monat(&'static str, i32),
}

impl Text {
    pub fn fuer(self, t: &Texte, heute: Datum) -> String {
        match self {
            Text::Key(k) => text(t, k).to_string(),
            Text::Nummer(k, i) => fuellen(text(t, k), &[("n", &(i + 1).to_string())]),
            Text::Monat(k, zurueck) => {
                let name = letzter_faelliger_monat(heute)
                    .ok()
                    .map(|l| {
                        let m = l.plus(-zurueck);
                        let namen: Vec<&str> = t.allgemein_monate.split(',').collect();
                        format!("{} {}", namen.get(m.monat as usize - 1).copied().unwrap_or(""), m.jahr)
                    })
                    .unwrap_or_default();
                fuellen(text(t, k), &[("monat", &name)])
            }
        }
    }
}

pub fn text(t: &Texte, key: &str) -> &'static str {
    t.get(key).unwrap_or("")
}

/// What a text input holds: it decides the check and the keyboard shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Art {
    Betrag { hoechstens_euro: i64 },
    /// An amount that cannot exceed one month's rent and heating.
    MonatsRueckstand,
    Datum,
    Monat,
    Alter,
    /// The age of a child: under 18, or it is no child in this question.
    KindAlter,
}

impl Art {
    pub fn inputmode(self) -> &'static str {
        match self {
            Art::Betrag { .. } | Art::MonatsRueckstand => "decimal",
            Art::Alter | Art::KindAlter => "numeric",
            Art::Datum | Art::Monat => "text",
        }
    }

    pub fn in_euro(self) -> bool {
        matches!(self, Art::Betrag { .. } | Art::MonatsRueckstand)
    }
}

/// When a part of a step is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bedingung {
    Akut,
    AnlassGericht,
    AnlassRaeumung,
    Paar,
    KeineKinder,
    MitLohn(usize),
    /// The care surcharge for the childless can apply to adult `i`: aged 23 or more (or age not
    /// given), with a wage or a pension, and no child in the household.
    KinderFrage(usize),
    Gesamtbetrag,
    ProMonat,
    KuendigungFragen,
    Gekuendigt,
    KlageFragen,
    Geklagt,
    FristFragen,
    Verurteilt,
}

impl Bedingung {
    pub fn gilt(self, a: &Antworten) -> bool {
        let gekuendigt = a.kuendigung.ja() || a.anlass == Anlass::Kuendigung;
        let geklagt = a.klage.ja() || a.anlass == Anlass::Gericht;
        let verurteilt = a.urteil.ja() || a.anlass == Anlass::Raeumungstermin;
        match self {
            Bedingung::Akut => a.anlass.akut(),
            Bedingung::AnlassGericht => a.anlass == Anlass::Gericht,
            Bedingung::AnlassRaeumung => a.anlass == Anlass::Raeumungstermin,
            Bedingung::Paar => a.erwachsene.len() >= 2,
            Bedingung::KeineKinder => a.kinder.is_empty(),
            Bedingung::MitLohn(i) => a.erwachsene.get(i).is_some_and(|e| e.lohnart != Lohnart::Keiner),
            Bedingung::KinderFrage(i) => {
                a.kinder.is_empty()
                    && a.erwachsene.get(i).is_some_and(|e| {
                        antworten::alter(&e.alter).ok().flatten().is_none_or(|x| x >= pv_frage_ab_alter())
                            && (e.lohnart != Lohnart::Keiner || !e.rente.trim().is_empty())
                    })
            }
            Bedingung::Gesamtbetrag => !a.rueckstand_pro_monat,
            Bedingung::ProMonat => a.rueckstand_pro_monat,
            Bedingung::KuendigungFragen => a.anlass != Anlass::Kuendigung,
            Bedingung::Gekuendigt => gekuendigt,
            Bedingung::KlageFragen => gekuendigt && a.anlass != Anlass::Gericht,
            Bedingung::Geklagt => geklagt,
            Bedingung::FristFragen => verurteilt || geklagt,
            Bedingung::Verurteilt => verurteilt,
        }
    }
}

/// What is repeated per child.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindVorlage {
    /// Age, with a button to remove the child.
    Alter,
    Unterhalt,
}

/// One piece of a step.
#[derive(Clone, Debug, PartialEq)]
pub enum Teil {
    /// "Why do we ask?" as a disclosure.
    Warum(&'static str),
    Absatz { key: &'static str, hinweis: bool },
    Eingabe { id: String, feld: Feld, label: Text, hinweis: Option<&'static str>, art: Art },
    /// Radio buttons `{name}-0`, `{name}-1`, …
    Wahl { name: String, feld: Feld, frage: &'static str, optionen: &'static [&'static str], frage_versteckt: bool },
    Haken { id: String, feld: Feld, text: &'static str },
    Gemeinde,
    Gruppe { legende: Text, klasse: &'static str, teile: Vec<Teil> },
    Wenn(Bedingung, Vec<Teil>),
    JeKind(KindVorlage),
    KindHinzu,
    /// The acute box: phone and the running deadline.
    Akut,
    /// The live answer to "can the landlord give notice without notice period?".
    Verzug,
}

/// From this age the care surcharge for the childless applies (the latest value of the data):
/// below it the question whether someone has children is not asked.
fn pv_frage_ab_alter() -> u8 {
    match id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_MINDESTALTER.parameter().staende.last().map(|s| &s.wert) {
        Some(Wert::Zahl(z)) => z.f as u8,
        _ => 0,
    }
}

const JA_NEIN_OPTIONEN: &[&str] = &["allgemein_ja", "allgemein_nein", "allgemein_weiss_nicht"];

fn eingabe(id: &str, feld: Feld, label: &'static str, hinweis: Option<&'static str>, art: Art) -> Teil {
    Teil::Eingabe { id: id.into(), feld, label: Text::Key(label), hinweis, art }
}

fn ja_nein(name: &str, feld: Feld, frage: &'static str) -> Teil {
    Teil::Wahl { name: name.into(), feld, frage, optionen: JA_NEIN_OPTIONEN, frage_versteckt: false }
}

fn datum(id: &str, feld: Feld, label: &'static str, hinweis: &'static str) -> Teil {
    eingabe(id, feld, label, Some(hinweis), Art::Datum)
}

const MONAT: Art = Art::Betrag { hoechstens_euro: antworten::HOECHSTBETRAG_MONAT_EURO };
const MIETE: Art = Art::Betrag { hoechstens_euro: antworten::MIETE_HOECHSTENS_EURO };

fn person(i: usize) -> Teil {
    let id = |name: &str| format!("{name}-{i}");
    Teil::Gruppe {
        legende: Text::Key(if i == 0 { "einkommen_person_ich" } else { "einkommen_person_partner" }),
        klasse: "wc-gruppe wc-person",
        teile: vec![
            Teil::Wahl {
                name: id("lohnart"),
                feld: Feld::Lohnart(i),
                frage: "einkommen_lohn_frage",
                optionen: &["einkommen_lohn_keiner", "einkommen_lohn_netto", "einkommen_lohn_brutto"],
                frage_versteckt: false,
            },
            Teil::Wenn(Bedingung::MitLohn(i), vec![eingabe(&id("lohn"), Feld::Lohn(i), "einkommen_lohn_betrag", None, MONAT)]),
            Teil::Absatz { key: "einkommen_leer_hinweis", hinweis: true },
            eingabe(&id("rente"), Feld::Rente(i), "einkommen_rente", None, MONAT),
            eingabe(&id("alg"), Feld::Arbeitslosengeld(i), "einkommen_alg", None, MONAT),
            eingabe(&id("sonstiges"), Feld::Sonstiges(i), "einkommen_sonstiges", None, MONAT),
            Teil::Wenn(
                Bedingung::KinderFrage(i),
                vec![ja_nein(&id("hat-kinder"), Feld::HatKinder(i), if i == 0 { "einkommen_hat_kinder_ich" } else { "einkommen_hat_kinder_partner" })],
            ),
            Teil::Haken { id: id("erwerbsunfaehig"), feld: Feld::Erwerbsunfaehig(i), text: "einkommen_erwerbsunfaehig" },
        ],
    }
}

/// The pieces of a step, in order. `Ergebnis` has none: it is the result page.
pub fn teile(s: Schritt) -> Vec<Teil> {
    use Feld as F;
    match s {
        Schritt::Anlass => vec![
            Teil::Warum("anlass_warum"),
            Teil::Wahl {
                name: "anlass".into(),
                feld: F::Anlass,
                frage: "anlass_titel",
                optionen: &["anlass_geld_knapp", "anlass_miete_offen", "anlass_kuendigung", "anlass_gericht", "anlass_raeumung"],
                frage_versteckt: true,
            },
            Teil::Wenn(
                Bedingung::Akut,
                vec![
                    Teil::Akut,
                    Teil::Wenn(Bedingung::AnlassGericht, vec![datum("klage-am", F::KlageAm, "anlass_akut_datum_klage", "rueckstand_klage_am_hinweis")]),
                    Teil::Wenn(Bedingung::AnlassRaeumung, vec![datum("termin-am", F::RaeumungsterminAm, "anlass_akut_datum_termin", "rueckstand_datum_hinweis")]),
                    Teil::Absatz { key: "anlass_akut_weiter", hinweis: false },
                ],
            ),
        ],
        Schritt::Haushalt => vec![
            Teil::Warum("haushalt_warum"),
            Teil::Wahl {
                name: "erwachsene".into(),
                feld: F::Paar,
                frage: "haushalt_erwachsene_frage",
                optionen: &["haushalt_erwachsene_1", "haushalt_erwachsene_2"],
                frage_versteckt: false,
            },
            eingabe("alter-0", F::Alter(0), "haushalt_alter_ich", None, Art::Alter),
            Teil::Wenn(Bedingung::Paar, vec![eingabe("alter-1", F::Alter(1), "haushalt_alter_partner", None, Art::Alter)]),
            Teil::Gruppe {
                legende: Text::Key("haushalt_kinder_frage"),
                klasse: "wc-gruppe",
                teile: vec![
                    Teil::Wenn(Bedingung::KeineKinder, vec![Teil::Absatz { key: "haushalt_kinder_keine", hinweis: true }]),
                    Teil::JeKind(KindVorlage::Alter),
                    Teil::KindHinzu,
                ],
            },
            Teil::Gemeinde,
        ],
        Schritt::Einkommen => vec![Teil::Warum("einkommen_warum"), person(0), Teil::Wenn(Bedingung::Paar, vec![person(1)]), Teil::JeKind(KindVorlage::Unterhalt)],
        Schritt::Wohnen => vec![
            Teil::Warum("wohnen_warum"),
            eingabe("miete", F::Kaltmiete, "wohnen_kaltmiete", Some("wohnen_kaltmiete_hinweis"), MIETE),
            eingabe("heizkosten", F::Heizkosten, "wohnen_heizkosten", Some("wohnen_heizkosten_hinweis"), MIETE),
            eingabe(
                "vermoegen",
                F::Vermoegen,
                "wohnen_vermoegen",
                Some("wohnen_vermoegen_hinweis"),
                Art::Betrag { hoechstens_euro: antworten::HOECHSTBETRAG_VERMOEGEN_EURO },
            ),
            ja_nein("buergergeld", F::Buergergeld, "wohnen_buergergeld"),
        ],
        Schritt::Rueckstand => {
            let mut monate = vec![Teil::Absatz { key: "rueckstand_monate_hinweis", hinweis: true }];
            monate.extend((0..6usize).map(|i| Teil::Eingabe {
                id: format!("monat-{i}"),
                feld: F::RueckstandMonat(i),
                label: Text::Monat("rueckstand_monat", 5 - i as i32),
                hinweis: None,
                art: Art::MonatsRueckstand,
            }));
            vec![
                Teil::Warum("rueckstand_warum"),
                Teil::Haken { id: "pro-monat".into(), feld: F::ProMonat, text: "rueckstand_pro_monat" },
                Teil::Wenn(
                    Bedingung::Gesamtbetrag,
                    vec![
                        eingabe("summe", F::Rueckstand, "rueckstand_betrag", None, Art::Betrag { hoechstens_euro: antworten::HOECHSTBETRAG_RUECKSTAND_EURO }),
                        eingabe("seit", F::RueckstandSeit, "rueckstand_seit", Some("rueckstand_seit_hinweis"), Art::Monat),
                    ],
                ),
                Teil::Wenn(Bedingung::ProMonat, monate),
                Teil::Verzug,
                ja_nein("mahnung", F::Mahnung, "rueckstand_mahnung"),
                Teil::Wenn(Bedingung::KuendigungFragen, vec![ja_nein("kuendigung", F::Kuendigung, "rueckstand_kuendigung")]),
                Teil::Wenn(
                    Bedingung::Gekuendigt,
                    vec![
                        Teil::Wahl {
                            name: "kuendigungsart".into(),
                            feld: F::Kuendigungsart,
                            frage: "rueckstand_kuendigungsart",
                            optionen: &["rueckstand_art_fristlos", "rueckstand_art_ordentlich", "rueckstand_art_beide", "allgemein_weiss_nicht"],
                            frage_versteckt: false,
                        },
                        datum("kuendigung-am", F::KuendigungAm, "rueckstand_kuendigung_am", "rueckstand_datum_hinweis"),
                        ja_nein("geheilt", F::Geheilt, "rueckstand_geheilt"),
                    ],
                ),
                Teil::Wenn(Bedingung::KlageFragen, vec![ja_nein("klage", F::Klage, "rueckstand_klage")]),
                Teil::Wenn(
                    Bedingung::Geklagt,
                    vec![
                        datum("klage-am-2", F::KlageAm, "rueckstand_klage_am", "rueckstand_klage_am_hinweis"),
                        ja_nein("urteil", F::Urteil, "rueckstand_urteil"),
                    ],
                ),
                Teil::Wenn(
                    Bedingung::FristFragen,
                    vec![datum("raeumungsfrist-bis", F::RaeumungsfristBis, "rueckstand_raeumungsfrist_bis", "rueckstand_datum_hinweis")],
                ),
                Teil::Wenn(
                    Bedingung::Verurteilt,
                    vec![datum("termin-am-2", F::RaeumungsterminAm, "rueckstand_raeumungstermin_am", "rueckstand_datum_hinweis")],
                ),
                ja_nein("energiesperre", F::Energiesperre, "rueckstand_energiesperre"),
                ja_nein("schulden", F::AndereSchulden, "rueckstand_andere_schulden"),
            ]
        }
        Schritt::Lage => {
            let schock = |id: &str, s, text| Teil::Haken { id: id.into(), feld: F::Schock(s), text };
            let bedrohung = |id: &str, b, text| Teil::Haken { id: id.into(), feld: F::Bedrohung(b), text };
            vec![
                Teil::Warum("lage_warum"),
                Teil::Gruppe {
                    legende: Text::Key("lage_schocks"),
                    klasse: "wc-gruppe",
                    teile: vec![
                        schock("schock-job", Schock::Jobverlust, "lage_schock_job"),
                        schock("schock-krank", Schock::Krankheit, "lage_schock_krank"),
                        schock("schock-trennung", Schock::Trennung, "lage_schock_trennung"),
                        schock("schock-tod", Schock::TodPartner, "lage_schock_tod"),
                    ],
                },
                Teil::Gruppe {
                    legende: Text::Key("lage_bedrohungen"),
                    klasse: "wc-gruppe",
                    teile: vec![
                        bedrohung("bedr-eigenbedarf", Bedrohung::Eigenbedarf, "lage_bedr_eigenbedarf"),
                        bedrohung("bedr-modernisierung", Bedrohung::Modernisierung, "lage_bedr_modernisierung"),
                        bedrohung("bedr-mieterhoehung", Bedrohung::Mieterhoehung, "lage_bedr_mieterhoehung"),
                        bedrohung("bedr-zwangsversteigerung", Bedrohung::Zwangsversteigerung, "lage_bedr_zwangsversteigerung"),
                    ],
                },
                ja_nein("kontakt", F::Kontakt, "lage_kontakt"),
            ]
        }
        Schritt::Ergebnis => Vec::new(),
    }
}

/// The pieces repeated for child `i`.
pub fn kind_teile(v: KindVorlage, i: usize) -> Teil {
    match v {
        KindVorlage::Alter => {
            Teil::Eingabe { id: format!("kind-alter-{i}"), feld: Feld::KindAlter(i), label: Text::Nummer("haushalt_kind_alter", i), hinweis: None, art: Art::KindAlter }
        }
        KindVorlage::Unterhalt => Teil::Eingabe {
            id: format!("unterhalt-{i}"),
            feld: Feld::Unterhalt(i),
            label: Text::Nummer("einkommen_unterhalt_kind", i),
            hinweis: None,
            art: MONAT,
        },
    }
}

/// The message for an input error, in the chosen language.
pub fn meldung(t: &Texte, e: Eingabefehler, monat: bool) -> String {
    match e {
        Eingabefehler::Leer | Eingabefehler::KeineZahl => t.fehler_keine_zahl.into(),
        Eingabefehler::Negativ => t.fehler_negativ.into(),
        Eingabefehler::ZuVieleNachkommastellen => t.fehler_nachkomma.into(),
        Eingabefehler::ZuGross { hoechstens_euro } => fuellen(t.fehler_zu_gross, &[("hoechstens", &crate::darstellung::betrag(t, Cent::euro(hoechstens_euro)))]),
        Eingabefehler::KeinDatum if monat => t.fehler_kein_monat.into(),
        Eingabefehler::KeinDatum => t.fehler_kein_datum.into(),
        Eingabefehler::UnmoeglichesDatum => t.fehler_unmoeglich.into(),
    }
}

/// What is wrong with a typed answer, or `None`. Empty is never wrong: every question
/// may stay open.
pub fn fehler(a: &Antworten, feld: Feld, art: Art, t: &Texte) -> Option<String> {
    let wert = a.wert(feld);
    match art {
        Art::Betrag { hoechstens_euro } => antworten::betrag_optional(&wert, hoechstens_euro).err().map(|e| meldung(t, e, false)),
        Art::MonatsRueckstand => match antworten::betrag_optional(&wert, antworten::MIETE_HOECHSTENS_EURO) {
            Err(e) => Some(meldung(t, e, false)),
            Ok(Some(fehlt)) => {
                let kalt = antworten::betrag_optional(&a.kaltmiete, antworten::MIETE_HOECHSTENS_EURO).ok().flatten()?;
                let heiz = antworten::betrag_optional(&a.heizkosten, antworten::MIETE_HOECHSTENS_EURO).ok().flatten().unwrap_or_default();
                (fehlt > kalt + heiz).then(|| t.fehler_mehr_als_miete.to_string())
            }
            Ok(None) => None,
        },
        Art::Datum => antworten::datum_optional(&wert).err().map(|e| meldung(t, e, false)),
        Art::Monat => (!wert.trim().is_empty()).then(|| lesen::monat(&wert).err().map(|e| meldung(t, e, true))).flatten(),
        Art::Alter => antworten::alter(&wert).err().map(|_| t.fehler_alter.to_string()),
        Art::KindAlter => match antworten::alter(&wert) {
            Err(_) => Some(t.fehler_alter.to_string()),
            Ok(Some(a)) if a >= crate::rules::haushalt::VOLLJAEHRIG => Some(t.fehler_kind_alter.to_string()),
            Ok(_) => None,
        },
    }
}

/// A typed answer that cannot be read, with where it is asked and what the result does without it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unlesbar {
    pub schritt: Schritt,
    /// The input's id, to go back to it.
    pub id: String,
    pub feld: Feld,
    pub label: Text,
    pub wert: String,
    /// Text key: what the result does without this answer.
    pub folge: &'static str,
}

fn folge(feld: Feld) -> &'static str {
    match feld {
        Feld::Lohn(_) | Feld::Rente(_) | Feld::Arbeitslosengeld(_) | Feld::Sonstiges(_) | Feld::Unterhalt(_) => "unlesbar_folge_einkommen",
        Feld::Vermoegen => "unlesbar_folge_vermoegen",
        Feld::Kaltmiete => "unlesbar_folge_miete",
        Feld::Heizkosten => "unlesbar_folge_heizung",
        Feld::KuendigungAm | Feld::KlageAm | Feld::RaeumungsfristBis | Feld::RaeumungsterminAm => "unlesbar_folge_datum",
        Feld::KindAlter(_) => "unlesbar_folge_kind",
        Feld::Alter(_) => "unlesbar_folge_alter",
        _ => "unlesbar_folge_rueckstand",
    }
}

fn sammeln(a: &Antworten, schritt: Schritt, teile: &[Teil], t: &Texte, aus: &mut Vec<Unlesbar>) {
    for teil in teile {
        match teil {
            Teil::Eingabe { id, feld, label, art, .. } => {
                if fehler(a, *feld, *art, t).is_some() {
                    aus.push(Unlesbar { schritt, id: id.clone(), feld: *feld, label: *label, wert: a.wert(*feld), folge: folge(*feld) });
                }
            }
            Teil::Gruppe { teile, .. } => sammeln(a, schritt, teile, t, aus),
            Teil::Wenn(b, teile) if b.gilt(a) => sammeln(a, schritt, teile, t, aus),
            Teil::JeKind(v) => {
                let je_kind: Vec<Teil> = (0..a.kinder.len()).map(|i| kind_teile(*v, i)).collect();
                sammeln(a, schritt, &je_kind, t, aus);
            }
            _ => {}
        }
    }
}

/// Every typed answer that cannot be read, among the questions the answers show, in the order
/// of the steps. The result lists them; the steps after them show a summary with links back.
pub fn unlesbar(a: &Antworten) -> Vec<Unlesbar> {
    // The check only needs the language for its message, which is not used here.
    let t = crate::darstellung::sprachen::SPRACHEN[0].texte();
    let mut aus = Vec::new();
    for schritt in SCHRITTE {
        sammeln(a, schritt, &teile(schritt), t, &mut aus);
    }
    aus
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::darstellung::sprachen::SPRACHEN;

    fn alle(teile: &[Teil], aus: &mut Vec<Teil>) {
        for t in teile {
            aus.push(t.clone());
            match t {
                Teil::Gruppe { teile, .. } | Teil::Wenn(_, teile) => alle(teile, aus),
                Teil::JeKind(v) => aus.push(kind_teile(*v, 0)),
                _ => {}
            }
        }
    }

    fn jedes_teil() -> Vec<Teil> {
        let mut aus = Vec::new();
        for s in SCHRITTE {
            alle(&teile(s), &mut aus);
        }
        aus
    }

    #[test]
    fn every_text_key_of_the_form_exists_in_every_language() {
        let heute = Datum::ymd(2026, 11, 25);
        for s in SPRACHEN {
            let t = s.texte();
            let gibt = |k: &str| assert!(t.get(k).is_some_and(|x| !x.is_empty()), "{}: {k}", s.code);
            for schritt in SCHRITTE {
                gibt(schritt.titel());
            }
            for teil in jedes_teil() {
                match teil {
                    Teil::Warum(k) | Teil::Absatz { key: k, .. } | Teil::Haken { text: k, .. } => gibt(k),
                    Teil::Eingabe { label, hinweis, .. } => {
                        assert!(!label.fuer(t, heute).is_empty());
                        hinweis.into_iter().for_each(gibt);
                    }
                    Teil::Wahl { frage, optionen, .. } => {
                        gibt(frage);
                        optionen.iter().for_each(|k| gibt(k));
                    }
                    Teil::Gruppe { legende, .. } => assert!(!legende.fuer(t, heute).is_empty()),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn ids_are_unique_within_a_step() {
        for s in SCHRITTE {
            let mut aus = Vec::new();
            alle(&teile(s), &mut aus);
            let mut ids: Vec<String> = aus
                .iter()
                .filter_map(|t| match t {
                    Teil::Eingabe { id, .. } | Teil::Haken { id, .. } | Teil::Wahl { name: id, .. } => Some(id.clone()),
                    _ => None,
                })
                .collect();
            let n = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), n, "{s:?}");
        }
    }

    #[test]
    fn every_field_reads_back_what_was_stored() {
        let mut a = Antworten::default();
        a.setze(Feld::Paar, "1");
        a.kinder.push(Default::default());
        for teil in jedes_teil() {
            match teil {
                Teil::Eingabe { feld, .. } => {
                    a.setze(feld, "12,50 €");
                    assert_eq!(a.wert(feld), "12,50 €", "{feld:?}");
                }
                Teil::Wahl { feld, optionen, .. } => {
                    for i in 0..optionen.len() {
                        a.setze(feld, &i.to_string());
                        assert_eq!(a.wert(feld), i.to_string(), "{feld:?}");
                    }
                    a.setze(feld, "99");
                    assert_eq!(a.wert(feld), (optionen.len() - 1).to_string(), "out of range is ignored");
                }
                Teil::Haken { feld, .. } => {
                    a.setze(feld, "ja");
                    assert_eq!(a.wert(feld), "ja");
                    a.setze(feld, "");
                    assert_eq!(a.wert(feld), "");
                }
                _ => {}
            }
        }
        a.setze(Feld::Paar, "0");
        assert_eq!(a.erwachsene.len(), 1);
        assert_eq!(Antworten::default().wert(Feld::Kuendigungsart), "3", "don't know is preselected");
        assert_eq!(Antworten::default().wert(Feld::Mahnung), "", "yes/no starts open");
    }

    #[test]
    fn questions_appear_as_the_answers_need_them() {
        let mut a = Antworten::default();
        assert!(!Bedingung::Gekuendigt.gilt(&a) && !Bedingung::Akut.gilt(&a) && Bedingung::KuendigungFragen.gilt(&a));
        a.setze(Feld::Anlass, "2");
        assert!(Bedingung::Gekuendigt.gilt(&a) && !Bedingung::KuendigungFragen.gilt(&a) && Bedingung::KlageFragen.gilt(&a));
        a.setze(Feld::Anlass, "3");
        assert!(Bedingung::Akut.gilt(&a) && Bedingung::AnlassGericht.gilt(&a) && Bedingung::Geklagt.gilt(&a) && Bedingung::FristFragen.gilt(&a));
        assert!(!Bedingung::Verurteilt.gilt(&a));
        a.setze(Feld::Urteil, "0");
        assert!(Bedingung::Verurteilt.gilt(&a));
        a.setze(Feld::Lohnart(0), "2");
        assert!(Bedingung::MitLohn(0).gilt(&a) && !Bedingung::MitLohn(1).gilt(&a));
    }

    /// Issue 13: "Haben Sie Kinder?" only where the care surcharge for the childless can apply:
    /// an adult of 23 or more (or age not given) with a wage or a pension, no child in the flat.
    #[test]
    fn the_children_question_only_where_it_matters() {
        let mut a = Antworten::default();
        assert!(!Bedingung::KinderFrage(0).gilt(&a), "no income");
        a.setze(Feld::Rente(0), "1.200");
        assert!(Bedingung::KinderFrage(0).gilt(&a), "a pension, age not given");
        a.setze(Feld::Alter(0), "22");
        assert!(!Bedingung::KinderFrage(0).gilt(&a), "below 23");
        a.setze(Feld::Alter(0), "23");
        assert!(Bedingung::KinderFrage(0).gilt(&a));
        a.setze(Feld::Rente(0), "");
        a.setze(Feld::Lohnart(0), "1");
        assert!(Bedingung::KinderFrage(0).gilt(&a), "a wage");
        assert!(!Bedingung::KinderFrage(1).gilt(&a), "no partner");
        a.setze(Feld::HatKinder(0), "0");
        assert_eq!(a.erwachsene[0].hat_kinder, JaNein::Ja);
        a.kinder.push(Default::default());
        assert!(!Bedingung::KinderFrage(0).gilt(&a), "a child lives in the flat");
    }

    #[test]
    fn errors_name_the_problem_and_empty_is_fine() {
        let t = SPRACHEN[0].texte();
        let mut a = Antworten::default();
        assert_eq!(fehler(&a, Feld::Kaltmiete, MIETE, t), None);
        a.setze(Feld::Kaltmiete, "abc");
        assert_eq!(fehler(&a, Feld::Kaltmiete, MIETE, t).as_deref(), Some(t.fehler_keine_zahl));
        a.setze(Feld::Kaltmiete, "500");
        a.setze(Feld::RueckstandMonat(5), "800");
        assert_eq!(fehler(&a, Feld::RueckstandMonat(5), Art::MonatsRueckstand, t).as_deref(), Some(t.fehler_mehr_als_miete));
        a.setze(Feld::RueckstandSeit, "irgendwann");
        assert_eq!(fehler(&a, Feld::RueckstandSeit, Art::Monat, t).as_deref(), Some(t.fehler_kein_monat));
        a.setze(Feld::Alter(0), "200");
        assert_eq!(fehler(&a, Feld::Alter(0), Art::Alter, t).as_deref(), Some(t.fehler_alter));
    }

    #[test]
    fn month_labels_count_back_from_the_last_rent_due() {
        let t = SPRACHEN[0].texte();
        let heute = Datum::ymd(2026, 11, 25);
        assert!(Text::Monat("rueckstand_monat", 0).fuer(t, heute).contains("November 2026"));
        assert!(Text::Monat("rueckstand_monat", 5).fuer(t, heute).contains("Juni 2026"));
    }
}

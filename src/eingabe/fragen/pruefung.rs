//! The checks of typed answers: the message next to a field and the list of the answers
//! the check could not use, both from the one reading (`Gelesen`).

use super::{kind_teile, teile, Schritt, Teil, Text, SCHRITTE};
use crate::sprachen::{fuellen, Texte};
use crate::eingabe::antworten::{Antworten, Feld};
use crate::eingabe::gelesen::{Art, Gelesen};
use crate::eingabe::lesen::Eingabefehler;
use crate::rules::geld::Cent;

/// The message for an input error, in the chosen language.
pub fn meldung(t: &Texte, e: Eingabefehler, monat: bool) -> String {
    match e {
        Eingabefehler::Leer | Eingabefehler::KeineZahl => t.fehler_keine_zahl.into(),
        Eingabefehler::Negativ => t.fehler_negativ.into(),
        Eingabefehler::ZuVieleNachkommastellen => t.fehler_nachkomma.into(),
        Eingabefehler::ZuGross { hoechstens_euro } => fuellen(t.fehler_zu_gross, &[("hoechstens", &crate::sprachen::betrag(t, Cent::euro(hoechstens_euro)))]),
        Eingabefehler::KeinDatum if monat => t.fehler_kein_monat.into(),
        Eingabefehler::KeinDatum => t.fehler_kein_datum.into(),
        Eingabefehler::UnmoeglichesDatum => t.fehler_unmoeglich.into(),
        Eingabefehler::KeinAlter => t.fehler_alter.into(),
        Eingabefehler::Volljaehrig => t.fehler_kind_alter.into(),
        Eingabefehler::MehrAlsMiete => t.fehler_mehr_als_miete.into(),
    }
}

/// What is wrong with a typed answer, in words, or `None`. Empty is never wrong: every
/// question may stay open.
pub fn fehler(g: &Gelesen, feld: Feld, t: &Texte) -> Option<String> {
    g.fehler(feld).map(|e| meldung(t, e, feld.art() == Some(Art::Monat)))
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

fn sammeln(a: &Antworten, g: &Gelesen, schritt: Schritt, teile: &[Teil], aus: &mut Vec<Unlesbar>) {
    for teil in teile {
        match teil {
            Teil::Eingabe { id, feld, label, .. } => {
                if g.fehler(*feld).is_some() {
                    aus.push(Unlesbar { schritt, id: id.clone(), feld: *feld, label: *label, wert: a.wert(*feld), folge: folge(*feld) });
                }
            }
            Teil::Gruppe { teile, .. } => sammeln(a, g, schritt, teile, aus),
            Teil::Wenn(b, teile) if b.gilt(a, g) => sammeln(a, g, schritt, teile, aus),
            Teil::JeKind(v) => {
                let je_kind: Vec<Teil> = (0..a.kinder.len()).map(|i| kind_teile(*v, i)).collect();
                sammeln(a, g, schritt, &je_kind, aus);
            }
            _ => {}
        }
    }
}

/// Every typed answer that cannot be read, among the questions the answers show, in the order
/// of the steps. The result lists them; the steps after them show a summary with links back.
pub fn unlesbar(a: &Antworten, g: &Gelesen) -> Vec<Unlesbar> {
    let mut aus = Vec::new();
    for schritt in SCHRITTE {
        sammeln(a, g, schritt, &teile(schritt), &mut aus);
    }
    aus
}


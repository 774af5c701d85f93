//! The result page as HTML: risk with its reasons, deadlines, benefits as ranges with
//! "why" tables, who can take over the debts, next steps, whom to call, the answers
//! as given and the legal date. Pure: the widget puts it on screen, tests read it natively.
//!
//! One file per part of the page; this one puts them in order and holds the few helpers they
//! share. The parts read the assessment (`beurteilung::Beurteilung`), the region data and
//! the texts; none computes law.

mod angaben;
mod fristen;
mod heute;
mod kontakte;
mod leistungen;
mod rechtsstand;
mod risiko;
mod schritte;
mod verzug;
#[cfg(test)]
mod tests;

use crate::sprachen;
use crate::darstellung::html::Html;
use crate::sprachen::{fuellen, Texte};
use crate::eingabe::antworten::Antworten;
use crate::beurteilung::{Beurteilung, Spanne};
use crate::eingabe::gelesen::Gelesen;
use crate::region::Region;
use crate::rules::risiko::Stufe;

pub use angaben::{angaben, fehlerliste};
pub use fristen::{fristtitel, fristzeile};
pub use kontakte::kontaktkarte;
pub use rechtsstand::gebiet_satz;

use angaben::{deutsche_zusammenfassung, unlesbar};
use fristen::fristen;
use heute::heute;
use kontakte::kontakte;
use leistungen::leistungen;
use rechtsstand::{rechtsstand, rechtsstand_je_gebiet, vorlaeufig};
use risiko::risiko;
use schritte::naechste_schritte;
use verzug::verzug;

fn stufe_wort(t: &Texte, s: Stufe) -> &'static str {
    match s {
        Stufe::Gering => t.ergebnis_stufe_gering,
        Stufe::Erhoeht => t.ergebnis_stufe_erhoeht,
        Stufe::Hoch => t.ergebnis_stufe_hoch,
        Stufe::Akut => t.ergebnis_stufe_akut,
    }
}

fn spanne_text(t: &Texte, s: Spanne) -> String {
    if s.von == s.bis {
        fuellen(t.ergebnis_genau, &[("betrag", &sprachen::zahl(t, s.von))])
    } else {
        fuellen(t.ergebnis_spanne, &[("von", &sprachen::zahl(t, s.von)), ("bis", &sprachen::zahl(t, s.bis))])
    }
}

fn abschnitt_auf(h: &mut Html, id: &str, titel: &str, testid: &str) {
    h.auf("section", &[("class", "wc-abschnitt"), ("aria-labelledby", id), (if testid.is_empty() { "" } else { "data-testid" }, testid)]);
    h.element("h3", &[("id", id)], titel);
}

/// A part of the details: a disclosure with a heading in its summary, opened for printing.
fn teil_auf(h: &mut Html, testid: &str, titel: &str, zusatz: &str) {
    h.auf("details", &[("class", "wc-teil"), ("data-testid", testid)]).auf("summary", &[]);
    h.element("h3", &[("class", "wc-teil-titel")], titel);
    if !zusatz.is_empty() {
        h.text(" ").element("span", &[("class", "wc-teil-zusatz")], zusatz);
    }
    h.zu("summary");
}

/// The answers as given, folded away: on screen for checking, opened in print for the counsellor.
fn angaben_aufklappbar(h: &mut Html, t: &Texte, antworten: &Antworten, g: &Gelesen) {
    h.auf("details", &[("class", "wc-warum-tabelle wc-angaben"), ("data-testid", "angaben")]).element("summary", &[], t.ergebnis_angaben_titel);
    h.auf("dl", &[]);
    for (frage, antwort) in angaben(t, antworten, g) {
        h.element("dt", &[], &frage).element("dd", &[], &antwort);
    }
    h.zu("dl").zu("details");
}

/// The whole result. `auswertung` is `None` when the law for today is not yet known:
/// then the page says so and still shows whom to call and the answers.
pub fn ergebnis(t: &Texte, deutsch: bool, auswertung: Option<&Beurteilung>, antworten: &Antworten, g: &Gelesen, region: &Region) -> String {
    let mut h = Html::neu();
    if auswertung.is_none() {
        h.element("p", &[("class", "wc-hinweis-box"), ("role", "alert"), ("data-testid", "recht-unbekannt")], t.rechtsstand_unbekannt);
    }
    // What to do and how bad it is come first; the details below.
    if let Some(a) = auswertung {
        heute(&mut h, t, a, region);
        risiko(&mut h, t, a);
        vorlaeufig(&mut h, t, a);
        unlesbar(&mut h, t, antworten, g, a.heute);
    }
    h.element("p", &[("class", "wc-schaetzung-satz")], t.ergebnis_schaetzung);
    if let Some(a) = auswertung {
        fristen(&mut h, t, a);
        leistungen(&mut h, t, a);
        verzug(&mut h, t, a);
        naechste_schritte(&mut h, t, a);
    }
    kontakte(&mut h, t, antworten, region);
    angaben_aufklappbar(&mut h, t, antworten, g);
    if let Some(a) = auswertung {
        rechtsstand(&mut h, t, a, region);
        rechtsstand_je_gebiet(&mut h, t, a);
        if !deutsch {
            deutsche_zusammenfassung(&mut h, a, antworten, g);
        }
    }
    h.fertig()
}

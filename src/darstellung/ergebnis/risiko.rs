//! The risk part: the level, its strongest reason, and every reason with its source, with a
//! planned change of tenancy law as a note on the reason it would touch. Reads the rules' risk
//! result; weighs nothing itself.

use crate::darstellung;
use crate::sprachen;
use crate::darstellung::html::Html;
use crate::sprachen::{fuellen, Texte};
use crate::beurteilung::Beurteilung;
use crate::rules::params::ENTWUERFE;

use super::{abschnitt_auf, stufe_wort};

/// The level first, so that a glance is enough; the reasons behind a disclosure.
pub(super) fn risiko(h: &mut Html, t: &Texte, a: &Beurteilung) {
    let stufe = a.risiko.stufe;
    abschnitt_auf(h, "titel-risiko", t.ergebnis_risiko_titel, "");
    h.auf("p", &[("class", &format!("wc-stufe wc-stufe-{}", stufe.code())), ("data-testid", "stufe"), ("data-stufe", stufe.code())]);
    h.element("span", &[("class", "wc-stufe-zeichen"), ("aria-hidden", "true")], "");
    h.text(&fuellen(t.ergebnis_risiko_stufe, &[("stufe", stufe_wort(t, stufe))])).zu("p");
    // The strongest reason in one sentence; all reasons with their sources in the disclosure.
    if let Some(f) = a.risiko.faktoren.first() {
        h.element("p", &[("data-testid", "hauptgrund")], &darstellung::faktor(t, f));
    }
    // A planned change of tenancy law is a note on the reason it would change, never law.
    let geplant: Vec<String> = a
        .rechtsstand
        .iter()
        .filter(|s| s.daten().code == "mietrecht")
        .flat_map(|s| s.hinweise.iter())
        .filter_map(|e| t.get(&format!("rechtsstand_entwurf_{}", ENTWUERFE[*e].code)).map(|x| fuellen(x, &[("fundstelle", ENTWUERFE[*e].fundstelle)])))
        .collect();
    h.auf("details", &[("class", "wc-warum-tabelle")]).element("summary", &[], &fuellen(t.ergebnis_gruende, &[("n", &a.risiko.faktoren.len().to_string())]));
    h.auf("ul", &[("class", "wc-liste"), ("data-testid", "faktoren")]);
    for f in &a.risiko.faktoren {
        h.auf("li", &[]).element("span", &[], &darstellung::faktor(t, f)).text(" ");
        h.element("span", &[("class", "wc-quelle")], &sprachen::in_klammern(t, f.quelle));
        if f.code == "kuendigung_ordentlich" {
            for satz in &geplant {
                h.element("p", &[("class", "wc-hinweis"), ("data-testid", "geplant")], satz);
            }
        }
        h.zu("li");
    }
    h.zu("ul").zu("details").zu("section");
}

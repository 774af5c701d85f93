//! "Heute zu tun" at the top of the result: the few things that matter today, with the
//! counselling office's number to tap. Uses the assessment's choice of steps (`Beurteilung::heute_zu_tun`).

use crate::darstellung;
use crate::sprachen;
use crate::darstellung::html::Html;
use crate::sprachen::{fuellen, Texte};
use crate::beurteilung::Beurteilung;
use crate::region::Region;
use crate::rules::naechste_schritte::Wann;

/// "Heute zu tun": at most three things, the nearest deadline, the call with a tappable
/// number, the application that matters most. Without a risk: a calm sentence and the contact.
pub(super) fn heute(h: &mut Html, t: &Texte, a: &Beurteilung, region: &Region) {
    let stelle = region.beratungsstelle();
    let telefon = |h: &mut Html| {
        if let (Some(tel), Some(link)) = (stelle.telefon, stelle.telefon_link()) {
            h.auf("p", &[]).element("a", &[("class", "wc-telefon-gross"), ("href", &link), ("data-testid", "heute-telefon")], &fuellen(t.ergebnis_anrufen, &[("telefon", &sprachen::telefon(t, tel))])).zu("p");
        }
    };
    let auswahl = a.heute_zu_tun();
    if auswahl.is_empty() {
        h.auf("section", &[("class", "wc-heute wc-heute-ruhig"), ("data-testid", "ruhig")]);
        h.element("p", &[], &fuellen(t.ergebnis_ruhig, &[("stelle", stelle.name)]));
        telefon(h);
        h.zu("section");
        return;
    }
    let titel = if auswahl.iter().any(|s| s.wann == Wann::Heute) { t.ergebnis_heute_titel } else { t.ergebnis_heute_titel_woche };
    h.auf("section", &[("class", "wc-heute"), ("aria-labelledby", "titel-heute"), ("data-testid", "heute")]);
    h.element("h3", &[("id", "titel-heute")], titel);
    h.auf("ol", &[("class", "wc-heute-liste")]);
    for s in auswahl {
        h.auf("li", &[("data-schritt", s.code)]);
        if s.code == "anrufen" || s.code == "hingehen" {
            h.element("p", &[], &fuellen(t.ergebnis_heute_anrufen, &[("stelle", stelle.name)]));
            telefon(h);
        } else {
            h.element("p", &[], &darstellung::schritt_text_seite(t, s));
        }
        h.zu("li");
    }
    h.zu("ol").zu("section");
}

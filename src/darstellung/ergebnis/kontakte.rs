//! Whom to contact: the office card (name, tappable number, address, hours, homepage, and where
//! to find what no source confirmed) and the section with the counselling office first, then
//! the offices of the household's municipality. Uses the region data and `darstellung::kontakt`.

use crate::sprachen;
use crate::darstellung::html::Html;
use crate::darstellung::kontakt;
use crate::sprachen::{fuellen, Texte};
use crate::eingabe::antworten::{Anlass, Antworten, JaNein};
use crate::region::{Region, Rolle, Stelle};

use super::abschnitt_auf;

/// Name, phone as a tappable link, address, opening hours, homepage, for whom the office is
/// responsible, and for every field no source confirmed a plain sentence where to find it
/// (`kontakt::wo_finden`); never an empty label. Caveat, hint and note in the card's language
/// (`sprachen::region_text`).
pub fn kontaktkarte(h: &mut Html, t: &Texte, stelle: &Stelle) {
    h.auf("div", &[("class", "wc-karte"), ("data-testid", "kontaktkarte"), ("data-rolle", stelle.rolle.code())]);
    h.element("p", &[("class", "wc-kontakt-name")], stelle.name);
    if let (Some(tel), Some(link)) = (stelle.telefon, stelle.telefon_link()) {
        h.auf("p", &[]).element("a", &[("class", "wc-telefon-gross"), ("href", &link)], &fuellen(t.ergebnis_anrufen, &[("telefon", &sprachen::telefon(t, tel))])).zu("p");
    }
    if let Some(anschrift) = stelle.anschrift() {
        h.element("p", &[], &anschrift);
    }
    if let Some(zeiten) = stelle.oeffnungszeiten {
        h.element("p", &[], &fuellen(t.kontakt_zeiten, &[("zeiten", zeiten)]));
    }
    if let Some(seite) = stelle.homepage {
        h.auf("p", &[]).element("a", &[("href", seite), ("rel", "noopener noreferrer"), ("target", "_blank")], seite.trim_start_matches("https://")).zu("p");
    }
    if let Some(satz) = kontakt::wo_finden(t, stelle) {
        h.element("p", &[("data-testid", "wo-finden")], &satz);
    }
    if let Some(zustaendig) = kontakt::zustaendig(t, stelle) {
        h.element("p", &[("class", "wc-hinweis")], &zustaendig);
    }
    if let Some(vorbehalt) = kontakt::vorbehalt(t, stelle) {
        h.auf("p", &[("class", "wc-hinweis"), ("data-testid", "vorbehalt")]).element("strong", &[], t.kontakt_vorbehalt).text(" ").text(vorbehalt).zu("p");
    }
    if let Some(hinweis) = kontakt::hinweis(t, stelle) {
        h.element("p", &[("class", "wc-hinweis")], hinweis);
    }
    h.zu("div");
}

/// Whom to contact: the counselling office first, then the offices of the household's
/// municipality (`Region::stelle`). Where a role is split by municipality and the
/// municipality is not known, every office of it with its municipalities; the court only
/// when it is known from the data, else where its name stands (the letter).
pub(super) fn kontakte(h: &mut Html, t: &Texte, antworten: &Antworten, region: &Region) {
    abschnitt_auf(h, "titel-kontakt", t.ergebnis_kontakt_titel, "kontakte");
    let gemeinde = region.gemeinde(&antworten.gemeinde).map(|g| g.name);
    kontaktkarte(h, t, region.beratungsstelle());
    for rolle in [Rolle::Jobcenter, Rolle::Sozialamt, Rolle::Wohngeldstelle, Rolle::Amtsgericht, Rolle::AgenturFuerArbeit] {
        match region.stelle(rolle, gemeinde) {
            Some(stelle) => kontaktkarte(h, t, stelle),
            None if rolle == Rolle::Amtsgericht => {
                let gericht = matches!(antworten.anlass, Anlass::Gericht | Anlass::Raeumungstermin)
                    || antworten.klage == JaNein::Ja
                    || antworten.urteil == JaNein::Ja;
                if gemeinde.is_some() || gericht {
                    h.auf("div", &[("class", "wc-karte"), ("data-testid", "kontaktkarte"), ("data-rolle", rolle.code())]);
                    h.element("p", &[("class", "wc-kontakt-name")], t.kontakt_gericht_name);
                    h.element("p", &[("data-testid", "wo-finden")], t.kontakt_gericht_brief).zu("div");
                }
            }
            None => {
                for stelle in region.stellen_der_rolle(rolle) {
                    kontaktkarte(h, t, stelle);
                }
            }
        }
    }
    for stelle in region.stellen_der_rolle(Rolle::Sonstige) {
        kontaktkarte(h, t, stelle);
    }
    h.zu("section");
}

//! The state of the law on the result's date: the short box near the top when figures are
//! provisional or unknown, the sentence with the legal date at the end, and the list of every
//! area with the day up to which it is checked. Reads `rules::params`; decides nothing itself.

use crate::sprachen;
use crate::darstellung::html::Html;
use crate::sprachen::{fuellen, Texte};
use crate::beurteilung::Beurteilung;
use crate::region::Region;
use crate::rules::params::{GebietStand, Zustand, ENTWUERFE};

/// One area's sentence: what is provisional or unknown and why, with the bills named.
pub fn gebiet_satz(t: &Texte, s: &GebietStand, heute: crate::rules::datum::Datum) -> String {
    let g = s.daten();
    let werte = [
        ("jahr", heute.jahr().to_string()),
        ("bis", sprachen::datum(t, g.geprueft_bis)),
        ("vorjahr", g.geprueft_bis.jahr().to_string()),
    ];
    let werte: Vec<(&str, &str)> = werte.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let art = if s.zustand == Zustand::Unbekannt { "nicht_bekannt" } else { "vorlaeufig" };
    let mut satz = fuellen(t.get(&format!("rechtsstand_{art}_{}", g.code)).unwrap_or_default(), &werte);
    for e in s.entwuerfe.iter().chain(&s.hinweise) {
        let entwurf = &ENTWUERFE[*e];
        if let Some(text) = t.get(&format!("rechtsstand_entwurf_{}", entwurf.code)) {
            satz.push(' ');
            satz.push_str(&fuellen(text, &[("fundstelle", entwurf.fundstelle)]));
        }
    }
    satz
}

pub(super) fn gebiet_name(t: &Texte, s: &GebietStand) -> &'static str {
    t.get(&format!("rechtsstand_gebiet_{}", s.daten().code)).unwrap_or_default()
}

/// Near the top of the result, once: a short plain sentence which figures are provisional or
/// unknown on this date and why; the details per area in a disclosure that opens in print.
pub(super) fn vorlaeufig(h: &mut Html, t: &Texte, a: &Beurteilung) {
    let betroffen: Vec<&GebietStand> = a.rechtsstand.iter().filter(|s| s.zustand != Zustand::Geprueft).collect();
    if betroffen.is_empty() {
        return;
    }
    let jahr = a.heute.jahr().to_string();
    let namen = |zustand: Zustand| -> String {
        betroffen
            .iter()
            .filter(|s| s.zustand == zustand && !s.daten().zuletzt_geprueft)
            .map(|s| gebiet_name(t, s))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut saetze = Vec::new();
    let vorlaeufige = namen(Zustand::Vorlaeufig);
    if !vorlaeufige.is_empty() {
        saetze.push(fuellen(t.rechtsstand_kurz_betraege, &[("jahr", &jahr), ("gebiete", &vorlaeufige)]));
    }
    let unbekannte = namen(Zustand::Unbekannt);
    if !unbekannte.is_empty() {
        saetze.push(fuellen(t.rechtsstand_kurz_unbekannt, &[("jahr", &jahr), ("gebiete", &unbekannte)]));
    }
    if let Some(m) = betroffen.iter().find(|s| s.daten().zuletzt_geprueft) {
        saetze.push(fuellen(t.rechtsstand_kurz_mietrecht, &[("bis", &sprachen::datum(t, m.daten().geprueft_bis))]));
    }
    h.auf("section", &[("class", "wc-vorlaeufig"), ("aria-labelledby", "titel-vorlaeufig"), ("data-testid", "vorlaeufig")]);
    h.element("h3", &[("id", "titel-vorlaeufig")], t.rechtsstand_titel);
    h.element("p", &[("data-testid", "vorlaeufig-satz")], &saetze.join(" "));
    h.auf("details", &[("class", "wc-warum-tabelle")]).element("summary", &[], t.rechtsstand_genauer);
    h.auf("ul", &[("class", "wc-liste")]);
    for s in betroffen {
        h.auf("li", &[("data-gebiet", s.daten().code), ("data-zustand", s.zustand.code())]);
        h.element("strong", &[], gebiet_name(t, s)).text(": ").text(&gebiet_satz(t, s, a.heute)).zu("li");
    }
    h.zu("ul").zu("details").zu("section");
}

/// At the end: the day the result was computed for and the day the region data was checked.
pub(super) fn rechtsstand(h: &mut Html, t: &Texte, a: &Beurteilung, region: &Region) {
    let satz = fuellen(t.ergebnis_rechtsstand, &[("datum", &sprachen::datum(t, a.heute)), ("geprueft", &sprachen::datum(t, region.geprueft_am))]);
    h.element("p", &[("class", "wc-hinweis"), ("data-testid", "rechtsstand")], &satz);
}

/// For the print summary: every area with the day up to which it is checked.
pub(super) fn rechtsstand_je_gebiet(h: &mut Html, t: &Texte, a: &Beurteilung) {
    h.auf("details", &[("class", "wc-warum-tabelle"), ("data-testid", "rechtsstand-gebiete")]).element("summary", &[], t.rechtsstand_liste_titel);
    h.auf("ul", &[("class", "wc-liste")]);
    for s in &a.rechtsstand {
        let vorlage = match s.zustand {
            Zustand::Geprueft => t.rechtsstand_zeile_geprueft,
            Zustand::Vorlaeufig => t.rechtsstand_zeile_vorlaeufig,
            Zustand::Unbekannt => t.rechtsstand_zeile_unbekannt,
        };
        let zeile = fuellen(vorlage, &[("gebiet", gebiet_name(t, s)), ("bis", &sprachen::datum(t, s.daten().geprueft_bis))]);
        h.element("li", &[("data-gebiet", s.daten().code), ("data-zustand", s.zustand.code())], &zeile);
    }
    h.zu("ul").zu("details");
}

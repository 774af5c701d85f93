//! The deadlines part: each deadline's title and its line ("bis … – noch 52 Tage"), running
//! ones in urgency order, passed ones folded away. Uses the deadline rules' results and the
//! text helpers of `darstellung`; computes no date itself.

use crate::darstellung;
use crate::sprachen;
use crate::darstellung::html::Html;
use crate::sprachen::{fuellen, Texte};
use crate::beurteilung::Beurteilung;
use crate::rules::fristen::{Frist, Fristart, Fristzustand};

use super::teil_auf;

pub fn fristtitel(t: &Texte, art: Fristart) -> &'static str {
    match art {
        Fristart::Schonfrist => t.ergebnis_frist_schonfrist,
        Fristart::Verteidigungsanzeige => t.ergebnis_frist_verteidigungsanzeige,
        Fristart::Widerspruch => t.ergebnis_frist_widerspruch,
        Fristart::Raeumungsfrist => t.ergebnis_frist_raeumungsfrist,
        Fristart::Vollstreckungsschutz => t.ergebnis_frist_vollstreckungsschutz,
    }
}

/// "bis 3.4.2026 – noch 52 Tage", "abgelaufen" or "Datum unbekannt – warten Sie nicht".
pub fn fristzeile(t: &Texte, f: &Frist) -> String {
    let bis = |d: crate::rules::datum::Datum| fuellen(t.ergebnis_frist_bis, &[("datum", &sprachen::datum(t, d))]);
    match (f.datum, f.zustand) {
        (Some(d), Fristzustand::Offen { tage_uebrig: 0 }) => format!("{} – {}", bis(d), t.ergebnis_frist_heute),
        (Some(d), Fristzustand::Offen { tage_uebrig: 1 }) => format!("{} – {}", bis(d), t.ergebnis_frist_ein_tag),
        (Some(d), Fristzustand::Offen { tage_uebrig }) => {
            format!("{} – {}", bis(d), fuellen(t.ergebnis_frist_tage, &[("tage", &tage_uebrig.to_string())]))
        }
        (Some(d), _) => format!("{} – {}", bis(d), t.ergebnis_frist_abgelaufen),
        (None, Fristzustand::Abgelaufen) => t.ergebnis_frist_abgelaufen.to_string(),
        (None, _) => t.ergebnis_frist_unbekannt.to_string(),
    }
}

fn frist_eintrag(h: &mut Html, t: &Texte, f: &Frist) {
    let datum = f.datum.map(|d| d.to_string()).unwrap_or_default();
    h.auf("li", &[("class", &format!("wc-frist wc-frist-{}", f.zustand.code())), ("data-testid", &format!("frist-{}", f.art.code())), ("data-datum", &datum)]);
    h.auf("p", &[("class", "wc-frist-kopf")]).element("strong", &[], fristtitel(t, f.art)).auf("br", &[]);
    h.element("span", &[("class", "wc-frist-zeile")], &fristzeile(t, f)).zu("p");
    h.element("p", &[], &format!("{} {}", darstellung::frist_regel(t, f), sprachen::in_klammern(t, f.norm)));
    h.element("p", &[("class", "wc-hinweis")], &darstellung::frist_hinweise(t, f));
    h.zu("li");
}

/// Running and undated deadlines in urgency order; passed ones folded away, with what they mean now.
pub(super) fn fristen(h: &mut Html, t: &Texte, a: &Beurteilung) {
    let (vorbei, gelten): (Vec<&Frist>, Vec<&Frist>) = a.fristen.iter().partition(|f| f.zustand == Fristzustand::Abgelaufen);
    let laufen = gelten.iter().filter(|f| matches!(f.zustand, Fristzustand::Offen { .. })).count();
    let zusatz = if a.fristen.is_empty() { String::new() } else { fuellen(t.ergebnis_fristen_zahl, &[("laufen", &laufen.to_string()), ("alle", &a.fristen.len().to_string())]) };
    teil_auf(h, "teil-fristen", t.ergebnis_fristen_titel, &zusatz);
    if a.fristen.is_empty() {
        h.element("p", &[], t.ergebnis_keine_fristen);
    }
    h.auf("ul", &[("class", "wc-fristen"), ("data-testid", "fristen")]);
    for f in gelten {
        frist_eintrag(h, t, f);
    }
    h.zu("ul");
    if !vorbei.is_empty() {
        h.auf("details", &[("class", "wc-warum-tabelle"), ("data-testid", "fristen-vorbei")]);
        h.element("summary", &[], &fuellen(t.ergebnis_fristen_abgelaufen, &[("n", &vorbei.len().to_string())]));
        h.auf("ul", &[("class", "wc-fristen")]);
        for f in vorbei {
            frist_eintrag(h, t, f);
        }
        h.zu("ul").zu("details");
    }
    h.zu("details");
}

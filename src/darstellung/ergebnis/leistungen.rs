//! The benefits part: each benefit as a range with its "why" table (requirement, answer,
//! result, norm), the way out when Wohngeld and Kinderzuschlag are not enough, what is uncertain,
//! and who can take over the rent debts. Reads the rules' assessment; computes no amount.

use crate::darstellung;
use crate::sprachen;
use crate::darstellung::html::Html;
use crate::sprachen::{fuellen, Texte};
use crate::beurteilung::{Beurteilung, Spanne};
use crate::rules::leistungen::{Bewertung, Mietschuldenuebernahme, Regime, Traeger};
use crate::rules::params::Zustand;

use super::rechtsstand::gebiet_name;
use super::{spanne_text, teil_auf};

fn regime_name(t: &Texte, r: Regime) -> &'static str {
    match r {
        Regime::WohngeldKinderzuschlag => t.ergebnis_alternative_wohngeld_kinderzuschlag,
        Regime::Sgb2 => t.leistung_buergergeld,
        Regime::Sgb12 => t.leistung_sozialhilfe,
        Regime::Keines => "",
    }
}

pub(super) fn leistungen(h: &mut Html, t: &Texte, a: &Beurteilung) {
    let (Some(b), Some(sp)) = (&a.leistungen, a.spannen) else {
        return ohne_schaetzung(h, t, a);
    };
    let zeilen = [
        ("wohngeld", t.leistung_wohngeld, sp.wohngeld),
        ("kinderzuschlag", t.leistung_kinderzuschlag, sp.kinderzuschlag),
        ("buergergeld", t.leistung_buergergeld, sp.buergergeld),
        ("sozialhilfe", t.leistung_sozialhilfe, sp.sozialhilfe),
        ("kindergeld", t.leistung_kindergeld, sp.kindergeld),
    ];
    // The summary names the money at a glance: "Wohngeld, Kinderzuschlag, Kindergeld".
    let namen: Vec<&str> = zeilen.iter().filter(|(_, _, s)| !s.ist_null()).map(|(_, n, _)| *n).collect();
    teil_auf(h, "teil-leistungen", t.ergebnis_leistungen_titel, &namen.join(", "));
    let regime = match b.regime {
        Regime::WohngeldKinderzuschlag => t.ergebnis_regime_wohngeld_kinderzuschlag,
        Regime::Sgb2 => t.ergebnis_regime_sgb2,
        Regime::Sgb12 => t.ergebnis_regime_sgb12,
        Regime::Keines => t.ergebnis_regime_none,
    };
    h.element("p", &[("data-testid", "regime"), ("data-regime", b.regime.code())], regime);
    if zeilen.iter().all(|(_, _, s)| s.ist_null()) {
        h.element("p", &[], t.ergebnis_keine_leistung);
    }
    h.auf("ul", &[("class", "wc-leistungen")]);
    for (code, name, spanne) in zeilen.into_iter().filter(|(_, _, s)| !s.ist_null()) {
        leistung(h, t, b, code, name, spanne);
    }
    h.zu("ul");
    // Where Wohngeld and Kinderzuschlag come first, the way out if they are not enough.
    let alternative = b.alternative.buergergeld + b.alternative.sozialhilfe;
    if b.regime == Regime::WohngeldKinderzuschlag && alternative > crate::rules::geld::Cent::NULL {
        let satz = fuellen(t.ergebnis_alternative, &[("regime", regime_name(t, b.alternative_regime)), ("betrag", &sprachen::zahl(t, alternative.0 / 100))]);
        h.element("p", &[("data-testid", "alternative"), ("data-regime", b.alternative_regime.code())], &satz);
    }
    if !a.unsicher.is_empty() {
        let was: Vec<&str> =
            a.unsicher.iter().map(|u| if *u == "gemeinde" { t.ergebnis_unsicher_gemeinde } else { t.ergebnis_unsicher_heizkosten }).collect();
        h.element("p", &[("class", "wc-hinweis"), ("data-testid", "unsicher")], &fuellen(t.ergebnis_unsicher, &[("was", &was.join(", "))]));
    }
    h.zu("details");
    if let Some(m) = &b.mietschulden {
        uebernahme(h, t, m);
    }
}

/// No amounts: either the law of a benefit area is not known for the date, or the answers do
/// not yet allow an estimate.
fn ohne_schaetzung(h: &mut Html, t: &Texte, a: &Beurteilung) {
    teil_auf(h, "teil-leistungen", t.ergebnis_leistungen_titel, "");
    if a.leistungen_fehlen.is_some() {
        // Beyond the horizon of a benefit area: say which, never a guessed amount.
        let namen: Vec<&str> = a
            .rechtsstand
            .iter()
            .filter(|s| s.zustand == Zustand::Unbekannt && !s.daten().zuletzt_geprueft)
            .map(|s| gebiet_name(t, s))
            .collect();
        h.element("p", &[("class", "wc-hinweis-box"), ("data-testid", "keine-betraege")], &fuellen(t.rechtsstand_keine_betraege, &[("gebiete", &namen.join(", "))]));
    } else {
        h.element("p", &[], t.ergebnis_keine_schaetzung);
    }
    h.zu("details");
}

/// One benefit: its range, and behind "why" every step of the rules that decided it (the
/// priority checks too, except for Kindergeld, which no other benefit displaces).
fn leistung(h: &mut Html, t: &Texte, b: &Bewertung, code: &str, name: &str, spanne: Spanne) {
    let (von, bis) = (spanne.von.to_string(), spanne.bis.to_string());
    h.auf("li", &[("class", "wc-leistung"), ("data-testid", &format!("leistung-{code}")), ("data-von", &von), ("data-bis", &bis)]);
    h.auf("p", &[]).element("strong", &[], name).text(": ").element("span", &[("class", "wc-betrag-text")], &spanne_text(t, spanne)).zu("p");
    h.auf("details", &[("class", "wc-warum-tabelle")]).element("summary", &[], t.ergebnis_warum);
    h.auf("table", &[]).auf("thead", &[]).auf("tr", &[]);
    for spalte in [t.ergebnis_tab_anforderung, t.ergebnis_tab_antwort, t.ergebnis_tab_ergebnis, t.ergebnis_tab_norm] {
        h.element("th", &[("scope", "col")], spalte);
    }
    h.zu("tr").zu("thead").auf("tbody", &[]);
    for x in b.schritte.iter().filter(|x| x.leistung == code || (code != "kindergeld" && x.leistung == "vorrang")) {
        let (anforderung, wert, ergebnis) = darstellung::erklaerung(t, x);
        h.auf("tr", &[]);
        h.element("td", &[("data-label", t.ergebnis_tab_anforderung)], &anforderung);
        h.element("td", &[("data-label", t.ergebnis_tab_antwort)], &wert);
        h.element("td", &[("data-label", t.ergebnis_tab_ergebnis)], &ergebnis);
        h.element("td", &[("data-label", t.ergebnis_tab_norm)], &sprachen::ltr(t, &x.norm));
        h.zu("tr");
    }
    h.zu("tbody").zu("table").zu("details").zu("li");
}

/// Who can take over the rent debts, as a grant or only a loan, and on which conditions.
fn uebernahme(h: &mut Html, t: &Texte, m: &Mietschuldenuebernahme) {
    teil_auf(h, "uebernahme", t.ergebnis_uebernahme_titel, "");
    let wer = if m.traeger == Traeger::Jobcenter { t.ergebnis_uebernahme_jobcenter } else { t.ergebnis_uebernahme_sozialamt };
    let satz = if m.soll { t.ergebnis_uebernahme_soll } else { t.ergebnis_uebernahme_kann };
    h.element("p", &[], &format!("{} {}", fuellen(satz, &[("wer", wer), ("betrag", &sprachen::betrag(t, m.rueckstand))]), sprachen::in_klammern(t, m.norm)));
    h.element("p", &[], if m.nur_darlehen { t.ergebnis_uebernahme_darlehen } else { t.ergebnis_uebernahme_beihilfe });
    h.element("p", &[], t.ergebnis_uebernahme_bedingungen);
    h.auf("ul", &[("class", "wc-liste")]);
    for code in &m.bedingungen {
        h.element("li", &[], darstellung::bedingung(t, code));
    }
    h.zu("ul").zu("details");
}

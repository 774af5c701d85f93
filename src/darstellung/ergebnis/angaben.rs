//! The answers as the person gave them: the list for the printed summary, the answers that
//! could not be read (on the result page and after a step's heading), and the German summary
//! printed under any other language. Uses the reading functions of `eingabe`, the text helpers
//! of `darstellung` and the deadline and amount lines of the sibling parts; computes no law.

use crate::sprachen;
use crate::darstellung::html::Html;
use crate::sprachen::{fuellen, Texte};
use crate::eingabe::antworten::{Anlass, Antworten, Feld, JaNein, Kuendigungsart, Lohnart};
use crate::beurteilung::Beurteilung;
use crate::eingabe::gelesen::{Gelesen, Wert};
use crate::rules::risiko::{Bedrohung, Schock};

use super::fristen::{fristtitel, fristzeile};
use super::{spanne_text, stufe_wort};

/// The answers as given, for the printed summary a counsellor works from: a question and its
/// answer, in the order of the steps; questions left open are left out.
pub fn angaben(t: &Texte, a: &Antworten, g: &Gelesen) -> Vec<(String, String)> {
    let l = Leser { t, a, g };
    let mut z: Vec<(String, Option<String>)> = Vec::new();
    anlass(&mut z, &l);
    personen(&mut z, &l);
    let kinder: Vec<String> = (0..a.kinder.len()).filter_map(|i| l.wie_gelesen(Feld::KindAlter(i))).collect();
    z.push((t.haushalt_kinder_frage.into(), (!kinder.is_empty()).then(|| kinder.join(", "))));
    z.push((t.haushalt_gemeinde.into(), (!a.gemeinde.is_empty() && a.gemeinde != "?").then(|| a.gemeinde.clone())));
    wohnen_und_verfahren(&mut z, &l);
    lage(&mut z, t, a);
    z.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}

/// Reads an answer for the summary.
struct Leser<'a> {
    t: &'a Texte,
    a: &'a Antworten,
    g: &'a Gelesen,
}

impl Leser<'_> {
    /// An answer as the check read it, in the reader's way of writing ("٧٨٠" is "780 €" in the
    /// German summary); one it could not read stays as typed; an empty one is left out.
    fn wie_gelesen(&self, f: Feld) -> Option<String> {
        let getippt = self.a.wert(f);
        let getippt = getippt.trim();
        (!getippt.is_empty()).then(|| match self.g.wert(f) {
            Some(Wert::Betrag(c)) => sprachen::betrag(self.t, c),
            Some(Wert::Datum(d)) => sprachen::datum(self.t, d),
            Some(Wert::Monat(m)) => sprachen::monat(self.t, m),
            Some(Wert::Alter(n)) => n.to_string(),
            None => getippt.to_string(),
        })
    }

    fn ja_nein(&self, j: JaNein) -> Option<String> {
        match j {
            JaNein::Ja => Some(self.t.allgemein_ja.to_string()),
            JaNein::Nein => Some(self.t.allgemein_nein.to_string()),
            JaNein::WeissNicht => Some(self.t.allgemein_weiss_nicht.to_string()),
            JaNein::Offen => None,
        }
    }
}

type Zeilen = Vec<(String, Option<String>)>;

/// Why the check was opened, and the kind of notice as answered: a counsellor needs it,
/// "Weiß ich nicht" included.
fn anlass(z: &mut Zeilen, l: &Leser) {
    let (t, a) = (l.t, l.a);
    let anlass = match a.anlass {
        Anlass::Offen => None,
        Anlass::GeldKnapp => Some(t.anlass_geld_knapp),
        Anlass::MieteOffen => Some(t.anlass_miete_offen),
        Anlass::Kuendigung => Some(t.anlass_kuendigung),
        Anlass::Gericht => Some(t.anlass_gericht),
        Anlass::Raeumungstermin => Some(t.anlass_raeumung),
    };
    z.push((t.anlass_titel.into(), anlass.map(String::from)));
    if a.kuendigung.ja() || a.anlass == Anlass::Kuendigung || a.anlass == Anlass::Gericht {
        let art = match a.kuendigungsart {
            Kuendigungsart::Fristlos => t.rueckstand_art_fristlos,
            Kuendigungsart::Ordentlich => t.rueckstand_art_ordentlich,
            Kuendigungsart::Beide => t.rueckstand_art_beide,
            Kuendigungsart::WeissNicht => t.allgemein_weiss_nicht,
        };
        z.push((t.rueckstand_kuendigungsart.into(), Some(art.into())));
    }
}

/// Each adult: age, wage, pension, other income, children elsewhere, on one line.
fn personen(z: &mut Zeilen, l: &Leser) {
    let t = l.t;
    for (i, e) in l.a.erwachsene.iter().enumerate() {
        let wer = if i == 0 { t.einkommen_person_ich } else { t.einkommen_person_partner };
        let mut teile = Vec::new();
        if let Some(alter) = l.wie_gelesen(Feld::Alter(i)) {
            teile.push(format!("{}: {alter}", if i == 0 { t.haushalt_alter_ich } else { t.haushalt_alter_partner }));
        }
        let lohn = || l.wie_gelesen(Feld::Lohn(i)).unwrap_or_default();
        match e.lohnart {
            Lohnart::Brutto => teile.push(format!("{}: {} (brutto)", t.einkommen_lohn_betrag, lohn())),
            Lohnart::Netto => teile.push(format!("{}: {} (netto)", t.einkommen_lohn_betrag, lohn())),
            Lohnart::Keiner => {}
        }
        for (label, feld) in [(t.einkommen_rente, Feld::Rente(i)), (t.einkommen_alg, Feld::Arbeitslosengeld(i)), (t.einkommen_sonstiges, Feld::Sonstiges(i))] {
            if let Some(betrag) = l.wie_gelesen(feld) {
                teile.push(format!("{label}: {betrag}"));
            }
        }
        if let Some(antwort) = l.ja_nein(e.hat_kinder) {
            teile.push(format!("{} {antwort}", if i == 0 { t.einkommen_hat_kinder_ich } else { t.einkommen_hat_kinder_partner }));
        }
        z.push((wer.into(), (!teile.is_empty()).then(|| teile.join("; "))));
    }
}

/// Rent, assets, arrears and the letters and dates of the procedure.
fn wohnen_und_verfahren(z: &mut Zeilen, l: &Leser) {
    let (t, a) = (l.t, l.a);
    for (label, feld) in [
        (t.wohnen_kaltmiete, Feld::Kaltmiete),
        (t.wohnen_heizkosten, Feld::Heizkosten),
        (t.wohnen_vermoegen, Feld::Vermoegen),
        (t.rueckstand_betrag, Feld::Rueckstand),
        (t.rueckstand_seit, Feld::RueckstandSeit),
        (t.rueckstand_kuendigung_am, Feld::KuendigungAm),
        (t.rueckstand_klage_am, Feld::KlageAm),
        (t.rueckstand_raeumungsfrist_bis, Feld::RaeumungsfristBis),
        (t.rueckstand_raeumungstermin_am, Feld::RaeumungsterminAm),
    ] {
        z.push((label.into(), l.wie_gelesen(feld)));
    }
    for (label, wert) in [
        (t.wohnen_buergergeld, a.bezieht_buergergeld),
        (t.rueckstand_mahnung, a.mahnung),
        (t.rueckstand_kuendigung, a.kuendigung),
        (t.rueckstand_klage, a.klage),
        (t.rueckstand_urteil, a.urteil),
        (t.rueckstand_geheilt, a.geheilt_in_2_jahren),
        (t.rueckstand_energiesperre, a.energiesperre),
        (t.rueckstand_andere_schulden, a.andere_schulden),
        (t.lage_kontakt, a.kontakt_hilfe),
    ] {
        z.push((label.into(), l.ja_nein(wert)));
    }
    if a.rueckstand_pro_monat {
        let monate: Vec<String> = (0..a.rueckstand_monate.len()).filter_map(|i| l.wie_gelesen(Feld::RueckstandMonat(i))).collect();
        z.push((t.rueckstand_pro_monat.into(), (!monate.is_empty()).then(|| monate.join("; "))));
    }
}

/// What happened to the household and what else threatens the flat.
fn lage(z: &mut Zeilen, t: &Texte, a: &Antworten) {
    let schocks: Vec<&str> = a
        .schocks
        .iter()
        .map(|s| match s {
            Schock::Jobverlust => t.lage_schock_job,
            Schock::Krankheit => t.lage_schock_krank,
            Schock::Trennung => t.lage_schock_trennung,
            Schock::TodPartner => t.lage_schock_tod,
        })
        .collect();
    z.push((t.lage_schocks.into(), (!schocks.is_empty()).then(|| schocks.join("; "))));
    let bedrohungen: Vec<&str> = a
        .bedrohungen
        .iter()
        .map(|b| match b {
            Bedrohung::Eigenbedarf => t.lage_bedr_eigenbedarf,
            Bedrohung::Modernisierung => t.lage_bedr_modernisierung,
            Bedrohung::Mieterhoehung => t.lage_bedr_mieterhoehung,
            Bedrohung::Zwangsversteigerung => t.lage_bedr_zwangsversteigerung,
        })
        .collect();
    z.push((t.lage_bedrohungen.into(), (!bedrohungen.is_empty()).then(|| bedrohungen.join("; "))));
}

/// Every answer that could not be read, and what the result does without it.
pub(super) fn unlesbar(h: &mut Html, t: &Texte, antworten: &Antworten, g: &Gelesen, heute: crate::rules::datum::Datum) {
    let liste = crate::eingabe::fragen::unlesbar(antworten, g);
    if liste.is_empty() {
        return;
    }
    h.auf("section", &[("class", "wc-hinweis-box"), ("aria-labelledby", "titel-unlesbar"), ("data-testid", "unlesbar")]);
    h.element("h3", &[("id", "titel-unlesbar")], t.ergebnis_unlesbar_titel);
    h.auf("ul", &[("class", "wc-liste")]);
    for u in liste {
        let zeile = fuellen(
            t.ergebnis_unlesbar_zeile,
            &[("wert", u.wert.trim()), ("frage", &u.label.fuer(t, heute)), ("folge", crate::eingabe::fragen::text(t, u.folge))],
        );
        h.element("li", &[("data-feld", &u.id)], &zeile);
    }
    h.zu("ul").zu("section");
}

/// For printing in any language but German: the same result in German (deadlines, amounts,
/// answers), so that the counselling office can work with it. Hidden on screen.
pub(super) fn deutsche_zusammenfassung(h: &mut Html, a: &Beurteilung, antworten: &Antworten, g: &Gelesen) {
    let de = crate::sprachen::SPRACHEN[0].texte();
    h.auf("section", &[("class", "wc-nur-druck"), ("lang", "de"), ("dir", "ltr"), ("data-testid", "druck-deutsch")]);
    h.element("h3", &[], de.ergebnis_druck_deutsch_titel);
    h.element("p", &[], &fuellen(de.ergebnis_risiko_stufe, &[("stufe", stufe_wort(de, a.risiko.stufe))]));
    h.element("h4", &[], de.ergebnis_fristen_titel);
    h.auf("ul", &[]);
    for f in &a.fristen {
        h.element("li", &[], &format!("{}: {} ({})", fristtitel(de, f.art), fristzeile(de, f), f.norm));
    }
    h.zu("ul");
    if let Some(sp) = a.spannen {
        h.element("h4", &[], de.ergebnis_leistungen_titel);
        h.auf("ul", &[]);
        for (name, spanne) in [
            (de.leistung_wohngeld, sp.wohngeld),
            (de.leistung_kinderzuschlag, sp.kinderzuschlag),
            (de.leistung_buergergeld, sp.buergergeld),
            (de.leistung_sozialhilfe, sp.sozialhilfe),
            (de.leistung_kindergeld, sp.kindergeld),
        ] {
            if !spanne.ist_null() {
                h.element("li", &[], &format!("{name}: {}", spanne_text(de, spanne)));
            }
        }
        h.zu("ul");
    }
    h.element("h4", &[], de.ergebnis_angaben_titel);
    h.auf("dl", &[]);
    for (frage, antwort) in angaben(de, antworten, g) {
        h.element("dt", &[], &frage).element("dd", &[], &antwort);
    }
    h.zu("dl").zu("section");
}

/// After a step's heading: the answers of earlier steps that could not be read, each a button
/// back to its field (`data-schritt`: the step's position, `data-feld`: the input's id).
pub fn fehlerliste(t: &Texte, liste: &[crate::eingabe::fragen::Unlesbar], heute: crate::rules::datum::Datum) -> String {
    let mut h = Html::neu();
    h.auf("p", &[]).element("strong", &[], t.fehler_zusammenfassung_titel).zu("p");
    h.element("p", &[], t.fehler_zusammenfassung_text);
    h.auf("ul", &[]);
    for u in liste {
        let schritt = crate::eingabe::fragen::SCHRITTE.iter().position(|s| *s == u.schritt).unwrap_or(0).to_string();
        let beschriftung = format!("{} („{}“)", fuellen(t.fehler_aendern, &[("frage", &u.label.fuer(t, heute))]), u.wert.trim());
        h.auf("li", &[]);
        h.element(
            "button",
            &[("type", "button"), ("class", "wc-knopf-link"), ("data-testid", &format!("aendern-{}", u.id)), ("data-schritt", &schritt), ("data-feld", &u.id)],
            &beschriftung,
        );
        h.zu("li");
    }
    h.zu("ul");
    h.fertig()
}

//! The result page as HTML: risk with its reasons, deadlines, benefits as ranges with
//! "why" tables, who can take over the debts, next steps, whom to call, the answers
//! as given and the legal date. Pure: the widget puts it on screen, tests read it natively.

use crate::eingabe::lesen;
use crate::darstellung;
use crate::eingabe::antworten::{Anlass, Antworten, Auswertung, JaNein, Kuendigungsart, Lohnart, Spanne};
use crate::darstellung::html::Html;
use crate::darstellung::sprachen::{fuellen, Texte};
use crate::darstellung::kontakt;
use crate::region::{Region, Rolle, Stelle};
use crate::rules::fristen::{Frist, Fristart, Fristzustand};
use crate::rules::leistungen::{Regime, Traeger};
use crate::rules::naechste_schritte::{heute_zu_tun, Wann};
use crate::rules::params::{GebietStand, Zustand, ENTWUERFE};
use crate::rules::risiko::{Bedrohung, Schock, Stufe};

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
    let bis = |d: crate::rules::datum::Datum| fuellen(t.ergebnis_frist_bis, &[("datum", &darstellung::datum(t, d))]);
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
        fuellen(t.ergebnis_genau, &[("betrag", &darstellung::zahl(t, s.von))])
    } else {
        fuellen(t.ergebnis_spanne, &[("von", &darstellung::zahl(t, s.von)), ("bis", &darstellung::zahl(t, s.bis))])
    }
}

/// Name, phone as a tappable link, address, opening hours, homepage, for whom the office is
/// responsible, and for every field no source confirmed a plain sentence where to find it
/// (`kontakt::wo_finden`); never an empty label. Caveat, hint and note in the card's language:
/// German, or the data's English text in any other language.
pub fn kontaktkarte(h: &mut Html, t: &Texte, stelle: &Stelle, deutsch: bool) {
    h.auf("div", &[("class", "wc-karte"), ("data-testid", "kontaktkarte"), ("data-rolle", stelle.rolle.code())]);
    h.element("p", &[("class", "wc-kontakt-name")], stelle.name);
    if let (Some(tel), Some(link)) = (stelle.telefon, stelle.telefon_link()) {
        h.auf("p", &[]).element("a", &[("class", "wc-telefon-gross"), ("href", &link)], &fuellen(t.ergebnis_anrufen, &[("telefon", &darstellung::telefon(t, tel))])).zu("p");
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
    if let Some(satz) = kontakt::wo_finden(t, stelle, deutsch) {
        h.element("p", &[("data-testid", "wo-finden")], &satz);
    }
    if let Some(zustaendig) = kontakt::zustaendig(t, stelle) {
        h.element("p", &[("class", "wc-hinweis")], &zustaendig);
    }
    if let Some(vorbehalt) = kontakt::vorbehalt(stelle, deutsch) {
        h.auf("p", &[("class", "wc-hinweis"), ("data-testid", "vorbehalt")]).element("strong", &[], t.kontakt_vorbehalt).text(" ").text(vorbehalt).zu("p");
    }
    if let Some(hinweis) = if deutsch { stelle.hinweis } else { stelle.hinweis_en } {
        h.element("p", &[("class", "wc-hinweis")], hinweis);
    }
    h.zu("div");
}

/// The answers as given, for the printed summary a counsellor works from.
pub fn angaben(t: &Texte, a: &Antworten) -> Vec<(String, String)> {
    // An answer as the check read it, in the reader's way of writing ("٧٨٠" is "780 €" in the
    // German summary); one it could not read stays as typed.
    let betrag = |w: &str| lesen::betrag(w, 100_000_000).map(|c| darstellung::betrag(t, c)).unwrap_or_else(|_| w.trim().to_string());
    let datum = |w: &str| lesen::datum(w).map(|d| darstellung::datum(t, d)).unwrap_or_else(|_| w.trim().to_string());
    let monat = |w: &str| lesen::monat(w).map(|m| darstellung::monat(t, m)).unwrap_or_else(|_| w.trim().to_string());
    let zahl = |w: &str| lesen::lateinische_ziffern(w).trim().to_string();
    let ja_nein = |j: JaNein| match j {
        JaNein::Ja => Some(t.allgemein_ja.to_string()),
        JaNein::Nein => Some(t.allgemein_nein.to_string()),
        JaNein::WeissNicht => Some(t.allgemein_weiss_nicht.to_string()),
        JaNein::Offen => None,
    };
    let mut z: Vec<(String, Option<String>)> = Vec::new();
    let anlass = match a.anlass {
        Anlass::Offen => None,
        Anlass::GeldKnapp => Some(t.anlass_geld_knapp),
        Anlass::MieteOffen => Some(t.anlass_miete_offen),
        Anlass::Kuendigung => Some(t.anlass_kuendigung),
        Anlass::Gericht => Some(t.anlass_gericht),
        Anlass::Raeumungstermin => Some(t.anlass_raeumung),
    };
    z.push((t.anlass_titel.into(), anlass.map(String::from)));
    // The kind of notice, as answered: a counsellor needs it, "Weiß ich nicht" included.
    if a.kuendigung.ja() || a.anlass == Anlass::Kuendigung || a.anlass == Anlass::Gericht {
        let art = match a.kuendigungsart {
            Kuendigungsart::Fristlos => t.rueckstand_art_fristlos,
            Kuendigungsart::Ordentlich => t.rueckstand_art_ordentlich,
            Kuendigungsart::Beide => t.rueckstand_art_beide,
            Kuendigungsart::WeissNicht => t.allgemein_weiss_nicht,
        };
        z.push((t.rueckstand_kuendigungsart.into(), Some(art.into())));
    }
    for (i, e) in a.erwachsene.iter().enumerate() {
        let wer = if i == 0 { t.einkommen_person_ich } else { t.einkommen_person_partner };
        let mut teile = Vec::new();
        if !e.alter.trim().is_empty() {
            teile.push(format!("{}: {}", if i == 0 { t.haushalt_alter_ich } else { t.haushalt_alter_partner }, zahl(&e.alter)));
        }
        match e.lohnart {
            Lohnart::Brutto => teile.push(format!("{}: {} (brutto)", t.einkommen_lohn_betrag, betrag(&e.lohn))),
            Lohnart::Netto => teile.push(format!("{}: {} (netto)", t.einkommen_lohn_betrag, betrag(&e.lohn))),
            Lohnart::Keiner => {}
        }
        for (label, wert) in [(t.einkommen_rente, &e.rente), (t.einkommen_alg, &e.arbeitslosengeld), (t.einkommen_sonstiges, &e.sonstiges)] {
            if !wert.trim().is_empty() {
                teile.push(format!("{label}: {}", betrag(wert)));
            }
        }
        if let Some(antwort) = ja_nein(e.hat_kinder) {
            teile.push(format!("{} {antwort}", if i == 0 { t.einkommen_hat_kinder_ich } else { t.einkommen_hat_kinder_partner }));
        }
        z.push((wer.into(), (!teile.is_empty()).then(|| teile.join("; "))));
    }
    let kinder: Vec<String> = a.kinder.iter().map(|k| zahl(&k.alter)).filter(|x| !x.is_empty()).collect();
    z.push((t.haushalt_kinder_frage.into(), (!kinder.is_empty()).then(|| kinder.join(", "))));
    z.push((t.haushalt_gemeinde.into(), (!a.gemeinde.is_empty() && a.gemeinde != "?").then(|| a.gemeinde.clone())));
    let gelesen = |wert: &str, lesen: &dyn Fn(&str) -> String| (!wert.trim().is_empty()).then(|| lesen(wert));
    for (label, wert) in [(t.wohnen_kaltmiete, &a.kaltmiete), (t.wohnen_heizkosten, &a.heizkosten), (t.wohnen_vermoegen, &a.vermoegen), (t.rueckstand_betrag, &a.rueckstand)] {
        z.push((label.into(), gelesen(wert, &betrag)));
    }
    z.push((t.rueckstand_seit.into(), gelesen(&a.rueckstand_seit, &monat)));
    for (label, wert) in [
        (t.rueckstand_kuendigung_am, &a.kuendigung_am),
        (t.rueckstand_klage_am, &a.klage_am),
        (t.rueckstand_raeumungsfrist_bis, &a.raeumungsfrist_bis),
        (t.rueckstand_raeumungstermin_am, &a.raeumungstermin_am),
    ] {
        z.push((label.into(), gelesen(wert, &datum)));
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
        z.push((label.into(), ja_nein(wert)));
    }
    if a.rueckstand_pro_monat {
        let monate: Vec<String> = a.rueckstand_monate.iter().filter(|m| !m.trim().is_empty()).map(|m| betrag(m)).collect();
        z.push((t.rueckstand_pro_monat.into(), (!monate.is_empty()).then(|| monate.join("; "))));
    }
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
    z.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}

/// One area's sentence: what is provisional or unknown and why, with the bills named.
pub fn gebiet_satz(t: &Texte, s: &GebietStand, heute: crate::rules::datum::Datum) -> String {
    let g = s.daten();
    let werte = [
        ("jahr", heute.jahr().to_string()),
        ("bis", darstellung::datum(t, g.geprueft_bis)),
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

fn gebiet_name(t: &Texte, s: &GebietStand) -> &'static str {
    t.get(&format!("rechtsstand_gebiet_{}", s.daten().code)).unwrap_or_default()
}

/// Near the top of the result, once: a short plain sentence which figures are provisional or
/// unknown on this date and why; the details per area in a disclosure that opens in print.
fn vorlaeufig(h: &mut Html, t: &Texte, a: &Auswertung) {
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
        saetze.push(fuellen(t.rechtsstand_kurz_mietrecht, &[("bis", &darstellung::datum(t, m.daten().geprueft_bis))]));
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

/// For the print summary: every area with the day up to which it is checked.
fn rechtsstand_je_gebiet(h: &mut Html, t: &Texte, a: &Auswertung) {
    h.auf("details", &[("class", "wc-warum-tabelle"), ("data-testid", "rechtsstand-gebiete")]).element("summary", &[], t.rechtsstand_liste_titel);
    h.auf("ul", &[("class", "wc-liste")]);
    for s in &a.rechtsstand {
        let vorlage = match s.zustand {
            Zustand::Geprueft => t.rechtsstand_zeile_geprueft,
            Zustand::Vorlaeufig => t.rechtsstand_zeile_vorlaeufig,
            Zustand::Unbekannt => t.rechtsstand_zeile_unbekannt,
        };
        let zeile = fuellen(vorlage, &[("gebiet", gebiet_name(t, s)), ("bis", &darstellung::datum(t, s.daten().geprueft_bis))]);
        h.element("li", &[("data-gebiet", s.daten().code), ("data-zustand", s.zustand.code())], &zeile);
    }
    h.zu("ul").zu("details");
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

/// "Heute zu tun": at most three things, the nearest deadline, the call with a tappable
/// number, the application that matters most. Without a risk: a calm sentence and the contact.
fn heute(h: &mut Html, t: &Texte, a: &Auswertung, region: &Region) {
    let stelle = region.beratungsstelle();
    let telefon = |h: &mut Html| {
        if let (Some(tel), Some(link)) = (stelle.telefon, stelle.telefon_link()) {
            h.auf("p", &[]).element("a", &[("class", "wc-telefon-gross"), ("href", &link), ("data-testid", "heute-telefon")], &fuellen(t.ergebnis_anrufen, &[("telefon", &darstellung::telefon(t, tel))])).zu("p");
        }
    };
    let auswahl = heute_zu_tun(&a.schritte);
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
            h.element("p", &[], &darstellung::schritt_text(t, s));
        }
        h.zu("li");
    }
    h.zu("ol").zu("section");
}

fn risiko(h: &mut Html, t: &Texte, a: &Auswertung) {
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
        h.element("span", &[("class", "wc-quelle")], &darstellung::in_klammern(t, f.quelle));
        if f.code == "kuendigung_ordentlich" {
            for satz in &geplant {
                h.element("p", &[("class", "wc-hinweis"), ("data-testid", "geplant")], satz);
            }
        }
        h.zu("li");
    }
    h.zu("ul").zu("details").zu("section");
}

fn frist_eintrag(h: &mut Html, t: &Texte, f: &Frist) {
    let datum = f.datum.map(|d| d.to_string()).unwrap_or_default();
    h.auf("li", &[("class", &format!("wc-frist wc-frist-{}", f.zustand.code())), ("data-testid", &format!("frist-{}", f.art.code())), ("data-datum", &datum)]);
    h.auf("p", &[("class", "wc-frist-kopf")]).element("strong", &[], fristtitel(t, f.art)).auf("br", &[]);
    h.element("span", &[("class", "wc-frist-zeile")], &fristzeile(t, f)).zu("p");
    h.element("p", &[], &format!("{} {}", darstellung::frist_regel(t, f), darstellung::in_klammern(t, f.norm)));
    h.element("p", &[("class", "wc-hinweis")], &darstellung::frist_hinweise(t, f));
    h.zu("li");
}

/// Running and undated deadlines in urgency order; passed ones folded away, with what they mean now.
fn fristen(h: &mut Html, t: &Texte, a: &Auswertung) {
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

fn verzug(h: &mut Html, t: &Texte, a: &Auswertung) {
    let Some(v) = &a.verzug else { return };
    let e = crate::darstellung::erklaerung::verzug(v, t);
    teil_auf(h, "ergebnis-verzug", t.ergebnis_verzug_titel, "");
    h.auf("p", &[]).element("strong", &[], &e.antwort).zu("p");
    for satz in &e.begruendung {
        h.element("p", &[], satz);
    }
    h.element("p", &[], &e.ordentlich).zu("details");
}

fn regime_name(t: &Texte, r: Regime) -> &'static str {
    match r {
        Regime::WohngeldKinderzuschlag => t.ergebnis_alternative_wohngeld_kinderzuschlag,
        Regime::Sgb2 => t.leistung_buergergeld,
        Regime::Sgb12 => t.leistung_sozialhilfe,
        Regime::Keines => "",
    }
}

fn leistungen(h: &mut Html, t: &Texte, a: &Auswertung) {
    let (Some(b), Some(sp)) = (&a.leistungen, a.spannen) else {
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
        return;
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
            h.element("td", &[("data-label", t.ergebnis_tab_norm)], &darstellung::ltr(t, &x.norm));
            h.zu("tr");
        }
        h.zu("tbody").zu("table").zu("details").zu("li");
    }
    h.zu("ul");
    // Where Wohngeld and Kinderzuschlag come first, the way out if they are not enough.
    let alternative = b.alternative.buergergeld + b.alternative.sozialhilfe;
    if b.regime == Regime::WohngeldKinderzuschlag && alternative > crate::rules::geld::Cent::NULL {
        let satz = fuellen(t.ergebnis_alternative, &[("regime", regime_name(t, b.alternative_regime)), ("betrag", &darstellung::zahl(t, alternative.0 / 100))]);
        h.element("p", &[("data-testid", "alternative"), ("data-regime", b.alternative_regime.code())], &satz);
    }
    if !a.unsicher.is_empty() {
        let was: Vec<&str> =
            a.unsicher.iter().map(|u| if *u == "gemeinde" { t.ergebnis_unsicher_gemeinde } else { t.ergebnis_unsicher_heizkosten }).collect();
        h.element("p", &[("class", "wc-hinweis"), ("data-testid", "unsicher")], &fuellen(t.ergebnis_unsicher, &[("was", &was.join(", "))]));
    }
    h.zu("details");
    if let Some(m) = &b.mietschulden {
        teil_auf(h, "uebernahme", t.ergebnis_uebernahme_titel, "");
        let wer = if m.traeger == Traeger::Jobcenter { t.ergebnis_uebernahme_jobcenter } else { t.ergebnis_uebernahme_sozialamt };
        let satz = if m.soll { t.ergebnis_uebernahme_soll } else { t.ergebnis_uebernahme_kann };
        h.element("p", &[], &format!("{} {}", fuellen(satz, &[("wer", wer), ("betrag", &darstellung::betrag(t, m.rueckstand))]), darstellung::in_klammern(t, m.norm)));
        h.element("p", &[], if m.nur_darlehen { t.ergebnis_uebernahme_darlehen } else { t.ergebnis_uebernahme_beihilfe });
        h.element("p", &[], t.ergebnis_uebernahme_bedingungen);
        h.auf("ul", &[("class", "wc-liste")]);
        for code in &m.bedingungen {
            h.element("li", &[], darstellung::bedingung(t, code));
        }
        h.zu("ul").zu("details");
    }
}

fn naechste_schritte(h: &mut Html, t: &Texte, a: &Auswertung) {
    if a.schritte.is_empty() {
        return;
    }
    teil_auf(h, "teil-schritte", t.ergebnis_schritte_titel, &fuellen(t.ergebnis_schritte_zahl, &[("n", &a.schritte.len().to_string())]));
    for (wann, titel) in [(Wann::Heute, t.ergebnis_wann_today), (Wann::DieseWoche, t.ergebnis_wann_this_week), (Wann::Danach, t.ergebnis_wann_next)] {
        let mut liste = a.schritte.iter().filter(|s| s.wann == wann).peekable();
        if liste.peek().is_none() {
            continue;
        }
        h.element("h4", &[], titel);
        h.auf("ol", &[("class", "wc-schritte"), ("data-testid", &format!("schritte-{}", wann.code()))]);
        for s in liste {
            h.auf("li", &[("data-schritt", s.code)]).auf("p", &[]).element("strong", &[], &darstellung::schritt_text(t, s)).zu("p");
            let norm = s.norm.map(|n| format!(" {}", darstellung::in_klammern(t, n))).unwrap_or_default();
            h.element("p", &[], &format!("{}{norm}", darstellung::schritt_warum(t, s)));
            if !s.unterlagen.is_empty() {
                h.element("p", &[("class", "wc-hinweis")], &format!("{} {}", t.ergebnis_unterlagen, darstellung::unterlagen(t, s).join(", ")));
            }
            h.zu("li");
        }
        h.zu("ol");
    }
    h.zu("details");
}

/// Every answer that could not be read, and what the result does without it.
fn unlesbar(h: &mut Html, t: &Texte, antworten: &Antworten, heute: crate::rules::datum::Datum) {
    let liste = crate::eingabe::fragen::unlesbar(antworten, &crate::eingabe::gelesen::Gelesen::aus(antworten));
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
fn deutsche_zusammenfassung(h: &mut Html, a: &Auswertung, antworten: &Antworten) {
    let de = crate::darstellung::sprachen::SPRACHEN[0].texte();
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
    for (frage, antwort) in angaben(de, antworten) {
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

/// The whole result. `auswertung` is `None` when the law for today is not yet known:
/// then the page says so and still shows whom to call and the answers.
pub fn ergebnis(t: &Texte, deutsch: bool, auswertung: Option<&Auswertung>, antworten: &Antworten, region: &Region) -> String {
    let mut h = Html::neu();
    if auswertung.is_none() {
        h.element("p", &[("class", "wc-hinweis-box"), ("role", "alert"), ("data-testid", "recht-unbekannt")], t.rechtsstand_unbekannt);
    }
    if let Some(a) = auswertung {
        heute(&mut h, t, a, region);
        risiko(&mut h, t, a);
        vorlaeufig(&mut h, t, a);
        unlesbar(&mut h, t, antworten, a.heute);
    }
    h.element("p", &[("class", "wc-schaetzung-satz")], t.ergebnis_schaetzung);
    if let Some(a) = auswertung {
        fristen(&mut h, t, a);
        leistungen(&mut h, t, a);
        verzug(&mut h, t, a);
        naechste_schritte(&mut h, t, a);
    }
    // Whom to contact: the counselling office first, then the offices of the household's
    // municipality (`Region::stelle`). Where a role is split by municipality and the
    // municipality is not known, every office of it with its municipalities; the court only
    // when it is known from the data, else where its name stands (the letter).
    abschnitt_auf(&mut h, "titel-kontakt", t.ergebnis_kontakt_titel, "kontakte");
    let gemeinde = region.gemeinde(&antworten.gemeinde).map(|g| g.name);
    kontaktkarte(&mut h, t, region.beratungsstelle(), deutsch);
    for rolle in [Rolle::Jobcenter, Rolle::Sozialamt, Rolle::Wohngeldstelle, Rolle::Amtsgericht, Rolle::AgenturFuerArbeit] {
        match region.stelle(rolle, gemeinde) {
            Some(stelle) => kontaktkarte(&mut h, t, stelle, deutsch),
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
                    kontaktkarte(&mut h, t, stelle, deutsch);
                }
            }
        }
    }
    for stelle in region.stellen_der_rolle(Rolle::Sonstige) {
        kontaktkarte(&mut h, t, stelle, deutsch);
    }
    h.zu("section");
    h.auf("details", &[("class", "wc-warum-tabelle wc-angaben"), ("data-testid", "angaben")]).element("summary", &[], t.ergebnis_angaben_titel);
    h.auf("dl", &[]);
    for (frage, antwort) in angaben(t, antworten) {
        h.element("dt", &[], &frage).element("dd", &[], &antwort);
    }
    h.zu("dl").zu("details");
    if let Some(a) = auswertung {
        let satz = fuellen(t.ergebnis_rechtsstand, &[("datum", &darstellung::datum(t, a.heute)), ("geprueft", &darstellung::datum(t, region.geprueft_am))]);
        h.element("p", &[("class", "wc-hinweis"), ("data-testid", "rechtsstand")], &satz);
        rechtsstand_je_gebiet(&mut h, t, a);
        if !deutsch {
            deutsche_zusammenfassung(&mut h, a, antworten);
        }
    }
    h.fertig()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eingabe::antworten::{auswerten, Anlass};
    use crate::darstellung::sprachen::SPRACHEN;
    use crate::region::{region, STANDARD_REGION};
    use crate::rules::datum::Datum;

    fn antworten() -> Antworten {
        let mut a = Antworten { anlass: Anlass::Kuendigung, kaltmiete: "650".into(), heizkosten: "90".into(), rueckstand: "1400".into(), ..Antworten::default() };
        a.rueckstand_seit = "9.2026".into();
        a.erwachsene[0].alter = "40".into();
        a.gemeinde = "<img src=x onerror=alert(1)>".into();
        a.kaltmiete = "650".into();
        a
    }

    #[test]
    fn result_page_has_every_section_and_escapes_what_was_typed() {
        let region = region(STANDARD_REGION).unwrap();
        let a = antworten();
        let r = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
        let html = ergebnis(SPRACHEN[0].texte(), true, Some(&r), &a, region);
        for testid in ["stufe", "faktoren", "fristen", "regime", "kontaktkarte", "angaben", "rechtsstand", "schritte-today"] {
            assert!(html.contains(&format!("data-testid=\"{testid}\"")), "{testid} missing");
        }
        assert!(!html.contains("<img"), "typed text must be escaped");
        assert!(!html.contains("recht-unbekannt"));
        // Balanced: as many closing as opening tags of each kind that has content.
        for tag in ["section", "ul", "ol", "li", "p", "details", "table", "tr", "td", "div", "dl"] {
            assert_eq!(html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count(), html.matches(&format!("</{tag}>")).count(), "{tag}");
        }
    }

    #[test]
    fn unknown_law_still_shows_contact_and_answers() {
        let region = region(STANDARD_REGION).unwrap();
        let html = ergebnis(SPRACHEN[0].texte(), true, None, &antworten(), region);
        assert!(html.contains("recht-unbekannt") && html.contains("kontaktkarte") && html.contains("angaben"));
        assert!(html.contains(&region.beratungsstelle().telefon.unwrap().replace(' ', "\u{a0}")), "the number unbroken");
    }

    #[test]
    fn office_notes_only_in_german() {
        let region = region(STANDARD_REGION).unwrap();
        let hinweis = region.stellen.iter().find_map(|s| s.hinweis).expect("a note in the region data");
        let mut de = Html::neu();
        let mut en = Html::neu();
        for s in region.stellen {
            kontaktkarte(&mut de, SPRACHEN[0].texte(), s, true);
            kontaktkarte(&mut en, crate::darstellung::sprachen::sprache("en").texte(), s, false);
        }
        let (de, en) = (de.fertig(), en.fertig());
        let maskiert = { let mut h = Html::neu(); h.text(hinweis); h.fertig() };
        assert!(de.contains(&maskiert));
        assert!(!en.contains(&maskiert));
    }

    #[test]
    fn provisional_law_is_said_once_near_the_top_in_every_language() {
        let region = region(STANDARD_REGION).unwrap();
        let a = antworten();
        let heute = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
        let html = ergebnis(SPRACHEN[0].texte(), true, Some(&heute), &a, region);
        assert!(!html.contains("data-testid=\"vorlaeufig\""), "all verified on 25.11.2026");
        assert!(html.contains("data-testid=\"rechtsstand-gebiete\""));
        let jan = auswerten(&a, region, Datum::ymd(2027, 1, 12)).unwrap();
        for sprache in SPRACHEN {
            let html = ergebnis(sprache.texte(), sprache.code == "de", Some(&jan), &a, region);
            assert_eq!(html.matches("data-testid=\"vorlaeufig\"").count(), 1, "{}", sprache.code);
            let kasten = html.find("data-testid=\"vorlaeufig\"").unwrap();
            // Near the top: after "Heute zu tun" and the risk (issue 12), before every detail.
            assert!(kasten < html.find("data-testid=\"teil-fristen\"").unwrap(), "before the details");
            assert!(kasten > html.find("data-testid=\"stufe\"").unwrap(), "after the risk");
            for code in ["mietrecht", "wohngeld", "grundsicherung", "familie", "lohnsteuer", "sozialversicherung"] {
                assert!(html.contains(&format!("data-gebiet=\"{code}\" data-zustand=\"provisional\"")), "{code}");
            }
            assert!(html.contains("2027") && html.contains("BT-Drs. 21/8284") && html.contains("BT-Drs. 21/6807"));
            // Risk, deadlines and steps stay.
            assert!(html.contains("data-testid=\"fristen\"") && html.contains("data-testid=\"schritte-"));
        }
        let de = ergebnis(SPRACHEN[0].texte(), true, Some(&jan), &a, region);
        assert!(de.contains("Die Regelbedarfe für 2027 sind noch nicht veröffentlicht. Gerechnet wird mit den Beträgen von 2026"), "{de}");
        assert!(de.contains("Für 2027 sind noch nicht alle Beträge beschlossen: Wohngeld, Bürgergeld und Sozialhilfe, Kindergeld und Kinderzuschlag, Lohnsteuer, Sozialabgaben."));
        // On 2 December 2026 only the tenancy check date is said, in one sentence.
        let dez = auswerten(&a, region, Datum::ymd(2026, 12, 2)).unwrap();
        let html = ergebnis(SPRACHEN[0].texte(), true, Some(&dez), &a, region);
        assert!(html.contains("Die Fristen folgen dem Mietrecht, wie wir es am 1.12.2026 geprüft haben.</p>"), "{html}");
        assert!(!html.contains("nicht alle Beträge"));
    }

    #[test]
    fn beyond_the_horizon_amounts_are_unknown_but_deadlines_stay() {
        let region = region(STANDARD_REGION).unwrap();
        let mut a = antworten();
        a.anlass = Anlass::Gericht;
        a.klage_am = "20.1.2028".into();
        let r = auswerten(&a, region, Datum::ymd(2028, 2, 1)).unwrap();
        let html = ergebnis(SPRACHEN[0].texte(), true, Some(&r), &a, region);
        assert!(html.contains("data-testid=\"keine-betraege\""));
        assert!(html.contains("Wohngeld") && html.contains("data-testid=\"frist-verteidigungsanzeige\""));
        assert!(html.contains("data-zustand=\"unknown\""));
        assert!(html.contains(&region.beratungsstelle().telefon.unwrap().replace(' ', "\u{a0}")), "the number unbroken");
    }

    #[test]
    fn the_planned_tenancy_change_is_a_note_on_the_ordentliche_kuendigung() {
        let region = region(STANDARD_REGION).unwrap();
        let mut a = antworten();
        a.kuendigung = JaNein::Ja;
        a.kuendigungsart = crate::eingabe::antworten::Kuendigungsart::Ordentlich;
        let r = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
        let html = ergebnis(SPRACHEN[0].texte(), true, Some(&r), &a, region);
        assert!(html.contains("data-testid=\"geplant\""));
        assert!(html.contains("Geplant, noch nicht in Kraft") && html.contains("BT-Drs. 21/6807"));
    }

    #[test]
    fn english_reads_as_english_numbers_and_dates() {
        let region = region(STANDARD_REGION).unwrap();
        let mut a = antworten();
        a.anlass = Anlass::Gericht;
        a.klage_am = "15.11.2026".into();
        a.rueckstand = "2100".into();
        a.erwachsene[0].lohnart = Lohnart::Brutto;
        a.erwachsene[0].lohn = "1.600".into();
        let r = auswerten(&a, region, Datum::ymd(2026, 11, 25)).unwrap();
        let en = ergebnis(crate::darstellung::sprachen::sprache("en").texte(), false, Some(&r), &a, region);
        let de = ergebnis(SPRACHEN[0].texte(), true, Some(&r), &a, region);
        // The same deadline and the same arrears, written the way each language writes them.
        assert!(en.contains("29 November 2026") && de.contains("29.11.2026"));
        assert!(en.contains("2,100\u{a0}€") && de.contains("2.100\u{a0}€"), "{en}");
        // No German date or amount left in the English page (the answers as typed are the user's own).
        let ohne_angaben = en.split("data-testid=\"angaben\"").next().unwrap();
        let deutsches_datum = ohne_angaben.as_bytes().windows(10).any(|w| {
            let s = std::str::from_utf8(w).unwrap_or("");
            s.ends_with(".2026") && s.chars().filter(|c| *c == '.').count() == 2 && s.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '>')
        });
        assert!(!deutsches_datum, "German date in: {ohne_angaben}");
        assert!(!ohne_angaben.contains(",00\u{a0}€") && !ohne_angaben.contains(".600\u{a0}€"));
    }

    #[test]
    fn one_day_left_is_singular() {
        use crate::rules::fristen::Fristart;
        let f = Frist {
            art: Fristart::Verteidigungsanzeige,
            datum: Some(Datum::ymd(2026, 11, 26)),
            verschoben_auf: None,
            zustand: Fristzustand::Offen { tage_uebrig: 1 },
            norm: "§ 276 Abs. 1 ZPO",
            regel_werte: vec![],
            hinweise: vec![],
        };
        assert!(fristzeile(SPRACHEN[0].texte(), &f).ends_with("noch 1 Tag"));
        assert!(fristzeile(crate::darstellung::sprachen::sprache("en").texte(), &f).ends_with("1 day left"));
        let zwei = Frist { zustand: Fristzustand::Offen { tage_uebrig: 2 }, ..f };
        assert!(fristzeile(SPRACHEN[0].texte(), &zwei).ends_with("noch 2 Tage"));
    }
}

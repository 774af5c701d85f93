//! The answers as the rules take them: [`situation`] turns what was typed and read
//! ([`Gelesen`]) into the typed `Situation` of the seam (`beurteilung::beurteile`).
//! May use the answers, the region data and the rules' types; reads no text itself.

use crate::beurteilung::{beurteile, Beurteilung, Offen, Situation};
use crate::eingabe::antworten::{Anlass, Antworten, Feld, JaNein, Kuendigungsart, Lohnart};
use crate::eingabe::fragen;
use crate::eingabe::gelesen::Gelesen;
use crate::region::{Gemeinde, Region};
use crate::rules::datum::Datum;
use crate::rules::fristen::Verfahrensstand;
use crate::rules::geld::Cent;
use crate::rules::haushalt::{Haushalt, Mitglied};
use crate::rules::params::RechtsstandFehler;
use crate::rules::risiko::Lage;
use crate::rules::zahlungsverzug::{Rueckstandsangabe, Verzugseingabe};

/// The age the rules assume for an adult whose age is not given or cannot be read
/// (the result says so: `unlesbar_folge_alter`).
const ALTER_UNBEKANNT: u8 = 40;
/// The age assumed for a child whose age is not given: a school child.
const KINDESALTER_UNBEKANNT: u8 = 8;

fn mitglied(a: &Antworten, g: &Gelesen, i: usize) -> Mitglied {
    let e = &a.erwachsene[i];
    let lohn = g.betrag(Feld::Lohn(i));
    Mitglied {
        alter: g.alter(Feld::Alter(i)).unwrap_or(ALTER_UNBEKANNT).max(18),
        bruttolohn: if e.lohnart == Lohnart::Brutto { lohn } else { None },
        nettolohn: if e.lohnart == Lohnart::Netto { lohn } else { None },
        rente: g.betrag(Feld::Rente(i)).unwrap_or_default(),
        arbeitslosengeld: g.betrag(Feld::Arbeitslosengeld(i)).unwrap_or_default(),
        sonstiges_einkommen: g.betrag(Feld::Sonstiges(i)).unwrap_or_default(),
        voll_erwerbsgemindert: e.erwerbsunfaehig,
        // Asked only without a child in the flat; the answer then decides (else presumed).
        hat_kinder: match e.hat_kinder {
            JaNein::Ja => Some(true),
            JaNein::Nein if a.kinder.is_empty() => Some(false),
            _ => None,
        },
        ..Default::default()
    }
}

/// The household the rules see, as far as the answers tell; `None` while no rent is known.
fn haushalt(a: &Antworten, g: &Gelesen, region: &Region) -> Option<Haushalt> {
    let mut mitglieder: Vec<Mitglied> = (0..a.erwachsene.len()).map(|i| mitglied(a, g, i)).collect();
    for i in 0..a.kinder.len() {
        // A child whose age cannot be read or is 18 or more is left out, and the result says so.
        if g.fehler(Feld::KindAlter(i)).is_some() {
            continue;
        }
        mitglieder.push(Mitglied {
            alter: g.alter(Feld::KindAlter(i)).unwrap_or(KINDESALTER_UNBEKANNT),
            unterhalt: g.betrag(Feld::Unterhalt(i)).unwrap_or_default(),
            ..Default::default()
        });
    }
    Some(Haushalt {
        mitglieder,
        mietstufe: gemeinde(a, region).and_then(|g| g.mietstufe),
        bruttokaltmiete: g.betrag(Feld::Kaltmiete)?,
        // Unknown heating: the seam tries a low and a typical amount per person.
        heizkosten: g.betrag(Feld::Heizkosten).unwrap_or_default(),
        wohnflaeche_m2: None,
        vermoegen: g.betrag(Feld::Vermoegen).unwrap_or_default(),
        sgb2_bezug_seit_monaten: if a.bezieht_buergergeld.ja() { Some(12) } else { None },
        angemessenheitsgrenze: None,
    })
}

fn gemeinde(a: &Antworten, region: &Region) -> Option<&'static Gemeinde> {
    region.gemeinden.iter().find(|g| g.name == a.gemeinde && g.mietstufe.is_some())
}

fn monatsmiete(g: &Gelesen) -> Option<Cent> {
    Some(g.betrag(Feld::Kaltmiete)? + g.betrag(Feld::Heizkosten).unwrap_or_default())
}

/// The arrears for the question whether a fristlose Kündigung is possible yet: month by
/// month (the last box is the last month whose rent fell due) or as a total since a month.
fn verzug(a: &Antworten, g: &Gelesen, heute: Datum) -> Option<Verzugseingabe> {
    let monatsmiete = monatsmiete(g)?;
    let rueckstand = if a.rueckstand_pro_monat {
        let letzter = crate::rules::kalender::letzter_faelliger_monat(heute).ok()?;
        let n = a.rueckstand_monate.len();
        let liste = (0..n)
            .filter_map(|i| Some((letzter.plus(i as i32 - (n as i32 - 1)), g.betrag(Feld::RueckstandMonat(i))?)))
            .collect();
        Rueckstandsangabe::ProMonat(liste)
    } else {
        Rueckstandsangabe::Summe { betrag: g.betrag(Feld::Rueckstand)?, seit: g.monat(Feld::RueckstandSeit)? }
    };
    Some(Verzugseingabe { monatsmiete, rueckstand })
}

fn rueckstand_gesamt(a: &Antworten, g: &Gelesen) -> Option<Cent> {
    if a.rueckstand_pro_monat {
        let summe: Cent = (0..a.rueckstand_monate.len()).filter_map(|i| g.betrag(Feld::RueckstandMonat(i))).sum();
        (summe > Cent::NULL).then_some(summe)
    } else {
        g.betrag(Feld::Rueckstand)
    }
}

fn verfahren(a: &Antworten, g: &Gelesen) -> Verfahrensstand {
    // A Räumungsklage for arrears follows a termination; unless the person says there was none,
    // assume one whose kind is unknown.
    let kuendigung =
        a.kuendigung.ja() || a.anlass == Anlass::Kuendigung || (a.anlass == Anlass::Gericht && a.kuendigung != JaNein::Nein);
    // "Weiß ich nicht" stays unknown: the result says what follows if it was fristlos and
    // what if it was ordentlich, never that it was either.
    let (fristlos, ordentlich, art_unbekannt) = match (kuendigung, a.kuendigungsart) {
        (false, _) => (false, false, false),
        (true, Kuendigungsart::Fristlos) => (true, false, false),
        (true, Kuendigungsart::Ordentlich) => (false, true, false),
        (true, Kuendigungsart::Beide) => (true, true, false),
        (true, Kuendigungsart::WeissNicht) => (false, false, true),
    };
    let klage_am = g.datum(Feld::KlageAm);
    let termin = g.datum(Feld::RaeumungsterminAm);
    Verfahrensstand {
        kuendigung_fristlos: fristlos,
        kuendigung_ordentlich: ordentlich,
        kuendigung_art_unbekannt: art_unbekannt,
        kuendigung_erhalten_am: g.datum(Feld::KuendigungAm),
        klage_zugestellt: a.klage.ja() || klage_am.is_some() || a.anlass == Anlass::Gericht,
        klage_zugestellt_am: klage_am,
        urteil: a.urteil.ja() || termin.is_some() || a.anlass == Anlass::Raeumungstermin,
        raeumungsfrist_bis: g.datum(Feld::RaeumungsfristBis),
        raeumungstermin: termin,
        geheilt_in_2_jahren: a.geheilt_in_2_jahren.ja(),
    }
}

fn lage(a: &Antworten, g: &Gelesen) -> Lage {
    Lage {
        verfahren: verfahren(a, g),
        rueckstand: rueckstand_gesamt(a, g),
        monatsmiete: monatsmiete(g).unwrap_or_default(),
        mahnung: a.mahnung.ja(),
        energiesperre_angekuendigt: a.energiesperre.ja(),
        andere_schulden: a.andere_schulden.ja(),
        schocks: a.schocks.clone(),
        bedrohungen: a.bedrohungen.clone(),
        kontakt_hilfesystem: a.kontakt_hilfe.ja(),
        kuenftige_miete_tragbar: None,
        uebernahme_durch: None,
    }
}

/// The answers as the seam takes them. Wages vary from month to month, so the widget always
/// shows the range of ±10 %; a missing municipality or heating widens it further.
pub fn situation(a: &Antworten, g: &Gelesen, region: &'static Region, heute: Datum) -> Situation {
    Situation {
        region,
        haushalt: haushalt(a, g, region),
        gemeinde: gemeinde(a, region),
        lage: lage(a, g),
        verzug: verzug(a, g, heute),
        offen: Offen {
            einkommen_schwankt: true,
            gemeinde: gemeinde(a, region).is_none(),
            heizkosten: g.betrag(Feld::Heizkosten).is_none(),
            einkommen_unlesbar: fragen::unlesbar(a, g).iter().any(|u| u.folge == "unlesbar_folge_einkommen"),
        },
    }
}

/// The whole result for the answers given so far: read once, then assessed.
pub fn auswerten(a: &Antworten, region: &'static Region, heute: Datum) -> Result<Beurteilung, RechtsstandFehler> {
    beurteile(&situation(a, &Gelesen::aus(a), region, heute), heute)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::beurteilung::Spanne;
    use crate::eingabe::antworten::{Erwachsener, Kind};
    use crate::region::{region, STANDARD_REGION};
    use crate::rules::risiko::Stufe;

    fn reg() -> &'static Region {
        region(STANDARD_REGION).unwrap()
    }

    #[test]
    fn empty_answers_give_low_risk_and_no_benefit_estimate() {
        let r = auswerten(&Antworten::default(), reg(), Datum::ymd(2026, 11, 25)).unwrap();
        assert_eq!(r.risiko.stufe, Stufe::Gering);
        assert!(r.leistungen.is_none());
        // No risk, no task: the result shows a calm sentence and the contact (issue 12).
        assert!(r.schritte.is_empty());
    }

    #[test]
    fn court_letter_is_acute_even_before_any_other_answer() {
        let a = Antworten { anlass: Anlass::Gericht, ..Default::default() };
        let r = auswerten(&a, reg(), Datum::ymd(2026, 11, 25)).unwrap();
        assert_eq!(r.risiko.stufe, Stufe::Akut);
        assert_eq!(r.schritte[0].code, "anrufen");
        assert!(r.schritte[0].werte.contains(&("telefon", "06152 8058624".to_string())));
    }

    #[test]
    fn unknown_municipality_and_heating_widen_the_range() {
        let mut a = Antworten::default();
        a.erwachsene[0] = Erwachsener { alter: "30".into(), lohnart: Lohnart::Brutto, lohn: "1.400".into(), ..Default::default() };
        a.kaltmiete = "600".into();
        let unklar = auswerten(&a, reg(), Datum::ymd(2025, 7, 1)).unwrap();
        a.gemeinde = "Groß-Gerau".into();
        a.heizkosten = "80".into();
        let klar = auswerten(&a, reg(), Datum::ymd(2025, 7, 1)).unwrap();
        let breite = |s: Spanne| s.bis - s.von;
        let u = unklar.spannen.unwrap();
        let k = klar.spannen.unwrap();
        assert!(breite(u.wohngeld) + breite(u.buergergeld) > breite(k.wohngeld) + breite(k.buergergeld));
        assert_eq!(unklar.unsicher, vec!["gemeinde", "heizkosten"]);
        assert!(klar.unsicher.is_empty());
    }

    /// Issue 13: the answer to "Haben Sie Kinder?" reaches the rules; "Weiß ich nicht" leaves the
    /// presumption (above the Regelaltersgrenze a parent, below it childless).
    #[test]
    fn the_children_answer_reaches_the_household() {
        let mut a = Antworten::default();
        a.erwachsene[0] = Erwachsener { alter: "70".into(), rente: "1.200".into(), hat_kinder: JaNein::Ja, ..Default::default() };
        a.kaltmiete = "700".into();
        let h = |a: &Antworten| haushalt(a, &Gelesen::aus(a), reg()).unwrap().mitglieder[0].hat_kinder;
        assert_eq!(h(&a), Some(true));
        a.erwachsene[0].hat_kinder = JaNein::Nein;
        assert_eq!(h(&a), Some(false));
        a.erwachsene[0].hat_kinder = JaNein::WeissNicht;
        assert_eq!(h(&a), None);
    }

    #[test]
    fn ranges_contain_the_point_estimate() {
        let mut a = Antworten::default();
        a.erwachsene[0] = Erwachsener { alter: "35".into(), lohnart: Lohnart::Netto, lohn: "1.300".into(), ..Default::default() };
        a.kinder = vec![Kind { alter: "4".into(), unterhalt: String::new() }, Kind { alter: "9".into(), unterhalt: String::new() }];
        a.gemeinde = "Rüsselsheim am Main".into();
        a.kaltmiete = "750".into();
        a.heizkosten = "110".into();
        let r = auswerten(&a, reg(), Datum::ymd(2026, 11, 25)).unwrap();
        let b = r.leistungen.unwrap().betraege;
        let s = r.spannen.unwrap();
        for (betrag, sp) in [(b.wohngeld, s.wohngeld), (b.buergergeld, s.buergergeld), (b.kinderzuschlag, s.kinderzuschlag), (b.kindergeld, s.kindergeld)] {
            let euro = betrag.0 / 100;
            assert!(sp.von <= euro && euro <= sp.bis, "{euro} not in {sp:?}");
        }
        assert_eq!(s.kindergeld, Spanne { von: 518, bis: 518 });
    }
}

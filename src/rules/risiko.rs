//! How serious is it? Four levels from transparent rules (docs/RISIKO.md):
//! the stage of proceedings dominates, then the kind of notice, the arrears
//! relative to the rent, whether the rent can be paid in future, and the
//! shocks and other debts. The level is the highest any rule reaches, so it
//! never falls when the proceedings advance or the arrears grow.

use crate::rules::datum::Datum;
use crate::rules::fristen::Verfahrensstand;
use crate::rules::geld::Cent;
use crate::rules::params::{id, RechtsstandFehler};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stufe {
    Gering,
    Erhoeht,
    Hoch,
    Akut,
}

impl Stufe {
    pub fn code(self) -> &'static str {
        match self {
            Stufe::Gering => "gering",
            Stufe::Erhoeht => "erhoeht",
            Stufe::Hoch => "hoch",
            Stufe::Akut => "akut",
        }
    }
    pub fn wort(self) -> &'static str {
        match self {
            Stufe::Gering => "gering",
            Stufe::Erhoeht => "erhöht",
            Stufe::Hoch => "hoch",
            Stufe::Akut => "akut",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schock {
    Jobverlust,
    Krankheit,
    Trennung,
    TodPartner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bedrohung {
    Eigenbedarf,
    Modernisierung,
    Mieterhoehung,
    Zwangsversteigerung,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lage {
    pub verfahren: Verfahrensstand,
    /// Total rent arrears, if known.
    pub rueckstand: Option<Cent>,
    /// Everything paid to the landlord each month.
    pub monatsmiete: Cent,
    pub mahnung: bool,
    pub energiesperre_angekuendigt: bool,
    pub andere_schulden: bool,
    pub schocks: Vec<Schock>,
    pub bedrohungen: Vec<Bedrohung>,
    pub kontakt_hilfesystem: bool,
    /// From the entitlement engine: can the rent be paid in future with income and benefits?
    pub kuenftige_miete_tragbar: Option<bool>,
    /// From the entitlement engine: who can take over the debts.
    pub uebernahme_durch: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Faktor {
    pub code: &'static str,
    pub stufe: Stufe,
    pub text: String,
    pub quelle: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Risiko {
    pub stufe: Stufe,
    /// The factors that produced the level, the strongest first.
    pub faktoren: Vec<Faktor>,
}

const QUELLE_KIEL: &str = "Sozialbericht Kiel 2020: https://www.kiel.de/de/gesundheit_soziales/sozialplanung_berichte_konferenzen/sozialbericht/_dokumente_sozialbericht/2020/83/";
const QUELLE_BMAS: &str = "BMAS-Forschungsbericht 534 (GISS 2019): https://www.bmas.de/DE/Service/Publikationen/Forschungsberichte/fb534-entstehung-verlauf-struktur-von-wohnungslosigkeit-und-strategien-zu-vermeidung-und-behebung.html";

pub fn bewerte_risiko(l: &Lage, am: Datum) -> Result<Risiko, RechtsstandFehler> {
    let mut f: Vec<Faktor> = Vec::new();
    let mut add = |code: &'static str, stufe: Stufe, text: String, quelle: &'static str| f.push(Faktor { code, stufe, text, quelle });
    let v = &l.verfahren;

    // Stage of proceedings.
    if let Some(termin) = v.raeumungstermin {
        add(
            "raeumungstermin",
            Stufe::Akut,
            format!("Ein Räumungstermin steht fest ({}). Jetzt helfen nur noch schnelle Schritte, etwa ein Antrag auf Vollstreckungsschutz.", termin.deutsch()),
            "§ 765a ZPO; Kiel: mit Räumungstitel und Termin gelingt es in weit unter 20 % der Fälle, die Räumung abzuwenden",
        );
    }
    if v.urteil {
        add(
            "urteil",
            Stufe::Akut,
            "Es gibt ein Räumungsurteil oder einen Räumungsvergleich. Der Vermieter kann damit räumen lassen.".into(),
            QUELLE_KIEL,
        );
    }
    if v.klage_zugestellt {
        add(
            "raeumungsklage",
            Stufe::Akut,
            "Eine Räumungsklage ist zugestellt. Es laufen kurze Fristen: zwei Wochen für die Antwort an das Gericht, zwei Monate Schonfrist.".into(),
            "§ 276 ZPO; § 569 Abs. 3 Nr. 2 BGB; Kiel: im Klageverfahren gelingt es in mindestens der Hälfte der Fälle, die Räumung abzuwenden",
        );
    }

    // Kind of notice.
    if v.kuendigung_fristlos && v.geheilt_in_2_jahren {
        add(
            "kuendigung_nicht_heilbar",
            Stufe::Akut,
            "Fristlose Kündigung, und in den letzten zwei Jahren wurde schon einmal eine Kündigung durch Zahlung geheilt: Eine Zahlung rettet die Wohnung diesmal nicht von selbst.".into(),
            "§ 569 Abs. 3 Nr. 2 Satz 2 BGB",
        );
    }
    if v.kuendigung_ordentlich {
        add(
            "kuendigung_ordentlich",
            Stufe::Hoch,
            "Sie haben eine ordentliche Kündigung (mit Frist). Nach der Rechtsprechung des BGH macht eine spätere Zahlung sie nicht unwirksam.".into(),
            "§ 573 Abs. 2 Nr. 1 BGB; BGH 13.10.2021 – VIII ZR 91/20",
        );
    }
    if v.kuendigung_fristlos && !v.geheilt_in_2_jahren {
        add(
            "kuendigung_fristlos",
            Stufe::Hoch,
            "Sie haben eine fristlose Kündigung. Sie kann noch unwirksam werden, wenn der Rückstand rechtzeitig ganz bezahlt wird – auch durch eine Zusage des Jobcenters oder Sozialamts.".into(),
            "§ 543 Abs. 2 Satz 1 Nr. 3, § 569 Abs. 3 Nr. 2 BGB",
        );
    }

    // Arrears relative to the rent.
    if let Some(r) = l.rueckstand.filter(|r| *r > Cent::NULL) {
        let m = l.monatsmiete;
        let faktor_a = id::MIETRECHT_FRISTLOS_ZWEI_TERMINE_MONATSMIETEN.zahl(am)?.f;
        let faktor_ordentlich = id::MIETRECHT_ORDENTLICH_MINDESTRUECKSTAND_MONATSMIETEN.zahl(am)?.f;
        if m > Cent::NULL && r > m.mal(faktor_a) {
            add(
                "rueckstand_fristlos",
                Stufe::Hoch,
                format!("Es fehlen {} – mehr als eine Monatsmiete. Das kann schon für eine fristlose Kündigung reichen.", r.deutsch()),
                "§ 543 Abs. 2 Satz 1 Nr. 3, § 569 Abs. 3 Nr. 1 BGB",
            );
        } else if m > Cent::NULL && r >= m.mal(faktor_ordentlich) {
            add(
                "rueckstand_monatsmiete",
                Stufe::Erhoeht,
                format!("Es fehlt eine Monatsmiete ({}). Dauert das länger als einen Monat, ist eine ordentliche Kündigung möglich.", r.deutsch()),
                "§ 573 Abs. 2 Nr. 1 BGB; BGH 10.10.2012 – VIII ZR 107/12",
            );
        } else {
            add(
                "rueckstand",
                Stufe::Erhoeht,
                format!("Es fehlen {} Miete. Mietschulden sind der häufigste Auslöser für Wohnungsverlust.", r.deutsch()),
                QUELLE_BMAS,
            );
        }
    }
    if l.mahnung {
        add("mahnung", Stufe::Erhoeht, "Der Vermieter hat schon gemahnt.".into(), "§ 286 BGB");
    }
    if l.kuenftige_miete_tragbar == Some(false) {
        add(
            "miete_nicht_tragbar",
            Stufe::Hoch,
            "Mit Ihrem Einkommen und den möglichen Leistungen reicht das Geld voraussichtlich auch künftig nicht für die Miete. Dann übernimmt das Amt Schulden oft nicht.".into(),
            "§ 22 Abs. 8 SGB II; § 36 SGB XII; Praxis der Stadt Darmstadt",
        );
    }
    if l.energiesperre_angekuendigt {
        add(
            "energiesperre",
            Stufe::Erhoeht,
            "Eine Strom- oder Gassperre ist angekündigt. Auch Energieschulden kann das Jobcenter übernehmen.".into(),
            "§ 22 Abs. 8 SGB II (vergleichbare Notlage)",
        );
    }
    if l.andere_schulden {
        add("andere_schulden", Stufe::Erhoeht, "Es drücken weitere Schulden.".into(), "Sozialbericht Kiel 2020; GISS NRW 2014");
    }
    for s in &l.schocks {
        let text = match s {
            Schock::Jobverlust => "Sie haben vor Kurzem Ihre Arbeit verloren.",
            Schock::Krankheit => "Eine Krankheit belastet Sie.",
            Schock::Trennung => "Sie haben sich getrennt.",
            Schock::TodPartner => "Ihr Partner oder Ihre Partnerin ist gestorben.",
        };
        add("schock", Stufe::Erhoeht, format!("{text} Solche Einschnitte führen oft zu Mietschulden."), QUELLE_BMAS);
    }
    for b in &l.bedrohungen {
        let (code, text, quelle) = match b {
            Bedrohung::Eigenbedarf => ("eigenbedarf", "Der Vermieter macht Eigenbedarf geltend.", "§ 573 Abs. 2 Nr. 2 BGB; BAG W 2020: 7 % der Zwangsräumungen"),
            Bedrohung::Modernisierung => ("modernisierung", "Eine Modernisierung mit Mieterhöhung ist angekündigt.", "§§ 555b, 559 BGB"),
            Bedrohung::Mieterhoehung => ("mieterhoehung", "Die Miete soll steigen.", "§ 558 BGB; Auslöser laut Neue Wohnraumhilfe"),
            Bedrohung::Zwangsversteigerung => ("zwangsversteigerung", "Das Haus wird zwangsversteigert.", "§ 57a ZVG"),
        };
        add(code, Stufe::Erhoeht, text.into(), quelle);
    }

    f.sort_by(|a, b| b.stufe.cmp(&a.stufe));
    let stufe = f.first().map(|x| x.stufe).unwrap_or(Stufe::Gering);

    // Not a level-changing rule: what helps, shown with the factors.
    if let Some(wer) = l.uebernahme_durch {
        if l.rueckstand.is_some_and(|r| r > Cent::NULL) {
            f.push(Faktor {
                code: "uebernahme_moeglich",
                stufe: Stufe::Gering,
                text: format!("Das {wer} kann die Mietschulden übernehmen, wenn Sie es schnell beantragen."),
                quelle: if wer == "Jobcenter" { "§ 22 Abs. 8 SGB II" } else { "§ 36 SGB XII" },
            });
        }
    }
    if !l.kontakt_hilfesystem && stufe >= Stufe::Erhoeht {
        f.push(Faktor {
            code: "kein_kontakt",
            stufe: Stufe::Gering,
            text: "Sie haben noch mit keiner Beratungsstelle oder Behörde gesprochen. Früh Hilfe zu holen, ist das Wichtigste.".into(),
            quelle: "Wohnungssicherungsstelle Kreis Groß-Gerau: Kontakt oft erst im Gerichtsverfahren; GISS 2019",
        });
    }
    if f.is_empty() {
        f.push(Faktor {
            code: "keine_gefahr_erkennbar",
            stufe: Stufe::Gering,
            text: "Nach Ihren Angaben ist keine akute Gefahr für Ihre Wohnung zu erkennen.".into(),
            quelle: "Regeln des Wohn-Checks",
        });
    }
    Ok(Risiko { stufe, faktoren: f })
}

#[cfg(test)]
mod tests {
    use super::*;

    const AM: Datum = Datum::ymd(2026, 11, 25);

    fn lage() -> Lage {
        Lage { monatsmiete: Cent::euro(800), ..Default::default() }
    }

    #[test]
    fn table_of_stages() {
        let mut faelle: Vec<(Lage, Stufe)> = Vec::new();
        faelle.push((lage(), Stufe::Gering));
        faelle.push((Lage { rueckstand: Some(Cent::euro(300)), ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { rueckstand: Some(Cent::euro(800)), ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { rueckstand: Some(Cent::euro(801)), ..lage() }, Stufe::Hoch));
        let mut v = Verfahrensstand { kuendigung_fristlos: true, ..Default::default() };
        faelle.push((Lage { verfahren: v.clone(), ..lage() }, Stufe::Hoch));
        v.geheilt_in_2_jahren = true;
        faelle.push((Lage { verfahren: v.clone(), ..lage() }, Stufe::Akut));
        let o = Verfahrensstand { kuendigung_ordentlich: true, ..Default::default() };
        faelle.push((Lage { verfahren: o, ..lage() }, Stufe::Hoch));
        let k = Verfahrensstand { kuendigung_fristlos: true, klage_zugestellt: true, ..Default::default() };
        faelle.push((Lage { verfahren: k, ..lage() }, Stufe::Akut));
        let u = Verfahrensstand { urteil: true, ..Default::default() };
        faelle.push((Lage { verfahren: u, ..lage() }, Stufe::Akut));
        let t = Verfahrensstand { raeumungstermin: Some(Datum::ymd(2026, 12, 10)), ..Default::default() };
        faelle.push((Lage { verfahren: t, ..lage() }, Stufe::Akut));
        faelle.push((Lage { energiesperre_angekuendigt: true, ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { schocks: vec![Schock::Jobverlust], ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { bedrohungen: vec![Bedrohung::Eigenbedarf], ..lage() }, Stufe::Erhoeht));
        faelle.push((Lage { kuenftige_miete_tragbar: Some(false), ..lage() }, Stufe::Hoch));
        for (i, (l, erwartet)) in faelle.into_iter().enumerate() {
            let r = bewerte_risiko(&l, AM).unwrap();
            assert_eq!(r.stufe, erwartet, "case {i}: {:?}", r.faktoren);
            assert!(!r.faktoren.is_empty());
            assert!(r.faktoren.iter().all(|f| !f.quelle.is_empty() && !f.text.is_empty()));
        }
    }
}

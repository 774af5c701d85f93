//! An ordered, personal list of what to do: today, this week, next. Each step
//! says why, with the norm where one applies, and which documents to bring.
//! Calling the counselling office is always on it, first when the risk is acute.

use crate::region::Stelle;
use crate::rules::fristen::{Frist, Fristart, Fristzustand};
use crate::rules::leistungen::{Bewertung, Regime, Traeger};
use crate::rules::risiko::{Risiko, Stufe};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Wann {
    Heute,
    DieseWoche,
    Danach,
}

impl Wann {
    pub fn code(self) -> &'static str {
        match self {
            Wann::Heute => "today",
            Wann::DieseWoche => "this_week",
            Wann::Danach => "next",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct NaechsterSchritt {
    pub wann: Wann,
    pub text: String,
    pub warum: String,
    pub norm: Option<&'static str>,
    pub unterlagen: Vec<&'static str>,
}

fn frist(fristen: &[Frist], art: Fristart) -> Option<&Frist> {
    fristen.iter().find(|f| f.art == art)
}

fn bis(f: &Frist) -> String {
    match (f.datum, f.zustand) {
        (Some(d), Fristzustand::Offen { tage_uebrig }) => format!("bis zum {} (noch {} Tage)", d.deutsch(), tage_uebrig),
        _ => "so schnell wie möglich".to_string(),
    }
}

fn wann_fuer(f: &Frist) -> Wann {
    match f.zustand {
        Fristzustand::Offen { tage_uebrig } if tage_uebrig > 14 => Wann::DieseWoche,
        _ => Wann::Heute,
    }
}

/// The steps for this household, in the order to take them.
pub fn naechste_schritte(
    risiko: &Risiko,
    fristen: &[Frist],
    leistungen: Option<&Bewertung>,
    beratung: &Stelle,
) -> Vec<NaechsterSchritt> {
    let mut s: Vec<NaechsterSchritt> = Vec::new();
    let telefon = beratung.telefon.map(|t| format!(" Telefon {t}.")).unwrap_or_default();
    let anruf = NaechsterSchritt {
        wann: if risiko.stufe >= Stufe::Hoch { Wann::Heute } else { Wann::DieseWoche },
        text: format!("Rufen Sie die {} an.{telefon} Die Beratung ist kostenlos.", beratung.name),
        warum: "Die Beratungsstelle kennt die Wege zu Vermieter, Jobcenter und Sozialamt und hilft bei Anträgen und Fristen.".into(),
        norm: None,
        unterlagen: vec!["Mietvertrag", "alle Briefe vom Vermieter und vom Gericht", "Kontoauszüge der letzten drei Monate", "Einkommensnachweise", "Bescheide über Leistungen"],
    };
    let uebernahme = leistungen.and_then(|b| b.mietschulden.as_ref());
    let amt = match uebernahme.map(|m| m.traeger) {
        Some(Traeger::Jobcenter) => "das Jobcenter",
        Some(Traeger::Sozialamt) => "das Sozialamt",
        None => "das Jobcenter oder das Sozialamt",
    };
    if risiko.stufe == Stufe::Akut {
        s.push(anruf.clone());
    }

    if let Some(f) = frist(fristen, Fristart::Vollstreckungsschutz).filter(|f| f.zustand != Fristzustand::Unbekannt || f.datum.is_none()) {
        s.push(NaechsterSchritt {
            wann: Wann::Heute,
            text: format!("Beantragen Sie beim Amtsgericht Vollstreckungsschutz – {}.", bis(f)),
            warum: "Bei besonderer Härte kann das Gericht die Räumung aufschieben. Der Antrag muss zwei Wochen vor dem Räumungstermin dort sein.".into(),
            norm: Some(f.norm),
            unterlagen: vec!["Räumungsurteil", "Schreiben des Gerichtsvollziehers", "Nachweise über Krankheit, Kinder oder andere Härten"],
        });
    }
    if let Some(f) = frist(fristen, Fristart::Verteidigungsanzeige).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        s.push(NaechsterSchritt {
            wann: wann_fuer(f),
            text: format!("Schreiben Sie dem Amtsgericht, dass Sie sich gegen die Klage verteidigen wollen – {}.", bis(f)),
            warum: "Sonst kann das Gericht ohne Verhandlung gegen Sie entscheiden.".into(),
            norm: Some(f.norm),
            unterlagen: vec!["Räumungsklage mit gelbem Umschlag (Zustelldatum)"],
        });
    }
    if let Some(f) = frist(fristen, Fristart::Schonfrist).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        s.push(NaechsterSchritt {
            wann: Wann::Heute,
            text: format!(
                "Bitten Sie {amt} jetzt schriftlich, die Mietschulden zu übernehmen. Die Zusage muss dem Vermieter {} vorliegen.",
                match f.datum { Some(d) => format!("vor dem {}", d.deutsch()), None => "innerhalb von zwei Monaten nach Zustellung der Klage".into() }
            ),
            warum: "Zahlt das Amt oder sagt es die Zahlung verbindlich zu, wird die fristlose Kündigung unwirksam.".into(),
            norm: Some(f.norm),
            unterlagen: vec!["Kündigung", "Räumungsklage", "Aufstellung der Mietschulden", "Einkommensnachweise", "Kontoauszüge"],
        });
    } else if let Some(m) = uebernahme {
        s.push(NaechsterSchritt {
            wann: if risiko.stufe >= Stufe::Hoch { Wann::Heute } else { Wann::DieseWoche },
            text: format!(
                "Beantragen Sie bei {} die Übernahme der Mietschulden ({}).",
                if m.traeger == Traeger::Jobcenter { "dem Jobcenter" } else { "dem Sozialamt" },
                m.rueckstand.deutsch()
            ),
            warum: format!(
                "Das Amt {} die Schulden übernehmen, {}.",
                if m.soll { "soll" } else { "kann" },
                if m.nur_darlehen { "meist als Darlehen" } else { "als Beihilfe oder Darlehen" }
            ),
            norm: Some(m.norm),
            unterlagen: vec!["Mietvertrag", "Mahnung oder Kündigung", "Aufstellung der Mietschulden", "Einkommensnachweise", "Kontoauszüge"],
        });
    }
    if let Some(f) = frist(fristen, Fristart::Widerspruch).filter(|f| f.zustand != Fristzustand::Abgelaufen) {
        s.push(NaechsterSchritt {
            wann: wann_fuer(f),
            text: format!("Prüfen Sie mit der Beratungsstelle einen schriftlichen Widerspruch gegen die ordentliche Kündigung – {}.", bis(f)),
            warum: "Wäre der Auszug eine unzumutbare Härte, kann der Widerspruch die Kündigung aufhalten.".into(),
            norm: Some(f.norm),
            unterlagen: vec!["Kündigung"],
        });
    }
    if let Some(f) = frist(fristen, Fristart::Raeumungsfrist) {
        s.push(NaechsterSchritt {
            wann: if f.zustand == Fristzustand::Unbekannt { Wann::DieseWoche } else { wann_fuer(f) },
            text: format!("Beantragen Sie beim Gericht eine Räumungsfrist – {}.", bis(f)),
            warum: "Eine Räumungsfrist gibt Zeit, eine Lösung oder eine neue Wohnung zu finden.".into(),
            norm: Some(f.norm),
            unterlagen: vec!["Klage oder Urteil"],
        });
    }

    if risiko.stufe != Stufe::Akut {
        s.push(anruf);
    }

    if risiko.faktoren.iter().any(|f| f.code.starts_with("rueckstand") || f.code.starts_with("kuendigung")) {
        s.push(NaechsterSchritt {
            wann: Wann::DieseWoche,
            text: "Zahlen Sie die laufende Miete weiter, auch wenn Sie den Rückstand noch nicht bezahlen können.".into(),
            warum: "Jeder weitere offene Monat vergrößert die Schulden und die Gefahr einer Kündigung.".into(),
            norm: Some("§ 543 Abs. 2 Satz 1 Nr. 3 BGB"),
            unterlagen: vec![],
        });
    }
    if risiko.faktoren.iter().any(|f| f.code == "energiesperre") {
        s.push(NaechsterSchritt {
            wann: Wann::Heute,
            text: "Rufen Sie Ihren Energieversorger an und bitten Sie um Ratenzahlung. Fragen Sie auch das Jobcenter nach einer Übernahme der Energieschulden.".into(),
            warum: "Eine angekündigte Sperre kann das Jobcenter als vergleichbare Notlage abwenden.".into(),
            norm: Some("§ 22 Abs. 8 SGB II"),
            unterlagen: vec!["Sperrandrohung", "letzte Jahresabrechnung"],
        });
    }

    if let Some(b) = leistungen {
        let was = match b.regime {
            Regime::WohngeldKinderzuschlag => {
                let mut teile = Vec::new();
                if b.betraege.wohngeld.0 > 0 {
                    teile.push("Wohngeld");
                }
                if b.betraege.kinderzuschlag.0 > 0 {
                    teile.push("Kinderzuschlag (bei der Familienkasse)");
                }
                teile.join(" und ")
            }
            Regime::Sgb2 => "Bürgergeld (Grundsicherungsgeld) beim Jobcenter".to_string(),
            Regime::Sgb12 => "Sozialhilfe beim Sozialamt".to_string(),
            Regime::Keines => String::new(),
        };
        if !was.is_empty() {
            s.push(NaechsterSchritt {
                wann: Wann::DieseWoche,
                text: format!("Beantragen Sie {was}. Die Beratungsstelle sagt Ihnen, wo genau."),
                warum: "Leistungen gibt es erst ab dem Monat des Antrags. Mehr Geld im Monat macht die Miete wieder tragbar.".into(),
                norm: Some(match b.regime {
                    Regime::WohngeldKinderzuschlag => "§§ 22, 25 WoGG; § 9 BKGG",
                    Regime::Sgb2 => "§ 37 SGB II",
                    _ => "§ 44 SGB XII",
                }),
                unterlagen: vec!["Personalausweis", "Mietvertrag", "Einkommensnachweise", "Kontoauszüge"],
            });
        }
    }
    s.sort_by_key(|x| x.wann);
    s
}

//! Plain-German sentences for results of the rules. Kept out of the UI so that
//! the wording is tested natively and the UI stays a thin view.

use crate::rules::datum::Monat;
use crate::rules::params::RechtsstandFehler;
use crate::rules::zahlungsverzug::{
    FristlosGrund, OrdentlichEinschaetzung, Schwellenstand, Verzugsergebnis, Verzugsfehler,
};

/// How urgent a result is; the UI shows it as a word and an icon, never by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dringlichkeit {
    Hoch,
    Mittel,
    Niedrig,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verzugserklaerung {
    pub dringlichkeit: Dringlichkeit,
    /// One sentence that answers the question.
    pub antwort: String,
    /// Two or three sentences that say why, with the norm.
    pub begruendung: Vec<String>,
    pub ordentlich: String,
    pub normen: Vec<&'static str>,
}

fn zehntel_deutsch(zehntel: i64) -> String {
    if zehntel % 10 == 0 {
        format!("{}", zehntel / 10)
    } else {
        format!("{},{}", zehntel / 10, zehntel % 10)
    }
}

pub fn verzug(r: &Verzugsergebnis) -> Verzugserklaerung {
    let rueckstand = r.rueckstand.deutsch();
    let grenze_a = r.grenze_zwei_termine.deutsch();
    let grenze_b = r.grenze_zeitraum.deutsch();
    let monatsmieten = zehntel_deutsch(r.monatsmieten_zehntel());
    let grenzen = format!(
        "Die Grenze: mehr als eine Monatsmiete ({grenze_a}) aus zwei Monaten hintereinander oder zwei Monatsmieten ({grenze_b}) über einen längeren Zeitraum."
    );

    let (dringlichkeit, antwort, begruendung) = match (r.fristlos, r.fristlos_grund) {
        (Schwellenstand::Erreicht, Some(FristlosGrund::Zeitraum)) => (
            Dringlichkeit::Hoch,
            "Ja. Ihr Vermieter darf Ihnen wahrscheinlich schon fristlos kündigen.".to_string(),
            vec![format!(
                "Es fehlen insgesamt {rueckstand}, das sind {monatsmieten} Monatsmieten. Ab zwei Monatsmieten Rückstand ist eine fristlose Kündigung erlaubt ({}).",
                r.norm_fristlos
            )],
        ),
        (Schwellenstand::Erreicht, _) => (
            Dringlichkeit::Hoch,
            "Ja. Ihr Vermieter darf Ihnen wahrscheinlich schon fristlos kündigen.".to_string(),
            vec![format!(
                "Aus zwei Monaten hintereinander fehlt mehr als eine Monatsmiete ({grenze_a}). Dann ist eine fristlose Kündigung erlaubt ({}).",
                r.norm_fristlos
            )],
        ),
        (Schwellenstand::WahrscheinlichErreicht, _) => (
            Dringlichkeit::Hoch,
            "Wahrscheinlich ja. Ihr Vermieter darf Ihnen vermutlich schon fristlos kündigen.".to_string(),
            vec![
                format!("Es fehlen {rueckstand}, mehr als eine Monatsmiete ({grenze_a})."),
                format!(
                    "Das reicht, wenn der Rückstand aus zwei Monaten hintereinander stammt. Haben Sie bei Zahlungen nicht gesagt, für welchen Monat sie sind, zählen sie für die ältesten Schulden ({}; § 366 Abs. 2 BGB).",
                    r.norm_fristlos
                ),
            ],
        ),
        (Schwellenstand::NichtErreicht, _) if r.rueckstand.0 == 0 => (
            Dringlichkeit::Niedrig,
            "Nein. Ohne Mietrückstand ist keine Kündigung wegen Zahlungsverzugs möglich.".to_string(),
            vec![grenzen],
        ),
        (Schwellenstand::NichtErreicht, _) => (
            Dringlichkeit::Mittel,
            "Noch nicht. Für eine fristlose Kündigung ist der Rückstand noch zu klein.".to_string(),
            vec![
                format!(
                    "Es fehlen {rueckstand}. Kommen weitere {} Rückstand dazu, ist die Grenze erreicht.",
                    r.fehlbetrag_fristlos.deutsch()
                ),
                format!("{grenzen} ({})", r.norm_fristlos),
            ],
        ),
    };

    let ordentlich = match r.ordentlich {
        OrdentlichEinschaetzung::Wahrscheinlich => format!(
            "Auch eine ordentliche Kündigung (mit Kündigungsfrist) ist wahrscheinlich schon möglich: Es fehlt mindestens eine Monatsmiete, und das seit mehr als einem Monat ({}). Wichtig: Eine ordentliche Kündigung wird durch spätere Zahlung nicht unwirksam.",
            r.norm_ordentlich
        ),
        OrdentlichEinschaetzung::ImEinzelfall => format!(
            "Eine ordentliche Kündigung (mit Kündigungsfrist) ist im Einzelfall möglich. Gerichte entscheiden das je nach Fall ({}).",
            r.norm_ordentlich
        ),
        OrdentlichEinschaetzung::Nein if r.rueckstand.0 == 0 => {
            "Auch eine ordentliche Kündigung wegen Zahlungsverzugs kommt dann nicht in Frage.".to_string()
        }
        OrdentlichEinschaetzung::Nein => format!(
            "Eine ordentliche Kündigung (mit Kündigungsfrist) ist nach der Rechtsprechung noch nicht zu erwarten: Es fehlt höchstens eine Monatsmiete und noch nicht länger als einen Monat ({}).",
            r.norm_ordentlich
        ),
    };

    Verzugserklaerung {
        dringlichkeit,
        antwort,
        begruendung,
        ordentlich,
        normen: vec![r.norm_fristlos, r.norm_ordentlich],
    }
}

pub fn verzugsfehler(f: &Verzugsfehler) -> String {
    match f {
        Verzugsfehler::Rechtsstand(RechtsstandFehler::NochNichtBekannt { bekannt_bis, .. }) => format!(
            "Für die Zeit nach dem {} kennt dieser Check das Recht noch nicht. Bitte lassen Sie sich beraten.",
            bekannt_bis.deutsch()
        ),
        Verzugsfehler::Rechtsstand(RechtsstandFehler::VorBeginn { erster_tag, .. }) => format!(
            "Dieser Check kennt das Recht erst ab dem {}.",
            erster_tag.deutsch()
        ),
        Verzugsfehler::MieteFehlt => "Bitte tragen Sie Ihre Miete ein.".into(),
        Verzugsfehler::MonatNochNichtFaellig(m) => {
            format!("Die Miete für {} ist noch nicht fällig.", m.name_deutsch())
        }
        Verzugsfehler::MehrAlsMonatsmiete(m) => format!(
            "Für {} ist mehr als eine Monatsmiete eingetragen. Bitte nur die fehlende Miete dieses Monats eintragen.",
            m.name_deutsch()
        ),
        Verzugsfehler::SummeZuHoch { hoechstens } => format!(
            "Seit diesem Monat waren höchstens {} Miete fällig. Bitte prüfen Sie Betrag und Monat.",
            hoechstens.deutsch()
        ),
        Verzugsfehler::NegativerBetrag => "Beträge können nicht negativ sein.".into(),
    }
}

/// "November 2026" for the month list of the form.
pub fn monatsname(m: Monat) -> String {
    m.name_deutsch()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::Datum;
    use crate::rules::geld::Cent;
    use crate::rules::zahlungsverzug::{pruefe_verzug, Rueckstandsangabe, Verzugseingabe};

    fn erklaere(miete: i64, monate: &[(u8, i64)]) -> Verzugserklaerung {
        let e = Verzugseingabe {
            monatsmiete: Cent(miete),
            rueckstand: Rueckstandsangabe::ProMonat(
                monate.iter().map(|&(m, c)| (Monat { jahr: 2026, monat: m }, Cent(c))).collect(),
            ),
        };
        verzug(&pruefe_verzug(&e, Datum::ymd(2026, 11, 25)).unwrap())
    }

    #[test]
    fn reached_threshold_is_urgent_and_names_the_norm() {
        let e = erklaere(85_000, &[(10, 85_000), (11, 85_000)]);
        assert_eq!(e.dringlichkeit, Dringlichkeit::Hoch);
        assert!(e.antwort.starts_with("Ja."));
        assert!(e.begruendung[0].contains("§ 543 Abs. 2 Satz 1 Nr. 3 Buchst. a"), "{:?}", e.begruendung);
        assert!(e.ordentlich.contains("nicht unwirksam"));
    }

    #[test]
    fn below_threshold_says_how_far() {
        let e = erklaere(85_000, &[(11, 30_000)]);
        assert_eq!(e.dringlichkeit, Dringlichkeit::Mittel);
        assert!(e.begruendung[0].contains("550,01\u{a0}€"), "{:?}", e.begruendung);
        assert!(e.begruendung[1].contains("1.700\u{a0}€"));
    }

    #[test]
    fn no_arrears_is_calm() {
        let e = erklaere(85_000, &[]);
        assert_eq!(e.dringlichkeit, Dringlichkeit::Niedrig);
        assert!(e.antwort.starts_with("Nein."));
    }
}

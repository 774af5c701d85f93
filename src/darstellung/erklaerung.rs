//! Plain-German sentences for results of the rules. Kept out of the UI so that
//! the wording is tested natively and the UI stays a thin view.

use crate::sprachen::{fuellen, Texte};
use crate::rules::zahlungsverzug::{
    FristlosGrund, OrdentlichEinschaetzung, Schwellenstand, Verzugsergebnis,
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

fn zehntel(t: &Texte, zehntel: i64) -> String {
    if zehntel % 10 == 0 {
        format!("{}", zehntel / 10)
    } else {
        format!("{}{}{}", zehntel / 10, t.format_dezimal, zehntel % 10)
    }
}

pub fn verzug(r: &Verzugsergebnis, t: &Texte) -> Verzugserklaerung {
    let betrag = |c| crate::sprachen::betrag(t, c);
    let rueckstand = betrag(r.rueckstand);
    let grenze_a = betrag(r.grenze_zwei_termine);
    let grenze_b = betrag(r.grenze_zeitraum);
    let monatsmieten = zehntel(t, r.monatsmieten_zehntel());
    let fehlbetrag = betrag(r.fehlbetrag_fristlos);
    let norm_fristlos = crate::sprachen::ltr(t, r.norm_fristlos);
    let norm_ordentlich = crate::sprachen::ltr(t, r.norm_ordentlich);
    let werte: [(&str, &str); 7] = [
        ("rueckstand", &rueckstand),
        ("grenze_a", &grenze_a),
        ("grenze_b", &grenze_b),
        ("monatsmieten", &monatsmieten),
        ("fehlbetrag", &fehlbetrag),
        ("norm", &norm_fristlos),
        ("leer", ""),
    ];
    let f = |text: &str| fuellen(text, &werte);

    let (dringlichkeit, antwort, begruendung) = match (r.fristlos, r.fristlos_grund) {
        (Schwellenstand::Erreicht, Some(FristlosGrund::Zeitraum)) => {
            (Dringlichkeit::Hoch, f(t.verzug_ja_zeitraum), vec![f(t.verzug_ja_zeitraum_grund)])
        }
        (Schwellenstand::Erreicht, _) => (Dringlichkeit::Hoch, f(t.verzug_ja_zwei_termine), vec![f(t.verzug_ja_zwei_termine_grund)]),
        (Schwellenstand::WahrscheinlichErreicht, _) => (
            Dringlichkeit::Hoch,
            f(t.verzug_wahrscheinlich),
            vec![f(t.verzug_wahrscheinlich_grund_1), f(t.verzug_wahrscheinlich_grund_2)],
        ),
        (Schwellenstand::NichtErreicht, _) if r.rueckstand.0 == 0 => (Dringlichkeit::Niedrig, f(t.verzug_nein), vec![f(t.verzug_grenzen)]),
        (Schwellenstand::NichtErreicht, _) => (
            Dringlichkeit::Mittel,
            f(t.verzug_noch_nicht),
            vec![f(t.verzug_noch_nicht_grund), format!("{} ({norm_fristlos})", f(t.verzug_grenzen))],
        ),
    };

    let ordentlich_norm = [("norm", norm_ordentlich.as_str())];
    let ordentlich = match r.ordentlich {
        OrdentlichEinschaetzung::Wahrscheinlich => fuellen(t.verzug_ordentlich_wahrscheinlich, &ordentlich_norm),
        OrdentlichEinschaetzung::ImEinzelfall => fuellen(t.verzug_ordentlich_einzelfall, &ordentlich_norm),
        OrdentlichEinschaetzung::Nein if r.rueckstand.0 == 0 => t.verzug_ordentlich_kein_verzug.to_string(),
        OrdentlichEinschaetzung::Nein => fuellen(t.verzug_ordentlich_nein, &ordentlich_norm),
    };

    Verzugserklaerung { dringlichkeit, antwort, begruendung, ordentlich, normen: vec![r.norm_fristlos, r.norm_ordentlich] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::datum::{Datum, Monat};
    use crate::rules::geld::Cent;
    use crate::rules::zahlungsverzug::{pruefe_verzug, Rueckstandsangabe, Verzugseingabe};

    fn erklaere(miete: i64, monate: &[(u8, i64)]) -> Verzugserklaerung {
        let e = Verzugseingabe {
            monatsmiete: Cent(miete),
            rueckstand: Rueckstandsangabe::ProMonat(
                monate.iter().map(|&(m, c)| (Monat { jahr: 2026, monat: m }, Cent(c))).collect(),
            ),
        };
        verzug(&pruefe_verzug(&e, Datum::ymd(2026, 11, 25)).unwrap(), crate::sprachen::sprache("de").texte())
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

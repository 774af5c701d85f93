//! Every typed answer read once, at the border between what people type and what the rules
//! see: a value, or why it cannot be read. The situation for the rules, the message next to a
//! field, the list of answers the check could not use and the answers on the result page all
//! take their values from here; nothing after this reads text again.

use crate::eingabe::antworten::{
    Antworten, Feld, HOECHSTBETRAG_MONAT_EURO, HOECHSTBETRAG_RUECKSTAND_EURO, HOECHSTBETRAG_VERMOEGEN_EURO, MIETE_HOECHSTENS_EURO,
};
use crate::eingabe::lesen::{self, Eingabefehler};
use crate::rules::datum::{Datum, Monat};
use crate::rules::geld::Cent;
use crate::rules::haushalt::VOLLJAEHRIG;

/// What a text input holds: it decides how it is read and the keyboard shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Art {
    Betrag { hoechstens_euro: i64 },
    /// An amount that cannot exceed one month's rent and heating.
    MonatsRueckstand,
    Datum,
    Monat,
    Alter,
    /// The age of a child: under 18, or it is no child in this question.
    KindAlter,
}

impl Art {
    pub fn inputmode(self) -> &'static str {
        match self {
            Art::Betrag { .. } | Art::MonatsRueckstand => "decimal",
            Art::Alter | Art::KindAlter => "numeric",
            Art::Datum | Art::Monat => "text",
        }
    }

    pub fn in_euro(self) -> bool {
        matches!(self, Art::Betrag { .. } | Art::MonatsRueckstand)
    }
}

/// A monthly income or maintenance.
pub const MONAT: Art = Art::Betrag { hoechstens_euro: HOECHSTBETRAG_MONAT_EURO };
/// Rent or heating per month.
pub const MIETE: Art = Art::Betrag { hoechstens_euro: MIETE_HOECHSTENS_EURO };

impl Feld {
    /// How the typed answer is read; `None` for a choice or a tick box.
    pub fn art(self) -> Option<Art> {
        match self {
            Feld::Alter(_) => Some(Art::Alter),
            Feld::KindAlter(_) => Some(Art::KindAlter),
            Feld::Lohn(_) | Feld::Rente(_) | Feld::Arbeitslosengeld(_) | Feld::Sonstiges(_) | Feld::Unterhalt(_) => Some(MONAT),
            Feld::Kaltmiete | Feld::Heizkosten => Some(MIETE),
            Feld::Vermoegen => Some(Art::Betrag { hoechstens_euro: HOECHSTBETRAG_VERMOEGEN_EURO }),
            Feld::Rueckstand => Some(Art::Betrag { hoechstens_euro: HOECHSTBETRAG_RUECKSTAND_EURO }),
            Feld::RueckstandSeit => Some(Art::Monat),
            Feld::RueckstandMonat(_) => Some(Art::MonatsRueckstand),
            Feld::KuendigungAm | Feld::KlageAm | Feld::RaeumungsfristBis | Feld::RaeumungsterminAm => Some(Art::Datum),
            _ => None,
        }
    }

    /// Every typed answer the answers hold, adults, children and months included. Plain
    /// loops, not an iterator chain: every adapter would be downloaded by the widget.
    fn textfelder(a: &Antworten) -> Vec<Feld> {
        let mut felder = Vec::new();
        for i in 0..a.erwachsene.len() {
            felder.extend([Feld::Alter(i), Feld::Lohn(i), Feld::Rente(i), Feld::Arbeitslosengeld(i), Feld::Sonstiges(i)]);
        }
        for i in 0..a.kinder.len() {
            felder.extend([Feld::KindAlter(i), Feld::Unterhalt(i)]);
        }
        felder.extend([
            Feld::Kaltmiete,
            Feld::Heizkosten,
            Feld::Vermoegen,
            Feld::Rueckstand,
            Feld::RueckstandSeit,
            Feld::KuendigungAm,
            Feld::KlageAm,
            Feld::RaeumungsfristBis,
            Feld::RaeumungsterminAm,
        ]);
        felder.extend((0..a.rueckstand_monate.len()).map(Feld::RueckstandMonat));
        felder
    }
}

/// A typed answer, read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wert {
    Betrag(Cent),
    Datum(Datum),
    Monat(Monat),
    Alter(u8),
}

/// The typed answers that are not empty, each read or with its error.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gelesen {
    felder: Vec<(Feld, Result<Wert, Eingabefehler>)>,
}

impl Gelesen {
    pub fn aus(a: &Antworten) -> Gelesen {
        let mut g = Gelesen::default();
        for f in Feld::textfelder(a) {
            let text = a.wert(f);
            if let (Some(art), false) = (f.art(), text.trim().is_empty()) {
                g.felder.push((f, lies(&text, art)));
            }
        }
        // A month's arrears above that month's rent and heating is a typing slip, not arrears.
        if let Some(kalt) = g.betrag(Feld::Kaltmiete) {
            let miete = kalt + g.betrag(Feld::Heizkosten).unwrap_or_default();
            for (f, w) in &mut g.felder {
                if matches!((f, &w), (Feld::RueckstandMonat(_), Ok(Wert::Betrag(c))) if *c > miete) {
                    *w = Err(Eingabefehler::MehrAlsMiete);
                }
            }
        }
        g
    }

    /// The value read; `None` when the answer is empty or cannot be read.
    pub fn wert(&self, f: Feld) -> Option<Wert> {
        self.felder.iter().find(|(g, _)| *g == f).and_then(|(_, w)| w.ok())
    }

    pub fn betrag(&self, f: Feld) -> Option<Cent> {
        match self.wert(f)? {
            Wert::Betrag(c) => Some(c),
            _ => None,
        }
    }

    pub fn datum(&self, f: Feld) -> Option<Datum> {
        match self.wert(f)? {
            Wert::Datum(d) => Some(d),
            _ => None,
        }
    }

    pub fn monat(&self, f: Feld) -> Option<Monat> {
        match self.wert(f)? {
            Wert::Monat(m) => Some(m),
            _ => None,
        }
    }

    pub fn alter(&self, f: Feld) -> Option<u8> {
        match self.wert(f)? {
            Wert::Alter(a) => Some(a),
            _ => None,
        }
    }

    /// Why a typed answer cannot be used; `None` when it is empty or read.
    pub fn fehler(&self, f: Feld) -> Option<Eingabefehler> {
        self.felder.iter().find(|(g, _)| *g == f).and_then(|(_, w)| w.err())
    }

    /// Typed and read, or typed and unreadable: anything but empty.
    pub fn gegeben(&self, f: Feld) -> bool {
        self.felder.iter().any(|(g, _)| *g == f)
    }
}

fn lies(text: &str, art: Art) -> Result<Wert, Eingabefehler> {
    match art {
        Art::Betrag { hoechstens_euro } => lesen::betrag(text, hoechstens_euro).map(Wert::Betrag),
        Art::MonatsRueckstand => lesen::betrag(text, MIETE_HOECHSTENS_EURO).map(Wert::Betrag),
        Art::Datum => lesen::datum(text).map(Wert::Datum),
        Art::Monat => lesen::monat(text).map(Wert::Monat),
        Art::Alter => lesen::alter(text).map(Wert::Alter),
        Art::KindAlter => match lesen::alter(text)? {
            a if a >= VOLLJAEHRIG => Err(Eingabefehler::Volljaehrig),
            a => Ok(Wert::Alter(a)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_typed_answer_read_once_with_its_error() {
        let mut a = Antworten::default();
        a.erwachsene[0].alter = "34".into();
        a.erwachsene[0].lohn = "1.200,50".into();
        a.erwachsene[0].rente = "viel".into();
        a.kinder.push(Default::default());
        a.kinder[0].alter = "19".into();
        a.kaltmiete = "600".into();
        a.heizkosten = "80".into();
        a.rueckstand_monate[0] = "700".into();
        a.rueckstand_monate[1] = "500".into();
        a.rueckstand_seit = "Februar 2026".into();
        a.klage_am = "3.2.26".into();
        let g = Gelesen::aus(&a);
        assert_eq!(g.alter(Feld::Alter(0)), Some(34));
        assert_eq!(g.betrag(Feld::Lohn(0)), Some(Cent(120_050)));
        assert_eq!(g.fehler(Feld::Rente(0)), Some(Eingabefehler::KeineZahl));
        assert_eq!(g.betrag(Feld::Rente(0)), None);
        assert_eq!(g.fehler(Feld::KindAlter(0)), Some(Eingabefehler::Volljaehrig));
        assert_eq!(g.fehler(Feld::RueckstandMonat(0)), Some(Eingabefehler::MehrAlsMiete), "700 € of a 680 € month");
        assert_eq!(g.betrag(Feld::RueckstandMonat(1)), Some(Cent::euro(500)));
        assert_eq!(g.monat(Feld::RueckstandSeit), Some(Monat { jahr: 2026, monat: 2 }));
        assert_eq!(g.datum(Feld::KlageAm), Some(Datum::ymd(2026, 2, 3)));
        // Empty is not an error: every question may stay open.
        assert!(!g.gegeben(Feld::Vermoegen) && g.fehler(Feld::Vermoegen).is_none());
    }
}

//! "Can my landlord already terminate without notice?" – the thresholds of
//! § 543 Abs. 2 Satz 1 Nr. 3, § 569 Abs. 3 Nr. 1 BGB and the BGH line on the
//! ordentliche Kündigung (§ 573 Abs. 2 Nr. 1 BGB).

use crate::rules::datum::{Datum, Monat};
use crate::rules::geld::Cent;
use crate::rules::kalender::letzter_faelliger_monat;
use crate::rules::params::{id, RechtsstandFehler};

/// What the tenant knows about the unpaid rent.
#[derive(Clone, Debug, PartialEq)]
pub enum Rueckstandsangabe {
    /// The unpaid part of each month's rent. Months that are not listed were paid in full.
    ProMonat(Vec<(Monat, Cent)>),
    /// Only the total and the first month that was not paid in full.
    Summe { betrag: Cent, seit: Monat },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verzugseingabe {
    /// Bruttowarmmiete: everything paid to the landlord each month, advances for
    /// operating and heating costs included (that is the "Miete" of § 543).
    pub monatsmiete: Cent,
    pub rueckstand: Rueckstandsangabe,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schwellenstand {
    Erreicht,
    /// Reached if the unpaid amounts belong to the latest months, which is what
    /// § 366 Abs. 2 BGB gives when the tenant did not say which month a payment was for.
    WahrscheinlichErreicht,
    NichtErreicht,
}

/// Which of the two alternatives of § 543 Abs. 2 Satz 1 Nr. 3 BGB applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FristlosGrund {
    /// Buchst. a: more than one month's rent from two consecutive due dates.
    ZweiTermine,
    /// Buchst. b: two months' rent over more than two due dates.
    Zeitraum,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrdentlichEinschaetzung {
    /// At least one month's rent for at least a month: usually enough (BGH).
    Wahrscheinlich,
    /// Less, or not yet for a month: courts decide case by case.
    ImEinzelfall,
    /// No arrears, or at most one month's rent for less than a month.
    Nein,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verzugsergebnis {
    pub rueckstand: Cent,
    pub monatsmiete: Cent,
    /// The latest month whose rent was overdue on the assessment date.
    pub letzter_faelliger_monat: Monat,
    pub fristlos: Schwellenstand,
    pub fristlos_grund: Option<FristlosGrund>,
    /// Further unpaid rent that would reach the threshold; zero once it is reached.
    pub fehlbetrag_fristlos: Cent,
    /// More than this from two consecutive due dates allows termination …
    pub grenze_zwei_termine: Cent,
    /// … and so does reaching this over more than two due dates.
    pub grenze_zeitraum: Cent,
    pub ordentlich: OrdentlichEinschaetzung,
    /// Months since the oldest unpaid due date (0: the latest due date only).
    pub verzugsdauer_monate: i32,
    pub norm_fristlos: &'static str,
    pub norm_ordentlich: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Verzugsfehler {
    Rechtsstand(RechtsstandFehler),
    /// The rent must be a positive amount.
    MieteFehlt,
    /// An amount for a month whose rent was not yet due on the assessment date.
    MonatNochNichtFaellig(Monat),
    /// A month's unpaid part exceeds the month's rent.
    MehrAlsMonatsmiete(Monat),
    /// The total exceeds all rent that fell due since the given month.
    SummeZuHoch { hoechstens: Cent },
    NegativerBetrag,
}

impl From<RechtsstandFehler> for Verzugsfehler {
    fn from(e: RechtsstandFehler) -> Self {
        Verzugsfehler::Rechtsstand(e)
    }
}

/// The thresholds in euros for the monthly rent, as the statute and the BGH state them in
/// months' rents.
struct Grenzen {
    /// More than this from two consecutive due dates (§ 543 Abs. 2 Satz 1 Nr. 3 Buchst. a BGB).
    zwei_termine: Cent,
    /// At least this over more than two due dates (Buchst. b).
    zeitraum: Cent,
    /// The ordentliche Kündigung: at least this for at least `dauer_ordentlich` months (BGH).
    ordentlich: Cent,
    dauer_ordentlich: i32,
}

/// What the arrears reach, however they were given.
struct Befund {
    rueckstand: Cent,
    fristlos: Schwellenstand,
    grund: Option<FristlosGrund>,
    fehlbetrag: Cent,
    /// Months since the oldest unpaid due date.
    dauer: i32,
}

pub fn pruefe_verzug(eingabe: &Verzugseingabe, heute: Datum) -> Result<Verzugsergebnis, Verzugsfehler> {
    let miete = eingabe.monatsmiete;
    if miete <= Cent::NULL {
        return Err(Verzugsfehler::MieteFehlt);
    }
    let faktor_a = id::MIETRECHT_FRISTLOS_ZWEI_TERMINE_MONATSMIETEN.zahl(heute)?.f;
    let faktor_b = id::MIETRECHT_FRISTLOS_ZEITRAUM_MONATSMIETEN.zahl(heute)?.f;
    let faktor_ordentlich = id::MIETRECHT_ORDENTLICH_MINDESTRUECKSTAND_MONATSMIETEN.zahl(heute)?.f;
    let grenzen = Grenzen {
        zwei_termine: miete.mal(faktor_a),
        zeitraum: miete.mal(faktor_b),
        ordentlich: miete.mal(faktor_ordentlich),
        dauer_ordentlich: id::MIETRECHT_ORDENTLICH_MINDESTDAUER_MONATE.zahl(heute)?.f as i32,
    };
    let letzter = letzter_faelliger_monat(heute)?;
    let befund = match &eingabe.rueckstand {
        Rueckstandsangabe::ProMonat(monate) => pro_monat(monate, miete, letzter, &grenzen)?,
        Rueckstandsangabe::Summe { betrag, seit } => summe(*betrag, *seit, miete, letzter, &grenzen)?,
    };
    Ok(Verzugsergebnis {
        rueckstand: befund.rueckstand,
        monatsmiete: miete,
        letzter_faelliger_monat: letzter,
        fristlos: befund.fristlos,
        fristlos_grund: befund.grund,
        fehlbetrag_fristlos: befund.fehlbetrag,
        grenze_zwei_termine: grenzen.zwei_termine,
        grenze_zeitraum: grenzen.zeitraum,
        ordentlich: ordentlich(befund.rueckstand, befund.dauer, &grenzen),
        verzugsdauer_monate: befund.dauer,
        norm_fristlos: match befund.grund {
            Some(FristlosGrund::Zeitraum) => id::MIETRECHT_FRISTLOS_ZEITRAUM_MONATSMIETEN.norm(),
            _ => id::MIETRECHT_FRISTLOS_ZWEI_TERMINE_MONATSMIETEN.norm(),
        },
        norm_ordentlich: id::MIETRECHT_ORDENTLICH_MINDESTRUECKSTAND_MONATSMIETEN.norm(),
    })
}

/// The unpaid part of each month is known: both alternatives can be checked exactly.
fn pro_monat(monate: &[(Monat, Cent)], miete: Cent, letzter: Monat, g: &Grenzen) -> Result<Befund, Verzugsfehler> {
    let mut offen: Vec<(Monat, Cent)> = Vec::with_capacity(monate.len());
    for &(monat, betrag) in monate {
        if betrag < Cent::NULL {
            return Err(Verzugsfehler::NegativerBetrag);
        }
        if monat > letzter {
            return Err(Verzugsfehler::MonatNochNichtFaellig(monat));
        }
        if betrag > miete {
            return Err(Verzugsfehler::MehrAlsMonatsmiete(monat));
        }
        if betrag > Cent::NULL {
            match offen.iter_mut().find(|(m, _)| *m == monat) {
                Some((_, b)) => *b += betrag,
                None => offen.push((monat, betrag)),
            }
        }
    }
    super::ordnen::nach(&mut offen, |(m, _)| *m);
    let unbezahlt = |m: Monat| offen.iter().find(|(x, _)| *x == m).map(|(_, b)| *b).unwrap_or_default();
    let summe: Cent = offen.iter().map(|(_, b)| *b).sum();
    let groesstes_paar = offen
        .iter()
        .map(|&(m, b)| b + unbezahlt(m.plus(1)))
        .max()
        .unwrap_or_default();
    let dauer = offen.first().map(|(m, _)| m.monate_bis(letzter)).unwrap_or(0);
    let a = groesstes_paar > g.zwei_termine;
    // The period must span more than two due dates: from the oldest unpaid month to the latest due one.
    let b = summe >= g.zeitraum && dauer >= 2;
    let (stand, grund) = match (a, b) {
        (_, true) => (Schwellenstand::Erreicht, Some(FristlosGrund::Zeitraum)),
        (true, false) => (Schwellenstand::Erreicht, Some(FristlosGrund::ZweiTermine)),
        _ => (Schwellenstand::NichtErreicht, None),
    };
    let fehlbetrag = if stand == Schwellenstand::NichtErreicht {
        // Further arrears arise from the next due date on, so they pair with the latest month.
        let bis_a = g.zwei_termine + Cent(1) - unbezahlt(letzter);
        let bis_b = g.zeitraum - summe;
        bis_a.min(bis_b)
    } else {
        Cent::NULL
    };
    Ok(Befund { rueckstand: summe, fristlos: stand, grund, fehlbetrag, dauer })
}

/// Only the total and the first month not paid in full are known: alternative a is only
/// probable unless the arrears span exactly two due dates.
fn summe(betrag: Cent, seit: Monat, miete: Cent, letzter: Monat, g: &Grenzen) -> Result<Befund, Verzugsfehler> {
    if betrag < Cent::NULL {
        return Err(Verzugsfehler::NegativerBetrag);
    }
    if seit > letzter {
        return Err(Verzugsfehler::MonatNochNichtFaellig(seit));
    }
    let termine = seit.monate_bis(letzter) + 1;
    let hoechstens = Cent(miete.0.saturating_mul(termine as i64));
    if betrag > hoechstens {
        return Err(Verzugsfehler::SummeZuHoch { hoechstens });
    }
    let dauer = if betrag > Cent::NULL { termine - 1 } else { 0 };
    let (stand, grund) = if betrag >= g.zeitraum && termine > 2 {
        (Schwellenstand::Erreicht, Some(FristlosGrund::Zeitraum))
    } else if betrag > g.zwei_termine && termine == 2 {
        // Both months hold the arrears, whichever way payments were applied.
        (Schwellenstand::Erreicht, Some(FristlosGrund::ZweiTermine))
    } else if betrag > g.zwei_termine {
        (Schwellenstand::WahrscheinlichErreicht, Some(FristlosGrund::ZweiTermine))
    } else {
        (Schwellenstand::NichtErreicht, None)
    };
    let fehlbetrag = match stand {
        Schwellenstand::NichtErreicht => (g.zwei_termine + Cent(1) - betrag).min(g.zeitraum - betrag),
        _ => Cent::NULL,
    };
    Ok(Befund { rueckstand: betrag, fristlos: stand, grund, fehlbetrag, dauer })
}

/// The ordentliche Kündigung (§ 573 Abs. 2 Nr. 1 BGB): usually enough from one month's rent
/// owed for a month (BGH VIII ZR 107/12), case by case in between.
fn ordentlich(rueckstand: Cent, dauer: i32, g: &Grenzen) -> OrdentlichEinschaetzung {
    if rueckstand == Cent::NULL {
        OrdentlichEinschaetzung::Nein
    } else if rueckstand >= g.ordentlich && dauer >= g.dauer_ordentlich {
        OrdentlichEinschaetzung::Wahrscheinlich
    } else if rueckstand <= g.ordentlich && dauer < g.dauer_ordentlich {
        OrdentlichEinschaetzung::Nein
    } else {
        OrdentlichEinschaetzung::ImEinzelfall
    }
}

impl Verzugsergebnis {
    /// Arrears as a multiple of the monthly rent, in tenths (15 = 1,5 Monatsmieten).
    pub fn monatsmieten_zehntel(&self) -> i64 {
        (self.rueckstand.0 * 10 + self.monatsmiete.0 / 2) / self.monatsmiete.0
    }
}

//! The one seam between the answers and the law: a typed [`Situation`] and a date in, the
//! whole [`Beurteilung`] out (risk with reasons, deadlines, next steps, benefits as ranges
//! with their why-steps, who can take over the debts, the state of the law per area).
//!
//! The widget (`ui`, through `eingabe::situation`) and the command line (`vertrag`) only translate their input
//! into a `Situation` and the result into a screen or JSON; the tests call `beurteile` too.
//! May use `rules` and `region`; never the words of a language or anything of the web.

use crate::region::{Gemeinde, Region};
use crate::rules::datum::Datum;
use crate::rules::fristen::{fristen, Frist, Stadium};
use crate::rules::geld::Cent;
use crate::rules::haushalt::Haushalt;
use crate::rules::leistungen::{bewerte, Betraege, Bewertung, Regime, Traeger};
use crate::rules::naechste_schritte::{naechste_schritte, Beratung, NaechsterSchritt, Umstaende};
use crate::rules::params::{rechtslagen, rechtsstand, GebietStand, RechtsstandFehler, Stichtag};
use crate::rules::risiko::{bewerte_risiko, Lage, Risiko};
use crate::rules::zahlungsverzug::{pruefe_verzug, Verzugseingabe, Verzugsergebnis};

/// Everything the rules need to know, already read and checked.
#[derive(Clone, Debug)]
pub struct Situation {
    pub region: &'static Region,
    /// The household as far as it is known; `None` while no rent is known (no benefit estimate).
    pub haushalt: Option<Haushalt>,
    /// The municipality from the region data: its Mietstufe can differ under a pending bill.
    /// Without one the household's own `mietstufe` is used.
    pub gemeinde: Option<&'static Gemeinde>,
    /// The tenancy: arrears, letters, proceedings, shocks.
    pub lage: Lage,
    /// The arrears month by month, for the question whether a fristlose Kündigung is possible yet.
    pub verzug: Option<Verzugseingabe>,
    pub offen: Offen,
}

/// What the answers left open; each widens the benefit ranges.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Offen {
    /// Income varies from month to month: ±10 %.
    pub einkommen_schwankt: bool,
    /// The municipality is unknown: the lowest and the highest Mietstufe of the region.
    pub gemeinde: bool,
    /// The heating costs are unknown: a low and a typical amount per person.
    pub heizkosten: bool,
    /// An income was typed but could not be read: it is left out, and the range also spans
    /// a household with some income ([`EINKOMMEN_UNLESBAR`]), as for "don't know".
    pub einkommen_unlesbar: bool,
}

/// Monthly income tried for an income that could not be read: none, a small and a moderate one.
/// Not law: only the width of the range, so that a guess never looks like a figure.
pub const EINKOMMEN_UNLESBAR: [i64; 3] = [0, 500, 1500];

/// A benefit as a range of whole euros, widened by what the answers or the law leave open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spanne {
    pub von: i64,
    pub bis: i64,
}

impl Spanne {
    pub fn ist_null(&self) -> bool {
        self.bis == 0
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeistungsSpannen {
    pub wohngeld: Spanne,
    pub buergergeld: Spanne,
    pub sozialhilfe: Spanne,
    pub kinderzuschlag: Spanne,
    pub kindergeld: Spanne,
}

/// The amounts under one law scenario (the law as it stands, or with pending bills), for
/// the household as answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Rechtsszenario {
    pub stichtag: Stichtag,
    pub regime: Regime,
    pub betraege: Betraege,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Beurteilung {
    pub heute: Datum,
    /// Each area of law: verified, provisional (carried forward, bills) or unknown on `heute`.
    pub rechtsstand: Vec<GebietStand>,
    /// How far the proceedings have come.
    pub stadium: Stadium,
    pub risiko: Risiko,
    /// In urgency order: running by date, then undated, then passed.
    pub fristen: Vec<Frist>,
    pub schritte: Vec<NaechsterSchritt>,
    /// The estimate under the law as it stands; `None` without a household or beyond the
    /// horizon of an area the benefits need (then `leistungen_fehlen` says why).
    pub leistungen: Option<Bewertung>,
    pub spannen: Option<LeistungsSpannen>,
    /// One entry per law scenario of the date, the law as it stands first.
    pub szenarien: Vec<Rechtsszenario>,
    pub leistungen_fehlen: Option<RechtsstandFehler>,
    pub verzug: Option<Verzugsergebnis>,
    /// What the answers left open (`gemeinde`, `heizkosten`).
    pub unsicher: Vec<&'static str>,
}

impl Beurteilung {
    /// "Heute zu tun": at most three of the steps (the nearest running deadline, the call to
    /// the counselling office, the application that matters most); empty when there is no risk.
    pub fn heute_zu_tun(&self) -> Vec<&NaechsterSchritt> {
        crate::rules::naechste_schritte::heute_zu_tun(&self.schritte)
    }

    /// The codes of the areas whose figures for the date are not verified law.
    pub fn vorlaeufig(&self) -> Vec<&'static str> {
        self.rechtsstand
            .iter()
            .filter(|s| s.zustand != crate::rules::params::Zustand::Geprueft)
            .map(|s| s.daten().code)
            .collect()
    }
}

/// One combination of the open answers.
#[derive(Clone, Copy, Debug)]
struct Antwortszenario {
    einkommensfaktor: f64,
    /// `Some(i)`: the i-th candidate Mietstufe (lowest, highest) when the municipality is unknown.
    mietstufe_kandidat: Option<usize>,
    heizung_je_person: Option<i64>,
    /// Added to the first adult's other income for an income that could not be read.
    unlesbares_einkommen: i64,
}

/// Heating per person when the answer is missing: none worth mentioning, and a typical amount.
const HEIZUNG_JE_PERSON_UNBEKANNT: [i64; 2] = [30, 60];

fn antwortszenarien(o: Offen) -> Vec<Antwortszenario> {
    let faktoren: &[f64] = if o.einkommen_schwankt { &[1.0, 0.9, 1.1] } else { &[1.0] };
    let stufen: &[Option<usize>] = if o.gemeinde { &[Some(0), Some(1)] } else { &[None] };
    let heizungen: &[Option<i64>] =
        if o.heizkosten { &[Some(HEIZUNG_JE_PERSON_UNBEKANNT[0]), Some(HEIZUNG_JE_PERSON_UNBEKANNT[1])] } else { &[None] };
    let unlesbar: &[i64] = if o.einkommen_unlesbar { &EINKOMMEN_UNLESBAR } else { &[0] };
    let mut alle = Vec::new();
    for &einkommensfaktor in faktoren {
        for &mietstufe_kandidat in stufen {
            for &heizung_je_person in heizungen {
                for &unlesbares_einkommen in unlesbar {
                    alle.push(Antwortszenario { einkommensfaktor, mietstufe_kandidat, heizung_je_person, unlesbares_einkommen });
                }
            }
        }
    }
    alle
}

/// The lowest and highest Mietstufe of the region's municipalities under the scenario's law.
fn mietstufen_der_region(region: &Region, am: Stichtag) -> [Option<u8>; 2] {
    let stufen = region.gemeinden.iter().filter_map(|g| g.mietstufe_am(am));
    [stufen.clone().min(), stufen.max()]
}

/// The household under one law scenario and one combination of the open answers.
fn variante(s: &Situation, basis: &Haushalt, am: Stichtag, a: Antwortszenario) -> Haushalt {
    let mut h = basis.clone();
    if a.einkommensfaktor != 1.0 {
        for m in &mut h.mitglieder {
            m.bruttolohn = m.bruttolohn.map(|c| c.mal(a.einkommensfaktor));
            m.nettolohn = m.nettolohn.map(|c| c.mal(a.einkommensfaktor));
        }
    }
    if a.unlesbares_einkommen > 0 {
        if let Some(m) = h.mitglieder.iter_mut().find(|m| m.ist_erwachsen()) {
            m.sonstiges_einkommen += Cent::euro(a.unlesbares_einkommen);
        }
    }
    if let Some(je_person) = a.heizung_je_person {
        h.heizkosten = Cent::euro(je_person * h.mitglieder.len() as i64);
    }
    if let Some(g) = s.gemeinde {
        h.mietstufe = g.mietstufe_am(am);
    }
    if let Some(i) = a.mietstufe_kandidat {
        // A region without Mietstufen: the middle one, Mietstufe IV.
        h.mietstufe = mietstufen_der_region(s.region, am)[i].or(Some(4));
    }
    h
}

/// Rounds a range outward to tens, so that it never looks more precise than it is.
fn spanne(werte: &[i64]) -> Spanne {
    let min = *werte.iter().min().unwrap_or(&0);
    let max = *werte.iter().max().unwrap_or(&0);
    if min == max {
        // Nothing left open changes it (Kindergeld, say): the exact amount.
        return Spanne { von: min, bis: max };
    }
    Spanne { von: (min / 10) * 10, bis: ((max + 9) / 10) * 10 }
}

/// The benefits under every law scenario and every combination of open answers.
struct Leistungsbild {
    basis: Bewertung,
    spannen: LeistungsSpannen,
    szenarien: Vec<Rechtsszenario>,
}

fn leistungen(s: &Situation, basis_haushalt: &Haushalt, heute: Datum) -> Result<Leistungsbild, RechtsstandFehler> {
    let rueckstand = s.lage.rueckstand.unwrap_or_default();
    let v = &s.lage.verfahren;
    let kuendigung = v.gekuendigt() || v.klage_zugestellt;
    let mut basis: Option<Bewertung> = None;
    let mut alle: Vec<Betraege> = Vec::new();
    let mut szenarien = Vec::new();
    for (i, am) in rechtslagen(heute).into_iter().enumerate() {
        for (j, a) in antwortszenarien(s.offen).into_iter().enumerate() {
            let b = bewerte(&variante(s, basis_haushalt, am, a), rueckstand, kuendigung, am)?;
            if j == 0 {
                szenarien.push(Rechtsszenario { stichtag: am, regime: b.regime, betraege: b.betraege });
            }
            // The range spans the scenarios that end in the same regime as the base estimate;
            // a different regime is a different answer, shown as the alternative, not as a range.
            if basis.as_ref().is_none_or(|x| x.regime == b.regime) {
                alle.push(b.betraege);
            }
            if i == 0 && j == 0 {
                basis = Some(b);
            }
        }
    }
    let euro = |f: fn(&Betraege) -> Cent| spanne(&alle.iter().map(|b| f(b).0 / 100).collect::<Vec<_>>());
    let spannen = LeistungsSpannen {
        wohngeld: euro(|b| b.wohngeld),
        buergergeld: euro(|b| b.buergergeld),
        sozialhilfe: euro(|b| b.sozialhilfe),
        kinderzuschlag: euro(|b| b.kinderzuschlag),
        kindergeld: euro(|b| b.kindergeld),
    };
    // `rechtslagen` always yields the law as it stands and `antwortszenarien` at least one.
    let basis = basis.ok_or(RechtsstandFehler::VorBeginn { schluessel: "", erster_tag: heute })?;
    Ok(Leistungsbild { basis, spannen, szenarien })
}

/// The whole assessment of a situation on a date. Fails only if tenancy law has no rule
/// for the date, which its data never allows (tested for every year from 1990 to 2060).
pub fn beurteile(s: &Situation, heute: Datum) -> Result<Beurteilung, RechtsstandFehler> {
    let mut lage = s.lage.clone();
    let v = &lage.verfahren;
    // The threshold question matters only while no termination has come.
    let verzug = if v.gekuendigt() || v.klage_zugestellt {
        None
    } else {
        s.verzug.as_ref().and_then(|e| pruefe_verzug(e, heute).ok())
    };
    let mut unsicher = Vec::new();
    if s.offen.gemeinde {
        unsicher.push("gemeinde");
    }
    if s.offen.heizkosten {
        unsicher.push("heizkosten");
    }

    let (bild, leistungen_fehlen) = match &s.haushalt {
        None => (None, None),
        Some(h) => match leistungen(s, h, heute) {
            Ok(b) => (Some(b), None),
            Err(e) => (None, Some(e)),
        },
    };
    if let Some(m) = bild.as_ref().and_then(|b| b.basis.mietschulden.as_ref()) {
        lage.kuenftige_miete_tragbar = Some(m.kuenftige_miete_tragbar);
        lage.uebernahme_durch = Some(match m.traeger {
            Traeger::Jobcenter => "Jobcenter",
            Traeger::Sozialamt => "Sozialamt",
        });
    }
    let risiko = bewerte_risiko(&lage, heute)?;
    let fristen = fristen(&lage.verfahren, heute)?;
    let umstaende = Umstaende {
        stadium: lage.verfahren.stadium(lage.mahnung),
        rueckstand: lage.rueckstand.is_some_and(|r| r > Cent::NULL),
        arbeitslosengeld: s.haushalt.as_ref().is_some_and(|h| h.mitglieder.iter().any(|m| m.arbeitslosengeld > Cent::NULL)),
    };
    let stelle = s.region.beratungsstelle();
    let beratung = Beratung { name: stelle.name, telefon: stelle.telefon };
    let schritte = naechste_schritte(umstaende, &risiko, &fristen, bild.as_ref().map(|b| &b.basis), beratung);
    let (leistungen, spannen, szenarien) = match bild {
        Some(b) => (Some(b.basis), Some(b.spannen), b.szenarien),
        None => (None, None, Vec::new()),
    };
    Ok(Beurteilung {
        heute,
        rechtsstand: rechtsstand(heute),
        stadium: umstaende.stadium,
        risiko,
        fristen,
        schritte,
        leistungen,
        spannen,
        szenarien,
        leistungen_fehlen,
        verzug,
        unsicher,
    })
}

/// The state of the law on a date, without a household: for the law-data reminder of the
/// command line (`--law-state`).
pub fn rechtsstand_am(heute: Datum) -> Vec<GebietStand> {
    rechtsstand(heute)
}

//! The entitlement assessment: Kindergeld, Wohngeld, Kinderzuschlag, Bürgergeld,
//! Sozialhilfe, the Vorrangprüfung between them, and who can take over rent debts.

use crate::rules::geld::Cent;
use crate::rules::grundsicherung::{self, Bedarfspruefung, Person, Rechtskreis, Rolle};
use crate::rules::haushalt::{Haushalt, Mitglied};
use crate::rules::kinder::{self, KizEingabe};
use crate::rules::lohn;
use crate::rules::params::{id, RechtsstandFehler, Stichtag, Wert};
use crate::rules::schritt::Schritt;
use crate::rules::wohngeld::{self, WohngeldEingabe, WohngeldEinkommen};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regime {
    WohngeldKinderzuschlag,
    Sgb2,
    Sgb12,
    Keines,
}

impl Regime {
    pub fn code(self) -> &'static str {
        match self {
            Regime::WohngeldKinderzuschlag => "wohngeld_kinderzuschlag",
            Regime::Sgb2 => "sgb2",
            Regime::Sgb12 => "sgb12",
            Regime::Keines => "none",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Betraege {
    pub wohngeld: Cent,
    pub buergergeld: Cent,
    pub sozialhilfe: Cent,
    pub kinderzuschlag: Cent,
    pub kindergeld: Cent,
}

impl Betraege {
    pub fn summe(&self) -> Cent {
        self.wohngeld + self.buergergeld + self.sozialhilfe + self.kinderzuschlag + self.kindergeld
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Traeger {
    Jobcenter,
    Sozialamt,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mietschuldenuebernahme {
    pub rueckstand: Cent,
    pub traeger: Traeger,
    pub norm: &'static str,
    /// true: "soll" (homelessness threatens); false: "kann".
    pub soll: bool,
    /// Jobcenter: a loan; Sozialamt: a grant or a loan.
    pub nur_darlehen: bool,
    /// Monthly offset of a Jobcenter loan against the benefit (§ 42a Abs. 2 SGB II).
    pub monatliche_tilgung: Option<Cent>,
    /// Whether the rent can be paid in future with the household's income and benefits.
    pub kuenftige_miete_tragbar: bool,
    pub bedingungen: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bewertung {
    pub betraege: Betraege,
    pub regime: Regime,
    pub alternative: Betraege,
    pub alternative_regime: Regime,
    /// Net wage per adult as used, in the order of the adults.
    pub nettoloehne: Vec<Cent>,
    pub mietschulden: Option<Mietschuldenuebernahme>,
    pub schritte: Vec<Schritt>,
    /// Things the estimate could not know and that could change it.
    pub hinweise: Vec<String>,
}

/// Wage and pension figures of one member as the benefit rules use them.
#[derive(Clone, Debug, Default, PartialEq)]
struct Lohn {
    brutto: Cent,
    netto: Cent,
    /// The wage is a Minijob, flat-taxed by the employer (§ 40a EStG): outside the taxable income.
    minijob: bool,
    /// Rough annual taxable income for an income-tax assessment (§ 2 Abs. 5 EStG): wages (not a
    /// Minijob) and the taxable share of a pension, minus the lump sums and the deductible
    /// pension, health and care contributions.
    zu_versteuern_jahr: Cent,
    /// The part of `zu_versteuern_jahr` that comes from a pension.
    rente_zu_versteuern_jahr: Cent,
    /// Wage tax and Soli withheld in a year.
    lohnsteuer_jahr: Cent,
    /// Health and care contributions on the pension per month (§ 249a SGB V, § 59 SGB XI).
    rente_beitraege: Cent,
    /// Estimated income tax on the pension per month (assessed, not withheld).
    rente_steuer: Cent,
    steuer: bool,
    kranken_pflege: bool,
    rente: bool,
}

fn steuerklasse(h: &Haushalt, index: usize, verdiener: usize) -> lohn::Steuerklasse {
    match (h.anzahl_erwachsene(), h.anzahl_kinder()) {
        (1, k) if k > 0 => lohn::Steuerklasse::II,
        (1, _) => lohn::Steuerklasse::I,
        // A couple with one earner usually chooses III/V; with two, IV/IV.
        (_, _) if index < 2 && verdiener == 1 => lohn::Steuerklasse::III,
        (_, _) if index < 2 => lohn::Steuerklasse::IV,
        _ => lohn::Steuerklasse::I,
    }
}

/// Whether a member has or had children (Elterneigenschaft, § 55 Abs. 3 SGB XI), which decides
/// the care-insurance surcharge for the childless, and whether that is presumed above the age
/// limit. As answered; without an answer: a parent if a child lives in the household; above the
/// Regelaltersgrenze presumed a parent (the notes say so); otherwise childless.
pub fn elterneigenschaft(m: &Mitglied, h: &Haushalt, am: Stichtag) -> Result<(bool, bool), RechtsstandFehler> {
    if let Some(ja) = m.hat_kinder {
        return Ok((ja, false));
    }
    if h.anzahl_kinder() > 0 {
        return Ok((true, false));
    }
    if m.ist_erwachsen() && m.ueber_altersgrenze(*am)? {
        return Ok((true, true));
    }
    Ok((false, false))
}

/// The surcharge for the childless applies (§ 55 Abs. 3 SGB XI): no children, aged 23 or more,
/// born 1940 or later.
fn pv_zuschlag(m: &Mitglied, eltern: bool, am: Stichtag) -> Result<bool, RechtsstandFehler> {
    Ok(!eltern
        && f64::from(m.alter) >= id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_MINDESTALTER.zahl(am)?.f
        && f64::from(m.geburtsjahr_am(*am)) >= id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_GEBOREN_AB.zahl(am)?.f)
}

fn lohn_von(m: &Mitglied, h: &Haushalt, index: usize, verdiener: usize, zuschlag: bool, am: Stichtag) -> Result<Lohn, RechtsstandFehler> {
    if m.bruttolohn.is_none() && m.nettolohn.is_none() {
        // Without wages the § 16 WoGG criteria come from the answers or the pension:
        // pensioners pay health and care contributions on it (§ 249a SGB V, § 59 SGB XI).
        return Ok(Lohn {
            steuer: m.zahlt_steuern.unwrap_or(false),
            kranken_pflege: m.zahlt_kranken_pflege.unwrap_or(m.rente > Cent::NULL),
            rente: m.zahlt_rente.unwrap_or(false),
            ..Lohn::default()
        });
    }
    let kinder = h.anzahl_kinder().min(u8::MAX as usize) as u8;
    let klasse = steuerklasse(h, index, verdiener);
    let mut angaben = lohn::Lohnangaben::neu(m.bruttolohn.unwrap_or_default(), klasse, m.alter);
    angaben.kinder_unter_25 = kinder;
    // Parents, and those born before 1940, pay no surcharge (§ 55 Abs. 3 SGB XI); the wage
    // module knows only the first, so both are passed as it.
    angaben.elterneigenschaft = kinder > 0 || !zuschlag;
    // A Minijobber who applied for exemption pays no pension contribution (answered as "pays no
    // pension insurance").
    angaben.minijob_rv_befreit = m.zahlt_rente == Some(false);
    // Kinderfreibeträge only change the Soli; a full one per child in classes II and III, half in IV.
    angaben.kinderfreibetraege_halbe = match klasse {
        lohn::Steuerklasse::II | lohn::Steuerklasse::III => kinder.saturating_mul(2),
        lohn::Steuerklasse::IV => kinder,
        _ => 0,
    };
    let brutto = match (m.bruttolohn, m.nettolohn) {
        (Some(b), _) => b,
        (None, Some(n)) => lohn::brutto_aus_netto(n, &angaben, am)?,
        (None, None) => Cent::NULL,
    };
    angaben.brutto_monat = brutto;
    let berechnet = lohn::netto_aus_brutto(&angaben, am)?;
    let netto = m.nettolohn.unwrap_or(berechnet.netto);
    let minijob = berechnet.beschaeftigung == lohn::Beschaeftigung::Minijob && brutto > Cent::NULL;
    let pauschbetraege = Cent::euro(
        id::LOHNSTEUER_ARBEITNEHMER_PAUSCHBETRAG.zahl(am)?.f as i64 + id::LOHNSTEUER_SONDERAUSGABEN_PAUSCHBETRAG.zahl(am)?.f as i64,
    );
    let vorsorge = berechnet.rv + berechnet.kv + berechnet.pv;
    // A Minijob's wage is taxed flat by the employer (§ 40a EStG) and stays out of the assessment.
    let zu_versteuern_jahr =
        if minijob { Cent::NULL } else { (Cent(brutto.0 * 12) - pauschbetraege - Cent(vorsorge.0 * 12)).max(Cent::NULL) };
    Ok(Lohn {
        brutto,
        netto,
        minijob,
        zu_versteuern_jahr,
        lohnsteuer_jahr: Cent((berechnet.lohnsteuer.0 + berechnet.soli.0).saturating_mul(12)),
        steuer: m.zahlt_steuern.unwrap_or(berechnet.lohnsteuer > Cent::NULL),
        kranken_pflege: m.zahlt_kranken_pflege.unwrap_or(berechnet.kv > Cent::NULL || m.rente > Cent::NULL),
        rente: m.zahlt_rente.unwrap_or(berechnet.rv > Cent::NULL),
        ..Lohn::default()
    })
}

/// The contributions a pensioner pays on a statutory pension: half of the general health rate
/// and of the Zusatzbeitrag (§ 249a SGB V) and the full care rate (§ 59 Abs. 1 SGB XI), plus the
/// surcharge for the childless. The Sozialhilfe and Bürgergeld count only what is paid out
/// (§ 82 Abs. 2 SGB XII, § 11b SGB II).
fn rente_beitraege(rente: Cent, zuschlag: bool, am: Stichtag) -> Result<Cent, RechtsstandFehler> {
    if rente == Cent::NULL {
        return Ok(Cent::NULL);
    }
    let kv = id::SOZIALVERSICHERUNG_KV_SATZ_ALLGEMEIN.zahl(am)?.f / 2.0
        + id::SOZIALVERSICHERUNG_KV_ZUSATZBEITRAG_DURCHSCHNITT.zahl(am)?.f / 2.0;
    let pv = 2.0 * id::SOZIALVERSICHERUNG_PV_SATZ_ARBEITNEHMER.zahl(am)?.f
        + if zuschlag { id::SOZIALVERSICHERUNG_PV_ZUSCHLAG_KINDERLOS.zahl(am)?.f } else { 0.0 };
    Ok(rente.mal(kv) + rente.mal(pv))
}

/// The taxable income from a pension in a year (§ 22 Nr. 1 Satz 3 Buchst. a Doppelbuchst. aa
/// EStG): the Besteuerungsanteil of its first year applied to today's pension, minus the
/// Werbungskosten-Pauschbetrag (§ 9a Satz 1 Nr. 3 EStG), the health and care contributions as
/// Sonderausgaben (§ 10 Abs. 1 Nr. 3 EStG; pensioners have no sick pay, so in full) and, without
/// a wage (whose estimate has it already), the Sonderausgaben-Pauschbetrag (§ 10c EStG).
fn rente_zu_versteuern(rente: Cent, beitraege: Cent, beginn: i32, mit_lohn: bool, am: Stichtag) -> Result<Cent, RechtsstandFehler> {
    if rente == Cent::NULL {
        return Ok(Cent::NULL);
    }
    let anteil = lohn::besteuerungsanteil(beginn, am)?;
    let einnahmen = Cent(rente.0.saturating_mul(12)).mal(anteil);
    let pauschbetrag = Cent::euro(id::LOHNSTEUER_WERBUNGSKOSTEN_PAUSCHBETRAG_RENTEN.zahl(am)?.f as i64);
    let sonderausgaben = if mit_lohn { Cent::NULL } else { Cent::euro(id::LOHNSTEUER_SONDERAUSGABEN_PAUSCHBETRAG.zahl(am)?.f as i64) };
    Ok(((einnahmen - pauschbetrag).max(Cent::NULL) - Cent(beitraege.0.saturating_mul(12)) - sonderausgaben).max(Cent::NULL))
}

/// The whole entitlement estimate for a household on a date.
pub fn bewerte(h: &Haushalt, rueckstand: Cent, kuendigung_droht: bool, am: impl Into<Stichtag>) -> Result<Bewertung, RechtsstandFehler> {
    let am = am.into();
    let mut schritte = Vec::new();
    let mut hinweise = Vec::new();
    let verdiener = h
        .erwachsene()
        .filter(|m| m.bruttolohn.unwrap_or_default() > Cent::NULL || m.nettolohn.unwrap_or_default() > Cent::NULL)
        .count();

    // Parenthood decides the care surcharge for the childless on wages and pensions.
    let mut zuschlaege = Vec::with_capacity(h.mitglieder.len());
    for (_i, m) in h.mitglieder.iter().enumerate() {
        let (eltern, _vermutet) = elterneigenschaft(m, h, am)?;
        let zuschlag = pv_zuschlag(m, eltern, am)?;
        // Notes are read on the command line only (German, like the offices' notes); the widget
        // does not show them, so their sentences stay out of the WebAssembly.
        #[cfg(not(target_arch = "wasm32"))]
        if _vermutet && (m.rente > Cent::NULL || m.bruttolohn.is_some() || m.nettolohn.is_some()) && pv_zuschlag(m, false, am)? {
            hinweise.push(format!(
                "Person {}: ohne Angabe wird angenommen, dass sie Kinder hat oder hatte (über der Regelaltersgrenze der Regelfall); ohne Kinder käme der Beitragszuschlag zur Pflegeversicherung für Kinderlose hinzu (§ 55 Abs. 3 SGB XI).",
                _i + 1
            ));
        }
        zuschlaege.push(zuschlag);
    }

    // Wages and pensions of the members.
    let mut loehne = Vec::with_capacity(h.mitglieder.len());
    for (i, m) in h.mitglieder.iter().enumerate() {
        let erwachsen_index = h.mitglieder[..i].iter().filter(|x| x.ist_erwachsen()).count();
        let mut l = lohn_von(m, h, erwachsen_index, verdiener, zuschlaege[i], am)?;
        if m.rente > Cent::NULL {
            let beginn = match m.rentenbeginn {
                Some(j) => j,
                None => {
                    let j = m.rentenbeginn_vermutet(*am)?;
                    #[cfg(not(target_arch = "wasm32"))]
                    hinweise.push(format!(
                        "Person {}: Rentenbeginn nicht angegeben, angenommen {j} (Erreichen der Regelaltersgrenze, sonst dieses Jahr); davon hängt der steuerpflichtige Anteil der Rente ab (§ 22 Nr. 1 EStG).",
                        i + 1
                    ));
                    j
                }
            };
            l.rente_beitraege = rente_beitraege(m.rente, zuschlaege[i], am)?;
            let mit_lohn = l.brutto > Cent::NULL && !l.minijob;
            l.rente_zu_versteuern_jahr = rente_zu_versteuern(m.rente, l.rente_beitraege, beginn, mit_lohn, am)?;
            l.zu_versteuern_jahr += l.rente_zu_versteuern_jahr;
        }
        loehne.push(l);
    }
    // § 16 WoGG asks whether income tax is to be expected in the year, not whether wage tax is
    // withheld: below the withholding threshold an assessment can still produce tax, and a
    // pensioner pays none withheld at all. A couple is assessed jointly (splitting), so their
    // taxable incomes are pooled. A Minijob (flat-taxed by the employer) is no taxable income.
    let grundfreibetrag = Cent::euro(id::LOHNSTEUER_GRUNDFREIBETRAG.zahl(am)?.f as i64);
    let paar: Vec<usize> = h.mitglieder.iter().enumerate().filter(|(_, m)| m.ist_erwachsen()).map(|(i, _)| i).take(2).collect();
    let paar_ist_paar = paar.len() == 2 && h.anzahl_erwachsene() == 2;
    for i in 0..loehne.len() {
        let steuerpflichtig = (loehne[i].brutto > Cent::NULL && !loehne[i].minijob) || h.mitglieder[i].rente > Cent::NULL;
        if h.mitglieder[i].zahlt_steuern.is_some() || loehne[i].steuer || !steuerpflichtig {
            continue;
        }
        // Single parents deduct the Entlastungsbetrag (§ 24b EStG) in the assessment too.
        let entlastung = if h.alleinerziehend() {
            Cent::euro(id::LOHNSTEUER_ENTLASTUNGSBETRAG_ALLEINERZIEHENDE.zahl(am)?.f as i64)
        } else {
            Cent::NULL
        };
        let (summe, freibetrag) = if paar_ist_paar && paar.contains(&i) {
            (loehne[paar[0]].zu_versteuern_jahr + loehne[paar[1]].zu_versteuern_jahr, Cent(grundfreibetrag.0 * 2))
        } else {
            ((loehne[i].zu_versteuern_jahr - entlastung).max(Cent::NULL), grundfreibetrag)
        };
        loehne[i].steuer = summe > freibetrag;
    }
    // The income tax a pension adds to the household's assessment: the tax on all taxable income
    // (jointly for a couple) minus the wage tax already withheld, shared among the pensioners by
    // their taxable pensions (§ 82 Abs. 2 Satz 1 Nr. 1 SGB XII, § 11b Abs. 1 Satz 1 Nr. 1 SGB II).
    for i in 0..loehne.len() {
        let partner = paar.iter().copied().find(|&j| j != i).filter(|_| paar_ist_paar && paar.contains(&i));
        // A couple is assessed once, at its first pensioner.
        if loehne[i].rente_zu_versteuern_jahr == Cent::NULL || partner.is_some_and(|j| j < i && loehne[j].rente_zu_versteuern_jahr > Cent::NULL) {
            continue;
        }
        let mit = |f: fn(&Lohn) -> Cent| f(&loehne[i]) + partner.map(|j| f(&loehne[j])).unwrap_or_default();
        let steuer = (lohn::einkommensteuer_jahr(mit(|l| l.zu_versteuern_jahr), partner.is_some(), am)? - mit(|l| l.lohnsteuer_jahr)).max(Cent::NULL);
        let renten = mit(|l| l.rente_zu_versteuern_jahr);
        for k in std::iter::once(i).chain(partner) {
            let anteil = loehne[k].rente_zu_versteuern_jahr.0 as f64 / renten.0.max(1) as f64;
            // Answered "pays no income tax": nothing is deducted.
            if h.mitglieder[k].zahlt_steuern != Some(false) {
                loehne[k].rente_steuer = Cent((steuer.0 as f64 * anteil / 12.0) as i64);
            }
        }
    }
    for (m, l) in h.mitglieder.iter().zip(&loehne) {
        if m.rente > Cent::NULL {
            schritte.push(Schritt::neu(
                "rente",
                "rente",
                vec![
                    ("brutto", m.rente.wert()),
                    ("beitraege", l.rente_beitraege.wert()),
                    ("steuer", l.rente_steuer.wert()),
                    ("netto", (m.rente - l.rente_beitraege - l.rente_steuer).max(Cent::NULL).wert()),
                ],
                "§ 249a SGB V; §§ 55, 59 SGB XI; §§ 9a, 10, 22 Nr. 1, 32a EStG",
            ));
        }
    }
    let nettoloehne: Vec<Cent> =
        h.mitglieder.iter().zip(&loehne).filter(|(m, _)| m.ist_erwachsen()).map(|(_, l)| l.netto).collect();
    for (m, l) in h.mitglieder.iter().zip(&loehne) {
        if l.brutto > Cent::NULL && (m.bruttolohn.is_none() || m.nettolohn.is_none()) {
            schritte.push(Schritt::neu(
                "lohn",
                "lohn",
                vec![("brutto", l.brutto.wert()), ("netto", l.netto.wert())],
                "§ 32a, § 39b EStG; SGB IV, V, VI, XI, III",
            ));
        }
    }

    // Kindergeld: for every minor child (older children in education may also qualify).
    let kg_je_kind = kinder::kindergeld_je_kind(am)?;
    let kinderzahl = h.anzahl_kinder();
    let kindergeld = Cent(kg_je_kind.0 * kinderzahl as i64);
    if kinderzahl > 0 {
        schritte.push(Schritt::neu(
            "kindergeld",
            "kindergeld",
            vec![("kinder", kinderzahl.to_string()), ("betrag", kindergeld.wert())],
            id::FAMILIE_KINDERGELD.norm(),
        ));
    }

    // Roles in the Bedarfsgemeinschaft: the first adult, a partner, children under 25;
    // a further adult from 25 on forms a Bedarfsgemeinschaft of his or her own.
    let mut rollen: Vec<Option<Rolle>> = Vec::with_capacity(h.mitglieder.len());
    let mut erwachsene_gesehen = 0;
    for m in &h.mitglieder {
        rollen.push(if m.ist_erwachsen() {
            erwachsene_gesehen += 1;
            match erwachsene_gesehen {
                1 => Some(Rolle::Antragsteller),
                2 if m.alter >= 25 || h.anzahl_erwachsene() == 2 => Some(Rolle::Partner),
                _ if m.alter < 25 => Some(Rolle::Kind),
                _ => None,
            }
        } else if erwachsene_gesehen == 0 && h.anzahl_erwachsene() == 0 && rollen.is_empty() {
            // A household of minors only: the first one applies.
            Some(Rolle::Antragsteller)
        } else {
            Some(Rolle::Kind)
        });
    }

    // Wohngeld, as if no SGB II/XII housing costs were paid.
    let mietstufe = h.mietstufe.unwrap_or(0);
    let wg = if mietstufe == 0 {
        hinweise.push("Ohne Mietstufe kann Wohngeld nicht berechnet werden.".into());
        None
    } else {
        let eingabe = WohngeldEingabe {
            mitglieder: h
                .mitglieder
                .iter()
                .zip(&loehne)
                .zip(&rollen)
                .map(|((m, l), rolle)| WohngeldEinkommen {
                    bruttolohn: l.brutto,
                    minijob: l.minijob,
                    rente: m.rente,
                    sonstiges: m.arbeitslosengeld + m.unterhalt + m.sonstiges_einkommen,
                    abzugsmerkmale: l.steuer as u8 + l.kranken_pflege as u8 + l.rente as u8,
                    kind_unter_25: *rolle == Some(Rolle::Kind) && m.alter < 25,
                })
                .collect(),
            mietstufe,
            bruttokaltmiete: h.bruttokaltmiete,
            alleinerziehend: h.alleinerziehend(),
            schwerbehinderte: h.mitglieder.iter().filter(|m| m.schwerbehindert).count(),
            vermoegen: h.vermoegen,
        };
        let r = wohngeld::wohngeld(&eingabe, am)?;
        schritte.extend(r.schritte.iter().cloned());
        Some(Cent::euro(r.betrag))
    };
    let wohngeld_betrag = wg.unwrap_or_default();

    // The Bedarfsgemeinschaft.
    let mut personen = Vec::new();
    let mut mitglieder_der_bg = Vec::new();
    let mut ausserhalb = 0usize;
    let mut erwerbsfaehige = 0usize;
    let mut nicht_erwerbsfaehige_erwachsene = 0usize;
    for ((m, l), rolle) in h.mitglieder.iter().zip(&loehne).zip(&rollen) {
        let Some(rolle) = *rolle else {
            ausserhalb += 1;
            continue;
        };
        if m.alter >= 15 {
            if m.erwerbsfaehig(*am)? {
                erwerbsfaehige += 1;
            } else if m.ist_erwachsen() {
                nicht_erwerbsfaehige_erwachsene += 1;
            }
        }
        mitglieder_der_bg.push(m);
        // What the pension pays out after contributions and the estimated income tax.
        let rente = (m.rente - l.rente_beitraege - l.rente_steuer).max(Cent::NULL);
        personen.push(Person {
            rolle,
            alter: m.alter,
            brutto_erwerb: l.brutto,
            netto_erwerb: l.netto,
            sonstiges: rente + m.arbeitslosengeld + m.unterhalt + m.sonstiges_einkommen,
            kindergeld: if m.ist_erwachsen() { Cent::NULL } else { kg_je_kind },
        });
    }
    if ausserhalb > 0 {
        hinweise.push(format!(
            "{ausserhalb} erwachsene Person(en) ab 25 ohne Partnerschaft sind eine eigene Bedarfsgemeinschaft; ihr Anteil an der Miete ist hier herausgerechnet."
        ));
    }
    let rechtskreis = if erwerbsfaehige > 0 { Rechtskreis::Sgb2 } else { Rechtskreis::Sgb12 };
    let bezugsmonate = h.sgb2_bezug_seit_monaten.unwrap_or(0);
    let kdu_karenz = (bezugsmonate as f64) < id::GRUNDSICHERUNG_KARENZZEIT_MONATE.zahl(am)?.f;
    let unterkunft = match h.angemessenheitsgrenze {
        Some(grenze) if !kdu_karenz => h.bruttokaltmiete.min(grenze),
        Some(grenze) => {
            let deckel = id::GRUNDSICHERUNG_KDU_KARENZZEIT_DECKEL.zahl(am)?.f;
            if deckel > 0.0 { h.bruttokaltmiete.min(grenze.mal(deckel)) } else { h.bruttokaltmiete }
        }
        None => {
            if !kdu_karenz {
                hinweise.push("Nach der Karenzzeit zahlt das Jobcenter nur eine angemessene Miete. Die Grenze für Ihren Ort ist hier nicht hinterlegt; gerechnet wird mit Ihrer Miete.".into());
            }
            h.bruttokaltmiete
        }
    };
    let basis = Bedarfspruefung {
        rechtskreis,
        personen,
        personen_im_haushalt: h.mitglieder.len(),
        unterkunft,
        heizung: h.heizkosten,
        vermoegen: h.vermoegen,
        bezugsmonate,
        vorrangige_leistungen: Cent::NULL,
        einmaliger_bedarf: Cent::NULL,
    };
    let ohne_vorrang = grundsicherung::pruefe(&basis, am)?;

    // Kinderzuschlag for the parents of minor children.
    let eltern: Vec<&Person> = basis.personen.iter().filter(|p| p.rolle != Rolle::Kind).collect();
    let kinder: Vec<&Person> = basis.personen.iter().filter(|p| p.rolle == Rolle::Kind && p.alter < 18).collect();
    let kiz = if kinder.is_empty() || rechtskreis == Rechtskreis::Sgb12 {
        Cent::NULL
    } else {
        let mit_kind = true;
        let mut bereinigt = Cent::NULL;
        for p in &eltern {
            bereinigt += (p.netto_erwerb - grundsicherung::erwerbstaetigenfreibetrag(p.brutto_erwerb, mit_kind, am)?).max(Cent::NULL);
        }
        let eltern_bedarf_regel: Cent = {
            let n = ohne_vorrang.bedarf_je_person.len();
            // Parents' need without their per-head housing share (the KiZ uses its own split).
            let kopf = Cent((basis.unterkunft + basis.heizung).0 / basis.personen_im_haushalt.max(n).max(1) as i64);
            basis
                .personen
                .iter()
                .zip(&ohne_vorrang.bedarf_je_person)
                .filter(|(p, _)| p.rolle != Rolle::Kind)
                .map(|(_, b)| *b - kopf)
                .sum()
        };
        // Other income of a parent without earnings after the 30 € Versicherungspauschale, as
        // the Bürgergeld counts it (§ 6a Abs. 5, 6 BKGG with § 11b SGB II, § 6 Bürgergeld-V);
        // the Mindesteinkommensgrenze below uses the income before any deduction.
        let pauschale = Cent::euro(id::GRUNDSICHERUNG_VERSICHERUNGSPAUSCHALE.zahl(am)?.f as i64);
        let eltern_sonstiges: Cent = eltern
            .iter()
            .map(|p| if p.alter >= 18 && p.brutto_erwerb == Cent::NULL { (p.sonstiges - pauschale).max(Cent::NULL) } else { p.sonstiges })
            .sum();
        let e = KizEingabe {
            alleinerziehend: eltern.len() == 1,
            kindeseinkommen: kinder.iter().map(|k| k.sonstiges).collect(),
            eltern_brutto: eltern.iter().map(|p| p.brutto_erwerb + p.sonstiges).sum(),
            eltern_erwerb_bereinigt: bereinigt,
            eltern_sonstiges: eltern_sonstiges,
            eltern_regelbedarf: eltern_bedarf_regel,
            wohnkosten: basis.unterkunft + basis.heizung,
        };
        let r = kinder::kinderzuschlag(&e, am)?;
        schritte.extend(r.schritte.iter().cloned());
        r.betrag
    };

    // Vorrangprüfung (§ 12a SGB II, § 6a Abs. 1 Nr. 3 BKGG, § 7 WoGG).
    let mit_vorrang = grundsicherung::pruefe(
        &Bedarfspruefung { vorrangige_leistungen: wohngeld_betrag + kiz, ..basis.clone() },
        am,
    )?;
    let leistung_grundsicherung = |anspruch: Cent| -> Betraege {
        let mut b = Betraege { kindergeld, ..Default::default() };
        match rechtskreis {
            Rechtskreis::Sgb2 if nicht_erwerbsfaehige_erwachsene > 0 => {
                // A partner above the age limit or permanently unable to work gets
                // Grundsicherung (SGB XII) for his or her share of the need.
                let gesamt: i64 = ohne_vorrang.bedarf_je_person.iter().map(|c| c.0).sum::<i64>().max(1);
                let anteil: i64 = ohne_vorrang
                    .bedarf_je_person
                    .iter()
                    .zip(&mitglieder_der_bg)
                    .filter(|(_, m)| m.ist_erwachsen() && !m.erwerbsfaehig(*am).unwrap_or(true))
                    .map(|(b, _)| b.0)
                    .sum();
                b.sozialhilfe = Cent(anspruch.0 * anteil / gesamt);
                b.buergergeld = anspruch - b.sozialhilfe;
            }
            Rechtskreis::Sgb2 => b.buergergeld = anspruch,
            Rechtskreis::Sgb12 => b.sozialhilfe = anspruch,
        }
        b
    };
    let grundsicherungs_regime = if rechtskreis == Rechtskreis::Sgb2 { Regime::Sgb2 } else { Regime::Sgb12 };
    let vorrang_betraege = Betraege { wohngeld: wohngeld_betrag, kinderzuschlag: kiz, kindergeld, ..Default::default() };
    let vorrang_regime = if wohngeld_betrag + kiz > Cent::NULL { Regime::WohngeldKinderzuschlag } else { Regime::Keines };

    let (regime, betraege, alternative_regime, alternative) = if ohne_vorrang.anspruch == Cent::NULL {
        (vorrang_regime, vorrang_betraege, grundsicherungs_regime, leistung_grundsicherung(Cent::NULL))
    } else if mit_vorrang.anspruch == Cent::NULL && wohngeld_betrag + kiz > Cent::NULL {
        (vorrang_regime, vorrang_betraege, grundsicherungs_regime, leistung_grundsicherung(ohne_vorrang.anspruch))
    } else {
        (grundsicherungs_regime, leistung_grundsicherung(ohne_vorrang.anspruch), vorrang_regime, vorrang_betraege)
    };
    schritte.extend(ohne_vorrang.schritte.iter().cloned());
    schritte.push(Schritt::neu(
        "vorrang",
        "vorrang",
        vec![
            ("bedarf", ohne_vorrang.bedarf.wert()),
            ("einkommen", ohne_vorrang.einkommen.wert()),
            ("wohngeld", wohngeld_betrag.wert()),
            ("kiz", kiz.wert()),
            ("ergebnis", format!("@erklaerung_wort_regime_{}", regime.code())),
        ],
        "§ 12a SGB II; § 6a Abs. 1 Nr. 3 BKGG; § 7 WoGG",
    ));

    // Rent debts (§ 22 Abs. 8 SGB II, § 36 SGB XII).
    let mietschulden = if rueckstand > Cent::NULL {
        let mit_schulden = grundsicherung::pruefe(
            &Bedarfspruefung { vorrangige_leistungen: wohngeld_betrag + kiz, einmaliger_bedarf: rueckstand, ..basis.clone() },
            am,
        )?;
        let jobcenter = rechtskreis == Rechtskreis::Sgb2 && (regime == Regime::Sgb2 || mit_schulden.anspruch > Cent::NULL);
        let kuenftige_miete_tragbar = matches!(regime, Regime::Sgb2 | Regime::Sgb12) || mit_vorrang.anspruch == Cent::NULL;
        let rb1 = match id::GRUNDSICHERUNG_REGELBEDARF.stand(am)?.wert {
            Wert::Liste(l) => Cent::euro(l[0].f as i64),
            _ => unreachable!(),
        };
        let tilgung = rb1.mal(id::GRUNDSICHERUNG_DARLEHEN_AUFRECHNUNG.zahl(am)?.f);
        let m = Mietschuldenuebernahme {
            rueckstand,
            traeger: if jobcenter { Traeger::Jobcenter } else { Traeger::Sozialamt },
            norm: if jobcenter { "§ 22 Abs. 8 SGB II" } else { "§ 36 Abs. 1 SGB XII" },
            soll: kuendigung_droht,
            nur_darlehen: jobcenter,
            monatliche_tilgung: (jobcenter && regime == Regime::Sgb2).then_some(tilgung),
            kuenftige_miete_tragbar,
            // Codes; the words are `bedingung_<code>` in the locale files.
            bedingungen: vec!["erhaltenswert", "tragbar", "vermoegen_zuerst", "kein_titel"],
        };
        schritte.push(Schritt::neu(
            "mietschulden",
            "mietschulden",
            vec![
                ("anforderung", if jobcenter { "@erklaerung_wort_ms_jobcenter" } else { "@erklaerung_wort_ms_sozialamt" }.into()),
                ("betrag", rueckstand.wert()),
                ("wer", if jobcenter { "@erklaerung_wort_jobcenter" } else { "@erklaerung_wort_sozialamt" }.into()),
                ("soll", if kuendigung_droht { "@schritt_wort_soll" } else { "@schritt_wort_kann" }.into()),
                ("form", if jobcenter { "@erklaerung_wort_als_darlehen" } else { "@erklaerung_wort_als_beihilfe" }.into()),
            ],
            m.norm,
        ));
        Some(m)
    } else {
        None
    };

    Ok(Bewertung { betraege, regime, alternative, alternative_regime, nettoloehne, mietschulden, schritte, hinweise })
}

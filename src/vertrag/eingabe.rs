//! The input side of the contract: one household as JSON (field names in English, as other
//! checks of the project send them) and its translation into the seam's typed `Situation`.
//! Every error names the field it is about, and the first error found is the one reported, in
//! the order of the fields below. Uses the region data and the rules' types; no law.

use serde::Deserialize;
use serde_json::Value;

use crate::beurteilung::{Offen, Situation};
use crate::region::{region, Gemeinde, Region, STANDARD_REGION};
use crate::rules::datum::Datum;
use crate::rules::fristen::Verfahrensstand;
use crate::rules::geld::Cent;
use crate::rules::haushalt::{Haushalt, Mitglied};
use crate::rules::risiko::{Bedrohung, Lage, Schock};

/// Amounts above this are typing slips, not households (€ per month, or € for assets).
const HOECHSTBETRAG: f64 = 10_000_000.0;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EingabeJson {
    // Echoed back from the raw JSON; declared so that it is not an unknown field.
    #[serde(default, rename = "id")]
    _id: Value,
    date: String,
    #[serde(default)]
    mietstufe: Option<u8>,
    #[serde(default)]
    municipality: Option<String>,
    #[serde(default)]
    region: Option<String>,
    members: Vec<MitgliedJson>,
    rent_gross_cold: f64,
    #[serde(default)]
    heating: Option<f64>,
    #[serde(default)]
    living_space_m2: Option<f64>,
    #[serde(default)]
    assets: Option<f64>,
    #[serde(default)]
    receives_sgb2_since_months: Option<u32>,
    #[serde(default)]
    situation: Option<SituationJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MitgliedJson {
    age: u8,
    #[serde(default)]
    birth_year: Option<i32>,
    #[serde(default)]
    gross_wage: Option<f64>,
    #[serde(default)]
    net_wage: Option<f64>,
    #[serde(default)]
    pension: Option<f64>,
    #[serde(default)]
    unemployment_benefit: Option<f64>,
    #[serde(default)]
    maintenance_received: Option<f64>,
    #[serde(default)]
    other_income: Option<f64>,
    #[serde(default)]
    fully_disabled: Option<bool>,
    #[serde(default)]
    severely_disabled: Option<bool>,
    #[serde(default)]
    pays_income_tax: Option<bool>,
    #[serde(default)]
    pays_health_care_insurance: Option<bool>,
    #[serde(default)]
    pays_pension_insurance: Option<bool>,
    /// Has or had children, also grown-up ones living elsewhere (care surcharge, § 55 Abs. 3 SGB XI).
    #[serde(default)]
    has_children: Option<bool>,
    /// Year the pension began (its taxable share, § 22 Nr. 1 EStG).
    #[serde(default)]
    pension_start_year: Option<i32>,
}

/// What is happening to the tenancy. Every field is optional: unknown is a valid answer.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SituationJson {
    #[serde(default)]
    arrears: Option<f64>,
    /// A reminder (Mahnung) has arrived.
    #[serde(default)]
    reminder: Option<bool>,
    #[serde(default)]
    notice: Option<String>,
    #[serde(default)]
    notice_received_on: Option<String>,
    /// The Räumungsklage has been served (also when the day is unknown).
    #[serde(default)]
    suit_served: Option<bool>,
    #[serde(default)]
    suit_served_on: Option<String>,
    #[serde(default)]
    judgment: Option<bool>,
    #[serde(default)]
    eviction_period_until: Option<String>,
    #[serde(default)]
    eviction_on: Option<String>,
    #[serde(default)]
    cured_within_2y: Option<bool>,
    #[serde(default)]
    energy_cutoff_announced: Option<bool>,
    #[serde(default)]
    other_debts: Option<bool>,
    /// job_loss, illness, separation, death_of_partner
    #[serde(default)]
    shocks: Vec<String>,
    /// jobcenter, sozialamt, counselling
    #[serde(default)]
    contacted: Vec<String>,
    /// eigenbedarf, modernisierung, mieterhoehung, zwangsversteigerung
    #[serde(default)]
    other_threats: Vec<String>,
}

/// Reads the line's JSON into the input type; on failure the message starts with the field,
/// as the contract asks ("members[0].shoe_size: unknown field").
pub(super) fn lesen(roh: &Value) -> Result<EingabeJson, String> {
    serde_path_to_error::deserialize(roh).map_err(|e| {
        let pfad = e.path().to_string();
        let inner = e.into_inner().to_string();
        // serde names an unknown field inside its message; put it first, as the contract asks.
        match inner.strip_prefix("unknown field `").and_then(|r| r.split_once('`')) {
            Some((feld, _)) if pfad == "." => format!("{feld}: unknown field"),
            // The path already ends with the unknown field's name.
            Some((feld, _)) if pfad.ends_with(feld) => format!("{pfad}: unknown field"),
            Some((feld, _)) => format!("{pfad}.{feld}: unknown field"),
            None if inner.starts_with("missing field `") => {
                let feld = inner.trim_start_matches("missing field `").split('`').next().unwrap_or("");
                if pfad == "." { format!("{feld}: missing") } else { format!("{pfad}.{feld}: missing") }
            }
            None => format!("{pfad}: {inner}"),
        }
    })
}

fn betrag(feld: &str, wert: Option<f64>) -> Result<Option<Cent>, String> {
    match wert {
        None => Ok(None),
        Some(w) if !w.is_finite() => Err(format!("{feld}: must be a number")),
        Some(w) if w < 0.0 => Err(format!("{feld}: must not be negative")),
        Some(w) if w > HOECHSTBETRAG => Err(format!("{feld}: unrealistically large")),
        Some(w) => Ok(Some(Cent::aus_euro_f64(w))),
    }
}

fn datum_feld(feld: &str, wert: &Option<String>) -> Result<Option<Datum>, String> {
    match wert {
        None => Ok(None),
        Some(t) => Datum::parse_iso(t).map(Some).ok_or_else(|| format!("situation.{feld}: '{t}' is not a date YYYY-MM-DD")),
    }
}

/// Turns the JSON household into the seam's situation, naming the field on any error.
/// The checks run in the contract's order (date, members, region, Mietstufe, each member, the
/// flat, the tenancy situation, the amounts of the flat): with several errors the first one counts.
pub(super) fn situation(e: &EingabeJson) -> Result<(Situation, Datum), String> {
    let am = Datum::parse_iso(&e.date).ok_or_else(|| format!("date: '{}' is not a date YYYY-MM-DD", e.date))?;
    if e.members.is_empty() {
        return Err("members: at least one person lives in the flat".into());
    }
    let region_id = e.region.as_deref().unwrap_or(STANDARD_REGION);
    let reg = region(region_id).ok_or_else(|| format!("region: unknown region '{region_id}'"))?;
    let (mietstufe, gemeinde) = mietstufe(e, reg)?;
    let mut mitglieder = Vec::with_capacity(e.members.len());
    for (i, m) in e.members.iter().enumerate() {
        mitglieder.push(mitglied(i, m, am)?);
    }
    if let Some(w) = e.living_space_m2 {
        if !w.is_finite() || w <= 0.0 || w > 10_000.0 {
            return Err("living_space_m2: must be between 0 and 10000".into());
        }
    }
    let leer = SituationJson::default();
    let mut lage = lage(e.situation.as_ref().unwrap_or(&leer))?;
    let h = Haushalt {
        mitglieder,
        mietstufe,
        bruttokaltmiete: betrag("rent_gross_cold", Some(e.rent_gross_cold))?.unwrap_or_default(),
        heizkosten: betrag("heating", e.heating)?.unwrap_or_default(),
        wohnflaeche_m2: e.living_space_m2,
        vermoegen: betrag("assets", e.assets)?.unwrap_or_default(),
        sgb2_bezug_seit_monaten: e.receives_sgb2_since_months,
        angemessenheitsgrenze: None,
    };
    lage.monatsmiete = h.warmmiete();
    Ok((Situation { region: reg, haushalt: Some(h), gemeinde, lage, verzug: None, offen: Offen::default() }, am))
}

/// The Mietstufe as given, or the municipality's from the region data.
fn mietstufe(e: &EingabeJson, reg: &'static Region) -> Result<(Option<u8>, Option<&'static Gemeinde>), String> {
    // A municipality's Mietstufe can differ under a pending bill; a given Mietstufe is taken as it is.
    match (e.mietstufe, &e.municipality) {
        (Some(s), _) if !(1..=7).contains(&s) => Err("mietstufe: must be 1 to 7".into()),
        (Some(s), _) => Ok((Some(s), None)),
        (None, Some(name)) => {
            let g = reg
                .gemeinden
                .iter()
                .find(|g| g.name.eq_ignore_ascii_case(name.trim()))
                .ok_or_else(|| format!("municipality: '{name}' is not in the region data of {}", reg.name))?;
            Ok((Some(g.mietstufe.ok_or_else(|| format!("municipality: no Mietstufe known for {}", g.name))?), Some(g)))
        }
        (None, None) => Err("mietstufe: give mietstufe (1..7) or municipality".into()),
    }
}

/// One member, `i` counted from 0 as in the input's list.
fn mitglied(i: usize, m: &MitgliedJson, am: Datum) -> Result<Mitglied, String> {
    let f = |name: &str| format!("members[{i}].{name}");
    if m.age > 120 {
        return Err(format!("{}: must be 0 to 120", f("age")));
    }
    if let Some(j) = m.birth_year {
        if (am.jahr() - j - m.age as i32).abs() > 1 {
            return Err(format!("{}: does not fit the age", f("birth_year")));
        }
    }
    if let Some(j) = m.pension_start_year {
        if j < am.jahr() - m.age as i32 - 1 || j > am.jahr() {
            return Err(format!("{}: must lie between the year of birth and {}", f("pension_start_year"), am.jahr()));
        }
    }
    let mitglied = Mitglied {
        alter: m.age,
        geburtsjahr: m.birth_year,
        bruttolohn: betrag(&f("gross_wage"), m.gross_wage)?,
        nettolohn: betrag(&f("net_wage"), m.net_wage)?,
        rente: betrag(&f("pension"), m.pension)?.unwrap_or_default(),
        arbeitslosengeld: betrag(&f("unemployment_benefit"), m.unemployment_benefit)?.unwrap_or_default(),
        unterhalt: betrag(&f("maintenance_received"), m.maintenance_received)?.unwrap_or_default(),
        sonstiges_einkommen: betrag(&f("other_income"), m.other_income)?.unwrap_or_default(),
        voll_erwerbsgemindert: m.fully_disabled.unwrap_or(false),
        schwerbehindert: m.severely_disabled.unwrap_or(false),
        zahlt_steuern: m.pays_income_tax,
        zahlt_kranken_pflege: m.pays_health_care_insurance,
        zahlt_rente: m.pays_pension_insurance,
        hat_kinder: m.has_children,
        rentenbeginn: m.pension_start_year,
    };
    if let (Some(b), Some(n)) = (mitglied.bruttolohn, mitglied.nettolohn) {
        if n > b {
            return Err(format!("{}: is higher than gross_wage", f("net_wage")));
        }
    }
    Ok(mitglied)
}

/// What is happening to the tenancy; the monthly rent is filled in by the caller from the flat.
fn lage(sit: &SituationJson) -> Result<Lage, String> {
    let rueckstand = betrag("situation.arrears", sit.arrears)?;
    let verfahren = verfahren(sit)?;
    let mut schocks = Vec::new();
    for (i, x) in sit.shocks.iter().enumerate() {
        schocks.push(match x.as_str() {
            "job_loss" => Schock::Jobverlust,
            "illness" => Schock::Krankheit,
            "separation" => Schock::Trennung,
            "death_of_partner" => Schock::TodPartner,
            other => return Err(format!("situation.shocks[{i}]: '{other}' is none of job_loss, illness, separation, death_of_partner")),
        });
    }
    let mut bedrohungen = Vec::new();
    for (i, x) in sit.other_threats.iter().enumerate() {
        bedrohungen.push(match x.as_str() {
            "eigenbedarf" => Bedrohung::Eigenbedarf,
            "modernisierung" => Bedrohung::Modernisierung,
            "mieterhoehung" => Bedrohung::Mieterhoehung,
            "zwangsversteigerung" => Bedrohung::Zwangsversteigerung,
            other => return Err(format!("situation.other_threats[{i}]: '{other}' is none of eigenbedarf, modernisierung, mieterhoehung, zwangsversteigerung")),
        });
    }
    for (i, x) in sit.contacted.iter().enumerate() {
        if !["jobcenter", "sozialamt", "counselling"].contains(&x.as_str()) {
            return Err(format!("situation.contacted[{i}]: '{x}' is none of jobcenter, sozialamt, counselling"));
        }
    }
    Ok(Lage {
        verfahren,
        rueckstand,
        monatsmiete: Cent::NULL,
        mahnung: sit.reminder.unwrap_or(false),
        energiesperre_angekuendigt: sit.energy_cutoff_announced.unwrap_or(false),
        andere_schulden: sit.other_debts.unwrap_or(false),
        schocks,
        bedrohungen,
        kontakt_hilfesystem: !sit.contacted.is_empty(),
        kuenftige_miete_tragbar: None,
        uebernahme_durch: None,
    })
}

/// Notice, suit, judgment and eviction as the court procedure's state.
fn verfahren(sit: &SituationJson) -> Result<Verfahrensstand, String> {
    let (fristlos, ordentlich, art_unbekannt) = match sit.notice.as_deref() {
        None | Some("none") => (false, false, false),
        Some("fristlos") => (true, false, false),
        Some("ordentlich") => (false, true, false),
        Some("both") => (true, true, false),
        // A termination has come, its kind is not known: never read as either.
        Some("unknown") => (false, false, true),
        Some(other) => return Err(format!("situation.notice: '{other}' is none of none, fristlos, ordentlich, both, unknown")),
    };
    let klage_am = datum_feld("suit_served_on", &sit.suit_served_on)?;
    Ok(Verfahrensstand {
        kuendigung_fristlos: fristlos,
        kuendigung_ordentlich: ordentlich,
        kuendigung_art_unbekannt: art_unbekannt,
        kuendigung_erhalten_am: datum_feld("notice_received_on", &sit.notice_received_on)?,
        klage_zugestellt: sit.suit_served.unwrap_or(false) || klage_am.is_some(),
        klage_zugestellt_am: klage_am,
        urteil: sit.judgment.unwrap_or(false),
        raeumungsfrist_bis: datum_feld("eviction_period_until", &sit.eviction_period_until)?,
        raeumungstermin: datum_feld("eviction_on", &sit.eviction_on)?,
        geheilt_in_2_jahren: sit.cured_within_2y.unwrap_or(false),
    })
}

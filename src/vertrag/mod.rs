//! The JSON contract of `wohncheck-cli`: one household per line in, one result
//! per line out. Other checks of the project rely on these field names: extend
//! them only compatibly.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::beurteilung::{beurteile, Beurteilung, Offen, Situation};
use crate::darstellung;
use crate::region::{region, Gemeinde, STANDARD_REGION};
use crate::rules::fristen::Verfahrensstand;
use crate::rules::risiko::{Bedrohung, Lage, Schock};
use crate::rules::datum::Datum;
use crate::rules::geld::Cent;
use crate::rules::haushalt::{Haushalt, Mitglied};
use crate::rules::leistungen::{Betraege, Bewertung, Traeger};
use crate::rules::params::{RechtsstandFehler, ENTWUERFE};

/// Amounts above this are typing slips, not households (€ per month, or € for assets).
const HOECHSTBETRAG: f64 = 10_000_000.0;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EingabeJson {
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

#[derive(Serialize)]
struct BetraegeJson {
    wohngeld: i64,
    buergergeld: f64,
    sozialhilfe: f64,
    kinderzuschlag: f64,
    kindergeld: f64,
}

fn euro(c: Cent) -> f64 {
    c.0 as f64 / 100.0
}

fn betraege_json(b: &Betraege) -> BetraegeJson {
    BetraegeJson {
        wohngeld: b.wohngeld.0 / 100,
        buergergeld: euro(b.buergergeld),
        sozialhilfe: euro(b.sozialhilfe),
        kinderzuschlag: euro(b.kinderzuschlag),
        kindergeld: euro(b.kindergeld),
    }
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

/// Turns the JSON household into the seam's situation, naming the field on any error.
fn situation(e: &EingabeJson) -> Result<(Situation, Datum), String> {
    let am = Datum::parse_iso(&e.date).ok_or_else(|| format!("date: '{}' is not a date YYYY-MM-DD", e.date))?;
    if e.members.is_empty() {
        return Err("members: at least one person lives in the flat".into());
    }
    let region_id = e.region.as_deref().unwrap_or(STANDARD_REGION);
    let reg = region(region_id).ok_or_else(|| format!("region: unknown region '{region_id}'"))?;
    // A municipality's Mietstufe can differ under a pending bill; a given Mietstufe is taken as it is.
    let mut gemeinde: Option<&'static Gemeinde> = None;
    let mietstufe = match (e.mietstufe, &e.municipality) {
        (Some(s), _) if !(1..=7).contains(&s) => return Err("mietstufe: must be 1 to 7".into()),
        (Some(s), _) => Some(s),
        (None, Some(name)) => {
            let g = reg
                .gemeinden
                .iter()
                .find(|g| g.name.eq_ignore_ascii_case(name.trim()))
                .ok_or_else(|| format!("municipality: '{name}' is not in the region data of {}", reg.name))?;
            gemeinde = Some(g);
            Some(g.mietstufe.ok_or_else(|| format!("municipality: no Mietstufe known for {}", g.name))?)
        }
        (None, None) => return Err("mietstufe: give mietstufe (1..7) or municipality".into()),
    };
    let mut mitglieder = Vec::with_capacity(e.members.len());
    for (i, m) in e.members.iter().enumerate() {
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
        mitglieder.push(Mitglied {
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
        });
        if let (Some(b), Some(n)) = (mitglieder[i].bruttolohn, mitglieder[i].nettolohn) {
            if n > b {
                return Err(format!("{}: is higher than gross_wage", f("net_wage")));
            }
        }
    }
    if let Some(w) = e.living_space_m2 {
        if !w.is_finite() || w <= 0.0 || w > 10_000.0 {
            return Err("living_space_m2: must be between 0 and 10000".into());
        }
    }
    let leer = SituationJson::default();
    let sit = e.situation.as_ref().unwrap_or(&leer);
    let rueckstand = betrag("situation.arrears", sit.arrears)?;
    let datum_feld = |feld: &str, wert: &Option<String>| -> Result<Option<Datum>, String> {
        match wert {
            None => Ok(None),
            Some(t) => Datum::parse_iso(t).map(Some).ok_or_else(|| format!("situation.{feld}: '{t}' is not a date YYYY-MM-DD")),
        }
    };
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
    let verfahren = Verfahrensstand {
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
    };
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
    let lage = Lage {
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
    };
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
    let mut lage = lage;
    lage.monatsmiete = h.warmmiete();
    Ok((Situation { region: reg, haushalt: Some(h), gemeinde, lage, verzug: None, offen: Offen::default() }, am))
}

fn rechtsstand_text(e: RechtsstandFehler) -> String {
    match e {
        RechtsstandFehler::NochNichtBekannt { bekannt_bis, .. } => format!("date: law after {bekannt_bis} not yet known"),
        RechtsstandFehler::VorBeginn { erster_tag, .. } => format!("date: law before {erster_tag} is not covered"),
    }
}

/// Which areas of law the result rests on, and how sure each is on the date.
fn rechtsstand_json(r: &Beurteilung) -> Value {
    json!(r
        .rechtsstand
        .iter()
        .map(|s| {
            let g = s.daten();
            json!({
                "area": g.code,
                "state": s.zustand.code(),
                "verified_until": g.geprueft_bis.to_string(),
                "horizon": g.horizont.to_string(),
                "carried_forward": s.fortgeschrieben,
                "bills": s.entwuerfe.iter().map(|e| ENTWUERFE[*e].fundstelle).collect::<Vec<_>>(),
                "planned": s.hinweise.iter().map(|e| ENTWUERFE[*e].fundstelle).collect::<Vec<_>>(),
            })
        })
        .collect::<Vec<_>>())
}

fn ergebnis_json(id: &Value, am: Datum, b: &Bewertung) -> Value {
    let mut v = serde_json::to_value(betraege_json(&b.betraege)).unwrap_or(Value::Null);
    let mut alternative = serde_json::to_value(betraege_json(&b.alternative)).unwrap_or(Value::Null);
    alternative["regime"] = json!(b.alternative_regime.code());
    let schulden = match &b.mietschulden {
        None => json!({"arrears": 0.0, "body": null}),
        Some(m) => json!({
            "arrears": euro(m.rueckstand),
            "body": match m.traeger { Traeger::Jobcenter => "jobcenter", Traeger::Sozialamt => "sozialamt" },
            "norm": m.norm,
            "discretion": if m.soll { "soll" } else { "kann" },
            "form": if m.nur_darlehen { "darlehen" } else { "beihilfe_oder_darlehen" },
            "monthly_repayment": m.monatliche_tilgung.map(euro),
            "future_rent_affordable": m.kuenftige_miete_tragbar,
            "conditions": m.bedingungen.iter().map(|b| darstellung::bedingung(crate::darstellung::sprachen::sprache("de").texte(), b)).collect::<Vec<_>>(),
        }),
    };
    v["id"] = id.clone();
    v["regime"] = json!(b.regime.code());
    v["alternative"] = alternative;
    v["net_wages"] = json!(b.nettoloehne.iter().map(|c| euro(*c)).collect::<Vec<_>>());
    v["rent_debt_takeover"] = schulden;
    let de = crate::darstellung::sprachen::sprache("de").texte();
    v["explain"] = json!(b
        .schritte
        .iter()
        .map(|s| {
            let (anforderung, wert, ergebnis) = darstellung::erklaerung(de, s);
            json!({"benefit": s.leistung, "code": s.code, "requirement": anforderung, "value": wert, "result": ergebnis, "norm": s.norm})
        })
        .collect::<Vec<_>>());
    v["notes"] = json!(b.hinweise);
    v["law_date"] = json!(am.to_string());
    v["estimate"] = json!(true);
    v
}

/// One input line to one output line; `false` if the line failed.
pub fn verarbeite_zeile(zeile: &str) -> (String, bool) {
    let roh: Value = match serde_json::from_str(zeile) {
        Ok(v) => v,
        Err(e) => return (json!({"id": null, "error": format!("line: not valid JSON ({e})")}).to_string(), false),
    };
    let id = roh.get("id").cloned().unwrap_or(Value::Null);
    let fehler = |text: String| (json!({"id": id.clone(), "error": text}).to_string(), false);
    let eingabe: EingabeJson = match serde_path_to_error::deserialize(&roh) {
        Ok(e) => e,
        Err(e) => {
            let pfad = e.path().to_string();
            let inner = e.into_inner().to_string();
            // serde names an unknown field inside its message; put it first, as the contract asks.
            let text = match inner.strip_prefix("unknown field `").and_then(|r| r.split_once('`')) {
                Some((feld, _)) if pfad == "." => format!("{feld}: unknown field"),
                // The path already ends with the unknown field's name.
                Some((feld, _)) if pfad.ends_with(feld) => format!("{pfad}: unknown field"),
                Some((feld, _)) => format!("{pfad}.{feld}: unknown field"),
                None if inner.starts_with("missing field `") => {
                    let feld = inner.trim_start_matches("missing field `").split('`').next().unwrap_or("");
                    if pfad == "." { format!("{feld}: missing") } else { format!("{pfad}.{feld}: missing") }
                }
                None => format!("{pfad}: {inner}"),
            };
            return fehler(text);
        }
    };
    let (sit, am) = match situation(&eingabe) {
        Ok(x) => x,
        Err(text) => return fehler(text),
    };
    let r = match beurteile(&sit, am) {
        Ok(r) => r,
        Err(e) => return fehler(rechtsstand_text(e)),
    };
    let mut v = match (&r.leistungen, r.leistungen_fehlen) {
        (Some(b), _) => ergebnis_json(&id, am, b),
        // Before the data begins: no law this contract can speak for.
        (None, Some(e @ RechtsstandFehler::VorBeginn { .. })) => return fehler(rechtsstand_text(e)),
        // Beyond the horizon of a benefit area: the amounts are unknown, everything else stands.
        (None, e) => ohne_betraege_json(&id, am, e),
    };
    ergaenze_json(&mut v, &r, &sit);
    (v.to_string(), true)
}

/// The amounts when the law of a benefit area is not known for the date: `null`, never a guess.
fn ohne_betraege_json(id: &Value, am: Datum, fehler: Option<RechtsstandFehler>) -> Value {
    let leer = json!({"wohngeld": null, "buergergeld": null, "sozialhilfe": null, "kinderzuschlag": null, "kindergeld": null});
    let mut v = leer.clone();
    v["id"] = id.clone();
    v["regime"] = Value::Null;
    v["alternative"] = leer;
    v["net_wages"] = json!([]);
    v["rent_debt_takeover"] = json!({"arrears": null, "body": null});
    v["explain"] = json!([]);
    v["notes"] = json!(fehler.map(|e| vec![e.to_string()]).unwrap_or_default());
    v["law_date"] = json!(am.to_string());
    v["estimate"] = json!(true);
    v
}

/// Risk, deadlines, steps, contacts and the state of the law: always there, whatever the amounts.
fn ergaenze_json(v: &mut Value, r: &Beurteilung, sit: &Situation) {
    // The command-line contract speaks German, the language of the offices.
    let de = crate::darstellung::sprachen::sprache("de").texte();
    v["provisional"] = json!(r.vorlaeufig());
    v["law_state"] = rechtsstand_json(r);
    v["scenarios"] = json!(r
        .szenarien
        .iter()
        .map(|s| {
            let mut x = serde_json::to_value(betraege_json(&s.betraege)).unwrap_or(Value::Null);
            x["bills"] = json!(s.stichtag.angenommene_entwuerfe().map(|e| e.fundstelle).collect::<Vec<_>>());
            x["regime"] = json!(s.regime.code());
            x
        })
        .collect::<Vec<_>>());
    let spanne = |werte: Vec<f64>| -> Value {
        let von = werte.iter().cloned().fold(f64::INFINITY, f64::min);
        let bis = werte.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        if werte.is_empty() { Value::Null } else { json!([von, bis]) }
    };
    // The amounts across the law scenarios of the date: one value each while the law is verified.
    let ueber = |f: fn(&Betraege) -> Cent| spanne(r.szenarien.iter().map(|s| euro(f(&s.betraege))).collect());
    v["ranges"] = if r.szenarien.is_empty() {
        Value::Null
    } else {
        json!({
            "wohngeld": ueber(|b| b.wohngeld),
            "buergergeld": ueber(|b| b.buergergeld),
            "sozialhilfe": ueber(|b| b.sozialhilfe),
            "kinderzuschlag": ueber(|b| b.kinderzuschlag),
            "kindergeld": ueber(|b| b.kindergeld),
        })
    };
    v["stage"] = json!(r.stadium.code());
    v["today"] = json!(crate::rules::naechste_schritte::heute_zu_tun(&r.schritte).iter().map(|s| s.code).collect::<Vec<_>>());
    v["risk"] = json!({
        "level": r.risiko.stufe.code(),
        "factors": r.risiko.faktoren.iter().map(|f| json!({"code": f.code, "level": f.stufe.code(), "text": darstellung::faktor(de, f), "source": f.quelle})).collect::<Vec<_>>(),
    });
    v["deadlines"] = json!(r.fristen.iter().map(|f| json!({
        "kind": f.art.code(),
        "date": f.datum.map(|d| d.to_string()),
        "extended_to": f.verschoben_auf.map(|d| d.to_string()),
        "state": f.zustand.code(),
        "days_left": match f.zustand { crate::rules::fristen::Fristzustand::Offen { tage_uebrig } => Some(tage_uebrig), _ => None },
        "norm": f.norm,
        "rule": darstellung::frist_regel(de, f),
        "note": darstellung::frist_hinweise(de, f),
    })).collect::<Vec<_>>());
    v["next_steps"] = json!(r.schritte.iter().map(|s| json!({
        "when": s.wann.code(),
        "code": s.code,
        "text": darstellung::schritt_text(de, s),
        "why": darstellung::schritt_warum(de, s),
        "norm": s.norm,
        "documents": darstellung::unterlagen(de, s),
    })).collect::<Vec<_>>());
    // Every office of the region, in the order of the region file. Added compatibly:
    // `opening_hours`, `serves` (municipalities; [] = the whole region), `responsible` (this is
    // the office of its role for the household's municipality, `Region::stelle`), `note`,
    // `where_to_find` (the card's sentence for what the data leaves out), `caveat` (a value
    // shown comes from a secondary source) and `source`.
    let gemeinde = sit.gemeinde.map(|g| g.name);
    v["contacts"] = json!(sit.region.stellen.iter().map(|s| json!({
        "role": s.rolle.code(),
        "name": s.name,
        "street": s.strasse,
        "postcode": s.plz,
        "city": s.ort,
        "phone": s.telefon,
        "homepage": s.homepage,
        "opening_hours": s.oeffnungszeiten,
        "serves": s.zustaendig_fuer,
        "responsible": sit.region.stelle(s.rolle, gemeinde).is_some_and(|r| std::ptr::eq(r, s)),
        "note": s.hinweis,
        "where_to_find": crate::darstellung::kontakt::wo_finden(de, s, true),
        "caveat": s.vorbehalt,
        "source": s.quelle,
    })).collect::<Vec<_>>());
}

/// The reminder for whoever keeps the law up to date (`wohncheck-cli --law-state`, printed by
/// `make test`): each area's state on `heute`, the days until its verified-until date, and a
/// loud line for every area with less than `WARNUNG_TAGE` days left. Returns the text and
/// whether any area needs attention.
pub fn rechtsstand_bericht(heute: Datum) -> (String, bool) {
    use std::fmt::Write as _;
    const WARNUNG_TAGE: i64 = 60;
    let mut text = String::new();
    let _ = writeln!(text, "Law data on {heute} (src/rules/rechtsgebiete.toml; routine: docs/RECHTSPFLEGE.md):");
    let stand = crate::rules::params::rechtsstand(heute);
    for s in &stand {
        let g = s.daten();
        let _ = writeln!(
            text,
            "  {:<20} {:<12} verified until {} ({:>4} days), carried forward until {}",
            g.code,
            s.zustand.code(),
            g.geprueft_bis,
            heute.tage_bis(g.geprueft_bis),
            g.horizont
        );
    }
    let frueheste = stand.iter().map(|s| s.daten()).min_by_key(|g| g.geprueft_bis);
    let mut laut = false;
    if let Some(g) = frueheste {
        let _ = writeln!(text, "Earliest verified-until: {} ({}), {} days from today.", g.geprueft_bis, g.code, heute.tage_bis(g.geprueft_bis));
    }
    for s in &stand {
        let g = s.daten();
        let tage = heute.tage_bis(g.geprueft_bis);
        if tage < WARNUNG_TAGE {
            laut = true;
            let _ = writeln!(
                text,
                "!!! LAW DATA: {} is verified only until {} ({} days). Check the sources and update it (docs/RECHTSPFLEGE.md).",
                g.code, g.geprueft_bis, tage
            );
        }
    }
    (text, laut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reminder_is_loud_under_sixty_days() {
        let (text, laut) = rechtsstand_bericht(Datum::ymd(2026, 6, 1));
        assert!(!laut, "{text}");
        assert!(text.contains("mietrecht") && text.contains("wohngeld"));
        let (text, laut) = rechtsstand_bericht(Datum::ymd(2026, 11, 1));
        assert!(laut);
        assert!(text.contains("!!! LAW DATA: mietrecht is verified only until 2026-12-01 (30 days)"), "{text}");
        assert!(text.contains("Earliest verified-until: 2026-12-01 (mietrecht), 30 days from today."));
    }
}

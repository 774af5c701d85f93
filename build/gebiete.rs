//! `src/rules/rechtsgebiete.toml` into the areas of law, the pending bills and where each
//! bill's figures apply (`GEBIETE`, `ENTWUERFE`, `ENTWURF_BEZUEGE`, one constant per area).
//!
//! Why first: every dated value of a parameter or a region is checked against its area's
//! verified_until and horizon, and a value under a bill must name a bill that exists and
//! lists that area, so the later modules read through `Gebiete`.

use std::fmt::Write as _;
use std::path::Path;

use crate::helpers::{date_code, date_field, known_fields, optional_text, read_toml, relative, str_lit, text_field};

pub type Tag = (i32, u8, u8);

pub struct Gebiet {
    pub code: String,
    pub titel: String,
    pub normen: String,
    pub quelle: String,
    pub geprueft_bis: Tag,
    pub horizont: Tag,
    /// Beyond the horizon: apply the last verified rules (tenancy law) instead of "unknown".
    pub zuletzt_geprueft: bool,
}

pub struct Entwurf {
    pub code: String,
    pub art: &'static str,
    pub gebiete: Vec<usize>,
    pub titel: String,
    pub fundstelle: String,
    pub stand: String,
    pub quelle: String,
}

pub struct Gebiete {
    pub gebiete: Vec<Gebiet>,
    pub entwuerfe: Vec<Entwurf>,
    /// Where a bill's figures apply: (bill, first day, area). Scenarios are built from these.
    pub bezuege: Vec<(usize, Tag, usize)>,
}

/// The twelve-month limit on carrying law forward, as a date.
fn plus_zwoelf_monate((y, m, d): Tag) -> Tag {
    // 29 February + 12 months is 28 February: compare with the day clamped.
    let leap = |y: i32| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let d = if m == 2 && d == 29 && !leap(y + 1) { 28 } else { d };
    (y + 1, m, d)
}

pub fn gebiete(datei: &Path) -> Result<Gebiete, String> {
    let name = relative(datei);
    let t = read_toml(datei, &name)?;
    known_fields(&t, &name, &["checked_on", "areas", "bills"])?;
    date_field(t.get("checked_on"), &name, "checked_on")?;
    let areas = t.get("areas").and_then(|a| a.as_array()).ok_or_else(|| format!("{name}, field 'areas': missing (a list of [[areas]])"))?;
    let mut gebiete: Vec<Gebiet> = Vec::new();
    for (i, a) in areas.iter().enumerate() {
        let gebiet = gebiet(a, &format!("{name}, areas[{i}]"), &name, &gebiete)?;
        gebiete.push(gebiet);
    }
    let mut entwuerfe = Vec::new();
    if let Some(bills) = t.get("bills") {
        let bills = bills.as_array().ok_or_else(|| format!("{name}, field 'bills': expected a list of [[bills]]"))?;
        for (i, b) in bills.iter().enumerate() {
            let entwurf = entwurf(b, &format!("{name}, bills[{i}]"), &name, &gebiete, &entwuerfe)?;
            entwuerfe.push(entwurf);
        }
    }
    if entwuerfe.len() > 16 {
        return Err(format!("{name}: more than 16 bills; scenarios are a bit mask"));
    }
    Ok(Gebiete { gebiete, entwuerfe, bezuege: Vec::new() })
}

/// One `[[areas]]` entry: its dates and what lies beyond its horizon. `wo` is its place in
/// the file (areas[i]), for the messages before its id is known.
fn gebiet(a: &toml::Value, wo: &str, name: &str, frueher: &[Gebiet]) -> Result<Gebiet, String> {
    let a = a.as_table().ok_or_else(|| format!("{wo}: expected a table"))?;
    let code = text_field(a, wo, "id")?.to_string();
    if !code.chars().all(|c| c.is_ascii_lowercase() || c == '_') || frueher.iter().any(|g| g.code == code) {
        return Err(format!("{wo}, field 'id': '{code}' must be unique and only a-z and _"));
    }
    let w = format!("{name}: area '{code}'");
    known_fields(a, &w, &["id", "title", "norms", "verified_until", "horizon", "beyond_horizon", "source"])?;
    let geprueft_bis = date_field(a.get("verified_until"), &w, "verified_until")?;
    let horizont = date_field(a.get("horizon"), &w, "horizon")?;
    if horizont < geprueft_bis || horizont > plus_zwoelf_monate(geprueft_bis) {
        return Err(format!("{w}, field 'horizon': must lie between verified_until and twelve months after it"));
    }
    let zuletzt_geprueft = match text_field(a, &w, "beyond_horizon")? {
        "last_verified" => true,
        "unknown" => false,
        other => return Err(format!("{w}, field 'beyond_horizon': '{other}' is neither last_verified nor unknown")),
    };
    Ok(Gebiet {
        code,
        titel: text_field(a, &w, "title")?.into(),
        normen: text_field(a, &w, "norms")?.into(),
        quelle: text_field(a, &w, "source")?.into(),
        geprueft_bis,
        horizont,
        zuletzt_geprueft,
    })
}

/// One `[[bills]]` entry: its kind and the areas whose figures it would change. `wo` is its
/// place in the file (bills[i]).
fn entwurf(b: &toml::Value, wo: &str, name: &str, gebiete: &[Gebiet], frueher: &[Entwurf]) -> Result<Entwurf, String> {
    let b = b.as_table().ok_or_else(|| format!("{wo}: expected a table"))?;
    let code = text_field(b, wo, "id")?.to_string();
    if !code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') || frueher.iter().any(|e| e.code == code) {
        return Err(format!("{wo}, field 'id': '{code}' must be unique and only a-z, 0-9 and _"));
    }
    let w = format!("{name}: bill '{code}'");
    known_fields(b, &w, &["id", "kind", "areas", "title", "reference", "state", "source"])?;
    let art = match text_field(b, &w, "kind")? {
        "scenario" => "Szenario",
        "only_figure" => "EinzigerWert",
        "note" => "Hinweis",
        other => return Err(format!("{w}, field 'kind': '{other}' is none of scenario, only_figure, note")),
    };
    let liste = b.get("areas").and_then(|a| a.as_array()).ok_or_else(|| format!("{w}, field 'areas': missing (a list of area names)"))?;
    let mut indizes = Vec::new();
    for x in liste {
        let code = x.as_str().unwrap_or("");
        let i = gebiete.iter().position(|g| g.code == code).ok_or_else(|| format!("{w}, field 'areas': '{code}' is no area"))?;
        indizes.push(i);
    }
    Ok(Entwurf {
        code,
        art,
        gebiete: indizes,
        titel: text_field(b, &w, "title")?.into(),
        fundstelle: text_field(b, &w, "reference")?.into(),
        stand: text_field(b, &w, "state")?.into(),
        quelle: text_field(b, &w, "source")?.into(),
    })
}

impl Gebiete {
    pub fn gebiet(&self, code: &str, wo: &str) -> Result<usize, String> {
        self.gebiete.iter().position(|g| g.code == code).ok_or_else(|| {
            let namen: Vec<&str> = self.gebiete.iter().map(|g| g.code.as_str()).collect();
            format!("{wo}: '{code}' is none of the areas in src/rules/rechtsgebiete.toml ({})", namen.join(", "))
        })
    }

    /// A value's `status` and `bill`, checked against its area's dates. Returns the code for
    /// `status` and `entwurf`.
    pub fn status(&mut self, v: &toml::Table, vw: &str, gebiet: usize, ab: Tag) -> Result<(String, String), String> {
        let g = &self.gebiete[gebiet];
        let status = optional_text(v, vw, "status")?;
        let bill = optional_text(v, vw, "bill")?;
        if ab > g.horizont {
            return Err(format!("{vw}, field 'valid_from': lies after the area's horizon"));
        }
        let status = match (status, ab <= g.geprueft_bis) {
            (None | Some("verified"), true) => "Geprueft",
            (Some(other), true) => {
                return Err(format!("{vw}, field 'status': '{other}' before the area's verified_until; only verified law lies there"))
            }
            (None, false) => return Err(format!("{vw}, field 'status': missing (verified, carried_forward or bill after the area's verified_until)")),
            (Some("verified"), false) => "Geprueft",
            (Some("carried_forward"), false) => "Fortgeschrieben",
            (Some("bill"), false) => "Entwurf",
            (Some(other), false) => return Err(format!("{vw}, field 'status': '{other}' is none of verified, carried_forward, bill")),
        };
        let entwurf = match (status, bill) {
            ("Entwurf", None) => return Err(format!("{vw}, field 'bill': a value with status bill names its bill")),
            ("Entwurf", Some(b)) => {
                let i = self.entwuerfe.iter().position(|e| e.code == b).ok_or_else(|| format!("{vw}, field 'bill': '{b}' is not in src/rules/rechtsgebiete.toml"))?;
                if self.entwuerfe[i].art == "Hinweis" {
                    return Err(format!("{vw}, field 'bill': '{b}' is a note; its figures are never applied"));
                }
                if !self.entwuerfe[i].gebiete.contains(&gebiet) {
                    return Err(format!("{vw}, field 'bill': '{b}' does not list the area '{}'", g.code));
                }
                self.bezuege.push((i, ab, gebiet));
                format!("Some({i})")
            }
            (_, Some(_)) => return Err(format!("{vw}, field 'bill': only for status = \"bill\"")),
            (_, None) => "None".into(),
        };
        Ok((format!("Status::{status}"), entwurf))
    }

    pub fn ist_szenario(&self, entwurf: &str) -> bool {
        entwurf.strip_prefix("Some(").and_then(|r| r.strip_suffix(')')).and_then(|i| i.parse::<usize>().ok())
            .is_some_and(|i| self.entwuerfe[i].art == "Szenario")
    }
}

pub fn gebiete_code(g: &Gebiete) -> String {
    let gebiete: Vec<String> = g
        .gebiete
        .iter()
        .map(|x| {
            format!(
                "Gebietsdaten {{ code: {}, titel: meta!({}), normen: meta!({}), quelle: meta!({}), geprueft_bis: {}, horizont: {}, zuletzt_geprueft: {} }}",
                str_lit(&x.code),
                str_lit(&x.titel),
                str_lit(&x.normen),
                str_lit(&x.quelle),
                date_code(x.geprueft_bis),
                date_code(x.horizont),
                x.zuletzt_geprueft
            )
        })
        .collect();
    let entwuerfe: Vec<String> = g
        .entwuerfe
        .iter()
        .map(|e| {
            format!(
                "Entwurf {{ code: {}, art: Entwurfsart::{}, gebiete: &[{}], fundstelle: {}, titel: meta!({}), stand: meta!({}), quelle: meta!({}) }}",
                str_lit(&e.code),
                e.art,
                e.gebiete.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", "),
                str_lit(&e.fundstelle),
                str_lit(&e.titel),
                str_lit(&e.stand),
                str_lit(&e.quelle)
            )
        })
        .collect();
    let mut bezuege: Vec<String> = g.bezuege.iter().map(|(e, ab, gebiet)| format!("({e}, {}, {gebiet})", date_code(*ab))).collect();
    bezuege.sort();
    bezuege.dedup();
    let mut konstanten = String::new();
    for (i, x) in g.gebiete.iter().enumerate() {
        let _ = writeln!(konstanten, "    pub const {}: Gebiet = Gebiet({i});", x.code.to_uppercase());
    }
    format!(
        "/// The areas of law, from src/rules/rechtsgebiete.toml.\n\
         pub static GEBIETE: &[Gebietsdaten] = &[{}];\n\
         /// Pending bills, from src/rules/rechtsgebiete.toml.\n\
         pub static ENTWUERFE: &[Entwurf] = &[{}];\n\
         /// (bill, first day, area) wherever a bill's figures apply.\n\
         pub static ENTWURF_BEZUEGE: &[(usize, Datum, usize)] = &[{}];\n\
         /// One constant per area.\n\
         pub mod gebiet {{\n    use super::Gebiet;\n{konstanten}}}\n",
        gebiete.join(", "),
        entwuerfe.join(", "),
        bezuege.join(", ")
    )
}

//! Turns the legal parameter files (`src/rules/params/*.toml`) and the region
//! profiles (`src/region/*.toml`) into Rust statics.
//!
//! Why at build time: a malformed file must stop the build with a message naming
//! the file and the field, the widget must not carry a parser for its own data,
//! and every parameter the rules use becomes a constant that the compiler checks.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());

    let params_dir = root.join("src/rules/params");
    let region_dir = root.join("src/region");
    let gebiete_datei = root.join("src/rules/rechtsgebiete.toml");
    println!("cargo:rerun-if-changed={}", params_dir.display());
    println!("cargo:rerun-if-changed={}", region_dir.display());
    println!("cargo:rerun-if-changed={}", gebiete_datei.display());

    let mut gebiete = match gebiete(&gebiete_datei) {
        Ok(g) => g,
        Err(e) => fail(&e),
    };
    let params = match parameter_code(&params_dir, &mut gebiete) {
        Ok(code) => code,
        Err(e) => fail(&e),
    };
    let regions = match region_code(&region_dir, &mut gebiete) {
        Ok(code) => code,
        Err(e) => fail(&e),
    };
    fs::write(out.join("parameter.rs"), format!("{params}\n{}", gebiete_code(&gebiete))).unwrap();
    fs::write(out.join("regionen.rs"), regions).unwrap();

    let locale_dir = root.join("locales");
    println!("cargo:rerun-if-changed={}", locale_dir.display());
    match locale_code(&locale_dir, &gebiete) {
        Ok(code) => fs::write(out.join("texte.rs"), code).unwrap(),
        Err(e) => fail(&e),
    }
}

fn fail(message: &str) -> ! {
    // cargo shows build-script panics with their message; make it the first line.
    eprintln!("error: {message}");
    panic!("{message}");
}

fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read folder: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    Ok(files)
}

fn relative(path: &Path) -> String {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    path.strip_prefix(&root).unwrap_or(path).display().to_string()
}

// ---------------------------------------------------------------- dates

fn parse_date(text: &str) -> Option<(i32, u8, u8)> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = text[0..4].parse().ok()?;
    let m: u8 = text[5..7].parse().ok()?;
    let d: u8 = text[8..10].parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (d >= 1 && d <= days).then_some((y, m, d))
}

fn date_field(v: Option<&toml::Value>, where_: &str, field: &str) -> Result<(i32, u8, u8), String> {
    let text = match v {
        Some(toml::Value::String(s)) => s.clone(),
        Some(toml::Value::Datetime(d)) => d.to_string(),
        Some(other) => return Err(format!("{where_}, field '{field}': expected a date YYYY-MM-DD, found {other}")),
        None => return Err(format!("{where_}, field '{field}': missing")),
    };
    parse_date(&text).ok_or_else(|| format!("{where_}, field '{field}': '{text}' is not a date YYYY-MM-DD"))
}

fn date_code((y, m, d): (i32, u8, u8)) -> String {
    format!("Datum::ymd({y}, {m}, {d})")
}

fn text_field<'a>(t: &'a toml::Table, where_: &str, field: &str) -> Result<&'a str, String> {
    match t.get(field) {
        Some(toml::Value::String(s)) if !s.trim().is_empty() => Ok(s),
        Some(toml::Value::String(_)) => Err(format!("{where_}, field '{field}': must not be empty")),
        Some(other) => Err(format!("{where_}, field '{field}': expected text, found {other}")),
        None => Err(format!("{where_}, field '{field}': missing")),
    }
}

fn optional_text<'a>(t: &'a toml::Table, where_: &str, field: &str) -> Result<Option<&'a str>, String> {
    match t.get(field) {
        None => Ok(None),
        Some(toml::Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(toml::Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("{where_}, field '{field}': expected text, found {other}")),
    }
}

fn str_lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt_str_lit(s: Option<&str>) -> String {
    match s {
        Some(s) => format!("Some({s:?})"),
        None => "None".into(),
    }
}

// ---------------------------------------------------------------- numbers

/// An exact decimal, as the value times 10^10: Anlage 3 WoGG computes with ten decimal places.
fn exact_e10(v: &toml::Value, where_: &str) -> Result<(f64, i64), String> {
    let text = match v {
        toml::Value::Integer(i) => i.to_string(),
        // Rust prints the shortest text that reads back as the same f64, which is
        // the decimal the data file was written with.
        toml::Value::Float(f) if f.is_finite() => format!("{f}"),
        other => return Err(format!("{where_}: expected a number, found {other}")),
    };
    let (neg, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if frac_part.len() > 10 {
        return Err(format!("{where_}: {text} has more than 10 decimal places"));
    }
    let mut scaled: i128 = int_part.parse::<i128>().map_err(|_| format!("{where_}: cannot read {text}"))?;
    for i in 0..10 {
        let digit = frac_part.as_bytes().get(i).map(|b| (b - b'0') as i128).unwrap_or(0);
        scaled = scaled * 10 + digit;
    }
    if scaled > i64::MAX as i128 {
        return Err(format!("{where_}: {text} is too large"));
    }
    let scaled = if neg { -(scaled as i64) } else { scaled as i64 };
    let f: f64 = text.parse().unwrap();
    Ok((f, scaled))
}

fn zahl_code(v: &toml::Value, where_: &str) -> Result<String, String> {
    let (f, e10) = exact_e10(v, where_)?;
    Ok(format!("Zahl {{ f: {f:?}, e10: {e10} }}"))
}

#[derive(PartialEq, Debug)]
enum Shape {
    Number,
    List(usize),
    Table(usize, Vec<usize>),
}

fn wert_code(v: &toml::Value, where_: &str) -> Result<(String, Shape), String> {
    match v {
        toml::Value::Array(items) if items.first().is_some_and(|i| i.is_array()) => {
            let mut rows = Vec::new();
            let mut lens = Vec::new();
            for (r, row) in items.iter().enumerate() {
                let row = row.as_array().ok_or_else(|| format!("{where_}: row {} is not a list", r + 1))?;
                let cells: Result<Vec<String>, String> = row
                    .iter()
                    .enumerate()
                    .map(|(c, x)| zahl_code(x, &format!("{where_}, row {}, column {}", r + 1, c + 1)))
                    .collect();
                lens.push(row.len());
                rows.push(format!("&[{}]", cells?.join(", ")));
            }
            Ok((format!("Wert::Tabelle(&[{}])", rows.join(", ")), Shape::Table(items.len(), lens)))
        }
        toml::Value::Array(items) => {
            let cells: Result<Vec<String>, String> = items
                .iter()
                .enumerate()
                .map(|(i, x)| zahl_code(x, &format!("{where_}, item {}", i + 1)))
                .collect();
            Ok((format!("Wert::Liste(&[{}])", cells?.join(", ")), Shape::List(items.len())))
        }
        other => Ok((format!("Wert::Zahl({})", zahl_code(other, where_)?), Shape::Number)),
    }
}

// ---------------------------------------------------------------- areas of law and bills

type Tag = (i32, u8, u8);

struct Gebiet {
    code: String,
    titel: String,
    normen: String,
    quelle: String,
    geprueft_bis: Tag,
    horizont: Tag,
    /// Beyond the horizon: apply the last verified rules (tenancy law) instead of "unknown".
    zuletzt_geprueft: bool,
}

struct Entwurf {
    code: String,
    art: &'static str,
    gebiete: Vec<usize>,
    titel: String,
    fundstelle: String,
    stand: String,
    quelle: String,
}

struct Gebiete {
    gebiete: Vec<Gebiet>,
    entwuerfe: Vec<Entwurf>,
    /// Where a bill's figures apply: (bill, first day, area). Scenarios are built from these.
    bezuege: Vec<(usize, Tag, usize)>,
}

/// The twelve-month limit on carrying law forward, as a date.
fn plus_zwoelf_monate((y, m, d): Tag) -> Tag {
    // 29 February + 12 months is 28 February: compare with the day clamped.
    let leap = |y: i32| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let d = if m == 2 && d == 29 && !leap(y + 1) { 28 } else { d };
    (y + 1, m, d)
}

fn gebiete(datei: &Path) -> Result<Gebiete, String> {
    let name = relative(datei);
    let text = fs::read_to_string(datei).map_err(|e| format!("{name}: {e}"))?;
    let t: toml::Table = text.parse().map_err(|e| format!("{name}: not valid TOML: {e}"))?;
    for field in t.keys() {
        if !["checked_on", "areas", "bills"].contains(&field.as_str()) {
            return Err(format!("{name}, field '{field}': unknown field"));
        }
    }
    date_field(t.get("checked_on"), &name, "checked_on")?;
    let areas = t.get("areas").and_then(|a| a.as_array()).ok_or_else(|| format!("{name}, field 'areas': missing (a list of [[areas]])"))?;
    let mut gebiete: Vec<Gebiet> = Vec::new();
    for (i, a) in areas.iter().enumerate() {
        let a = a.as_table().ok_or_else(|| format!("{name}, areas[{i}]: expected a table"))?;
        let code = text_field(a, &format!("{name}, areas[{i}]"), "id")?.to_string();
        if !code.chars().all(|c| c.is_ascii_lowercase() || c == '_') || gebiete.iter().any(|g| g.code == code) {
            return Err(format!("{name}, areas[{i}], field 'id': '{code}' must be unique and only a-z and _"));
        }
        let w = format!("{name}: area '{code}'");
        for field in a.keys() {
            if !["id", "title", "norms", "verified_until", "horizon", "beyond_horizon", "source"].contains(&field.as_str()) {
                return Err(format!("{w}, field '{field}': unknown field"));
            }
        }
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
        gebiete.push(Gebiet {
            code: code.clone(),
            titel: text_field(a, &w, "title")?.into(),
            normen: text_field(a, &w, "norms")?.into(),
            quelle: text_field(a, &w, "source")?.into(),
            geprueft_bis,
            horizont,
            zuletzt_geprueft,
        });
    }
    let mut entwuerfe = Vec::new();
    if let Some(bills) = t.get("bills") {
        let bills = bills.as_array().ok_or_else(|| format!("{name}, field 'bills': expected a list of [[bills]]"))?;
        for (i, b) in bills.iter().enumerate() {
            let b = b.as_table().ok_or_else(|| format!("{name}, bills[{i}]: expected a table"))?;
            let code = text_field(b, &format!("{name}, bills[{i}]"), "id")?.to_string();
            if !code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') || entwuerfe.iter().any(|e: &Entwurf| e.code == code) {
                return Err(format!("{name}, bills[{i}], field 'id': '{code}' must be unique and only a-z, 0-9 and _"));
            }
            let w = format!("{name}: bill '{code}'");
            for field in b.keys() {
                if !["id", "kind", "areas", "title", "reference", "state", "source"].contains(&field.as_str()) {
                    return Err(format!("{w}, field '{field}': unknown field"));
                }
            }
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
            entwuerfe.push(Entwurf {
                code: code.clone(),
                art,
                gebiete: indizes,
                titel: text_field(b, &w, "title")?.into(),
                fundstelle: text_field(b, &w, "reference")?.into(),
                stand: text_field(b, &w, "state")?.into(),
                quelle: text_field(b, &w, "source")?.into(),
            });
        }
    }
    if entwuerfe.len() > 16 {
        return Err(format!("{name}: more than 16 bills; scenarios are a bit mask"));
    }
    Ok(Gebiete { gebiete, entwuerfe, bezuege: Vec::new() })
}

impl Gebiete {
    fn gebiet(&self, code: &str, wo: &str) -> Result<usize, String> {
        self.gebiete.iter().position(|g| g.code == code).ok_or_else(|| {
            let namen: Vec<&str> = self.gebiete.iter().map(|g| g.code.as_str()).collect();
            format!("{wo}: '{code}' is none of the areas in src/rules/rechtsgebiete.toml ({})", namen.join(", "))
        })
    }

    /// A value's `status` and `bill`, checked against its area's dates. Returns the code for
    /// `status` and `entwurf`.
    fn status(&mut self, v: &toml::Table, vw: &str, gebiet: usize, ab: Tag) -> Result<(String, String), String> {
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

    fn ist_szenario(&self, entwurf: &str) -> bool {
        entwurf.strip_prefix("Some(").and_then(|r| r.strip_suffix(')')).and_then(|i| i.parse::<usize>().ok())
            .is_some_and(|i| self.entwuerfe[i].art == "Szenario")
    }
}

fn gebiete_code(g: &Gebiete) -> String {
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

// ---------------------------------------------------------------- parameters

fn parameter_code(dir: &Path, g: &mut Gebiete) -> Result<String, String> {
    let mut entries = String::new();
    let mut ids = String::new();
    let mut index = 0usize;
    let mut seen = BTreeMap::new();

    for file in toml_files(dir)? {
        let name = relative(&file);
        let text = fs::read_to_string(&file).map_err(|e| format!("{name}: {e}"))?;
        let table: toml::Table = text.parse().map_err(|e| format!("{name}: not valid TOML: {e}"))?;
        let stem = file.file_stem().unwrap().to_string_lossy().to_string();
        if table.contains_key("known_until") {
            return Err(format!("{name}, field 'known_until': replaced by the area's verified_until and horizon in src/rules/rechtsgebiete.toml"));
        }
        let gebiet = g.gebiet(text_field(&table, &name, "area")?, &format!("{name}, field 'area'"))?;

        for (key, value) in &table {
            if key == "area" || key == "checked_on" || key == "about" {
                continue;
            }
            let where_ = format!("{name}: parameter '{key}'");
            let p = value.as_table().ok_or_else(|| format!("{where_}: expected a table [{key}]"))?;
            for field in p.keys() {
                if !["title", "unit", "norm", "source", "note", "values"].contains(&field.as_str()) {
                    return Err(format!("{where_}, field '{field}': unknown field"));
                }
            }
            let title = text_field(p, &where_, "title")?;
            let unit = text_field(p, &where_, "unit")?;
            let norm = text_field(p, &where_, "norm")?;
            let source = text_field(p, &where_, "source")?;
            let note = optional_text(p, &where_, "note")?;
            let values = p
                .get("values")
                .and_then(|v| v.as_array())
                .ok_or_else(|| format!("{where_}, field 'values': missing (a list of {{ valid_from, value }})"))?;
            if values.is_empty() {
                return Err(format!("{where_}, field 'values': must hold at least one dated value"));
            }
            let mut staende = Vec::new();
            // The last date of each track: the law as it stands (None) and each bill's scenario.
            let mut letzte: BTreeMap<String, Tag> = BTreeMap::new();
            let mut previous: Option<Tag> = None;
            let mut shape: Option<Shape> = None;
            for (i, v) in values.iter().enumerate() {
                let vw = format!("{where_}, values[{i}]");
                let v = v.as_table().ok_or_else(|| format!("{vw}: expected {{ valid_from, value }}"))?;
                for field in v.keys() {
                    if !["valid_from", "value", "source", "norm", "status", "bill"].contains(&field.as_str()) {
                        return Err(format!("{vw}, field '{field}': unknown field"));
                    }
                }
                let from = date_field(v.get("valid_from"), &vw, "valid_from")?;
                let (status, entwurf) = g.status(v, &vw, gebiet, from)?;
                // A scenario's value stands beside the law's value of the same day; every other
                // value starts a new period.
                let spur = if g.ist_szenario(&entwurf) { entwurf.clone() } else { "None".into() };
                if previous.is_some_and(|p| from < p) {
                    return Err(format!("{vw}, field 'valid_from': dates must not decrease"));
                }
                if letzte.get(&spur).is_some_and(|p| from <= *p) || (spur == "None" && previous.is_some_and(|p| from <= p)) {
                    return Err(format!("{vw}, field 'valid_from': dates must be strictly increasing (overlap)"));
                }
                letzte.insert(spur, from);
                previous = Some(from);
                let raw = v.get("value").ok_or_else(|| format!("{vw}, field 'value': missing"))?;
                let (code, this_shape) = wert_code(raw, &format!("{vw}, field 'value'"))?;
                if let Some(s) = &shape {
                    let comparable = match (s, &this_shape) {
                        (Shape::Number, Shape::Number) => true,
                        (Shape::List(_), Shape::List(_)) => true,
                        // Row counts may change over time (a new age band); the columns may not.
                        (Shape::Table(_, a), Shape::Table(_, b)) => a.first() == b.first(),
                        _ => false,
                    };
                    if !comparable {
                        return Err(format!("{vw}, field 'value': shape {this_shape:?} differs from the earlier {s:?}"));
                    }
                }
                shape = Some(this_shape);
                let source_override = optional_text(v, &vw, "source")?;
                let norm_override = optional_text(v, &vw, "norm")?;
                if status != "Status::Geprueft" && source_override.is_none() {
                    return Err(format!("{vw}, field 'source': a value that is not verified law says where it comes from"));
                }
                staende.push(format!(
                    "Stand {{ gueltig_ab: {}, wert: {code}, quelle: meta_opt!({}), norm: {}, status: {status}, entwurf: {entwurf} }}",
                    date_code(from),
                    opt_str_lit(source_override),
                    opt_str_lit(norm_override)
                ));
            }

            let full_key = format!("{stem}.{key}");
            if seen.insert(full_key.clone(), name.clone()).is_some() {
                return Err(format!("{where_}: the key {full_key} is defined twice"));
            }
            // The browser never shows titles, units, sources or notes of parameters, only
            // the norm: leave the long texts out of the WebAssembly (`meta!` below).
            let _ = writeln!(
                entries,
                "    Parameter {{ schluessel: {}, datei: meta!({}), titel: meta!({}), einheit: meta!({}), norm: {}, quelle: meta!({}), hinweis: meta_opt!({}), gebiet: Gebiet({gebiet}), staende: &[{}] }},",
                str_lit(&full_key),
                str_lit(&name),
                str_lit(title),
                str_lit(unit),
                str_lit(norm),
                str_lit(source),
                opt_str_lit(note),
                staende.join(", ")
            );
            let const_name = format!("{}_{}", stem, key).to_uppercase().replace(['-', '.'], "_");
            let _ = writeln!(ids, "    pub const {const_name}: ParamId = ParamId({index});");
            index += 1;
        }
    }

    Ok(format!(
        "// Generated by build.rs from src/rules/params/*.toml and src/rules/rechtsgebiete.toml. Do not edit.\n\
         {META_MAKROS}\
         pub static PARAMETER: &[Parameter] = &[\n{entries}];\n\n\
         /// One constant per parameter: `<file>_<key>` in upper case.\n\
         pub mod id {{\n    use super::ParamId;\n{ids}}}\n"
    ))
}

// ---------------------------------------------------------------- regions

fn region_code(dir: &Path, g: &mut Gebiete) -> Result<String, String> {
    let mut regions = String::new();
    for file in toml_files(dir)? {
        let name = relative(&file);
        let text = fs::read_to_string(&file).map_err(|e| format!("{name}: {e}"))?;
        let t: toml::Table = text.parse().map_err(|e| format!("{name}: not valid TOML: {e}"))?;
        for field in t.keys() {
            if !["id", "name", "checked_on", "offices", "municipalities"].contains(&field.as_str()) {
                return Err(format!("{name}, field '{field}': unknown field"));
            }
        }
        let id = text_field(&t, &name, "id")?;
        let expected_id = file.file_stem().unwrap().to_string_lossy();
        if id != expected_id {
            return Err(format!("{name}, field 'id': must equal the file name '{expected_id}'"));
        }
        let region_name = text_field(&t, &name, "name")?;
        let checked_on = date_field(t.get("checked_on"), &name, "checked_on")?;

        // The municipality names first: an office's `serves` must name them exactly.
        let mut muni_names: Vec<&str> = Vec::new();
        if let Some(toml::Value::Array(munis)) = t.get("municipalities") {
            for (i, m) in munis.iter().enumerate() {
                if let Some(m) = m.as_table() {
                    let n = text_field(m, &format!("{name}, municipalities[{i}]"), "name")?;
                    if muni_names.contains(&n) {
                        return Err(format!("{name}, municipalities[{i}], field 'name': '{n}' is listed twice"));
                    }
                    muni_names.push(n);
                }
            }
        }

        let offices = t
            .get("offices")
            .and_then(|o| o.as_array())
            .ok_or_else(|| format!("{name}, field 'offices': missing (a list of [[offices]])"))?;
        let mut office_code = Vec::new();
        let mut counselling = 0;
        // Per role: which office serves which municipality, and which serves the whole region.
        let mut served: BTreeMap<(String, String), usize> = BTreeMap::new();
        let mut region_wide: BTreeMap<String, usize> = BTreeMap::new();
        for (i, o) in offices.iter().enumerate() {
            let w = format!("{name}, offices[{i}]");
            let o = o.as_table().ok_or_else(|| format!("{w}: expected a table"))?;
            for field in o.keys() {
                if ![
                    "role", "name", "street", "postcode", "city", "phone", "opening_hours", "homepage", "note", "note_en", "serves",
                    "where_to_find", "where_to_find_en", "caveat", "caveat_en", "source",
                ]
                .contains(&field.as_str())
                {
                    return Err(format!("{w}, field '{field}': unknown field"));
                }
            }
            let role = text_field(o, &w, "role")?;
            let role_code = match role {
                "wohnungssicherung" => "Rolle::Wohnungssicherung",
                "jobcenter" => "Rolle::Jobcenter",
                "sozialamt" => "Rolle::Sozialamt",
                "wohngeldstelle" => "Rolle::Wohngeldstelle",
                "agentur_fuer_arbeit" => "Rolle::AgenturFuerArbeit",
                "amtsgericht" => "Rolle::Amtsgericht",
                "other" => "Rolle::Sonstige",
                other => {
                    return Err(format!(
                        "{w}, field 'role': '{other}' is none of wohnungssicherung, jobcenter, sozialamt, wohngeldstelle, agentur_fuer_arbeit, amtsgericht, other"
                    ))
                }
            };
            if role == "wohnungssicherung" {
                counselling += 1;
            }
            let phone = optional_text(o, &w, "phone")?;
            if let Some(p) = phone {
                if !p.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '/' || c == '+') {
                    return Err(format!("{w}, field 'phone': '{p}' may hold only digits, spaces, '-', '/' and '+'"));
                }
                if p.chars().filter(|c| c.is_ascii_digit()).count() < 6 {
                    return Err(format!("{w}, field 'phone': '{p}' is too short for a phone number with area code"));
                }
            }
            let homepage = optional_text(o, &w, "homepage")?;
            if let Some(h) = homepage {
                if !h.starts_with("https://") || h.len() <= "https://".len() || h.contains(char::is_whitespace) {
                    return Err(format!("{w}, field 'homepage': '{h}' must start with https:// and hold no spaces"));
                }
            }
            // The address is shown only whole: street, postcode and city together or none.
            let street = optional_text(o, &w, "street")?;
            let postcode = optional_text(o, &w, "postcode")?;
            let city = optional_text(o, &w, "city")?;
            let address_parts = [street.is_some(), postcode.is_some(), city.is_some()];
            if address_parts.contains(&true) && address_parts.contains(&false) {
                return Err(format!(
                    "{w}, fields 'street', 'postcode', 'city': give all three or none (an address in part is not shown)"
                ));
            }
            if let Some(p) = postcode {
                if p.len() != 5 || !p.chars().all(|c| c.is_ascii_digit()) {
                    return Err(format!("{w}, field 'postcode': '{p}' is not a German postcode of five digits"));
                }
            }
            let opening_hours = optional_text(o, &w, "opening_hours")?;
            // Texts in two languages come in pairs, so no visitor misses a caveat or a hint.
            let pair = |de: &str, en: &str| -> Result<(Option<&str>, Option<&str>), String> {
                let (d, e) = (optional_text(o, &w, de)?, optional_text(o, &w, en)?);
                match (d, e) {
                    (Some(_), None) => Err(format!("{w}, field '{en}': missing (every '{de}' needs its English text)")),
                    (None, Some(_)) => Err(format!("{w}, field '{de}': missing (there is a '{en}')")),
                    _ => Ok((d, e)),
                }
            };
            let (where_to_find, where_to_find_en) = pair("where_to_find", "where_to_find_en")?;
            let (caveat, caveat_en) = pair("caveat", "caveat_en")?;
            let (note, note_en) = pair("note", "note_en")?;
            // Nothing to call or look up and no hint where to: the card would leave the person alone.
            if phone.is_none() && homepage.is_none() && where_to_find.is_none() {
                return Err(format!("{w}, field 'where_to_find': needed when an office has neither phone nor homepage"));
            }
            let serves: Vec<&str> = match o.get("serves") {
                None => Vec::new(),
                Some(toml::Value::Array(list)) => {
                    let mut names = Vec::new();
                    for (j, v) in list.iter().enumerate() {
                        let n = v.as_str().ok_or_else(|| format!("{w}, field 'serves'[{j}]: expected a municipality's name, found {v}"))?;
                        if !muni_names.contains(&n) {
                            return Err(format!("{w}, field 'serves': '{n}' is not one of the [[municipalities]] of this file"));
                        }
                        if names.contains(&n) {
                            return Err(format!("{w}, field 'serves': '{n}' is listed twice"));
                        }
                        names.push(n);
                    }
                    if names.is_empty() {
                        return Err(format!("{w}, field 'serves': empty; leave the field out for an office of the whole region"));
                    }
                    names
                }
                Some(other) => return Err(format!("{w}, field 'serves': expected a list of municipalities, found {other}")),
            };
            if role == "wohnungssicherung" && !serves.is_empty() {
                return Err(format!("{w}, field 'serves': the counselling office serves the whole region"));
            }
            // One office per role and municipality, so the lookup has one answer ("other" may repeat).
            if role != "other" {
                if serves.is_empty() {
                    if let Some(first) = region_wide.insert(role.to_string(), i) {
                        return Err(format!(
                            "{w}, field 'serves': offices[{first}] already serves the whole region as '{role}'; give one of them a 'serves' list"
                        ));
                    }
                }
                for n in &serves {
                    if let Some(first) = served.insert((role.to_string(), n.to_string()), i) {
                        return Err(format!("{w}, field 'serves': '{n}' is already served by offices[{first}] as '{role}'; one office per role and municipality"));
                    }
                }
            }
            office_code.push(format!(
                "Stelle {{ rolle: {role_code}, name: {}, strasse: {}, plz: {}, ort: {}, telefon: {}, oeffnungszeiten: {}, homepage: {}, hinweis: {}, hinweis_en: {}, zustaendig_fuer: &[{}], wo_finden: {}, wo_finden_en: {}, vorbehalt: {}, vorbehalt_en: {}, quelle: meta!({}) }}",
                str_lit(text_field(o, &w, "name")?),
                opt_str_lit(street),
                opt_str_lit(postcode),
                opt_str_lit(city),
                opt_str_lit(phone),
                opt_str_lit(opening_hours),
                opt_str_lit(homepage),
                opt_str_lit(note),
                opt_str_lit(note_en),
                serves.iter().map(|n| str_lit(n)).collect::<Vec<_>>().join(", "),
                opt_str_lit(where_to_find),
                opt_str_lit(where_to_find_en),
                opt_str_lit(caveat),
                opt_str_lit(caveat_en),
                str_lit(text_field(o, &w, "source")?),
            ));
        }
        if counselling != 1 {
            return Err(format!("{name}, field 'offices': needs exactly one office with role = \"wohnungssicherung\" (found {counselling})"));
        }

        let mut muni_code = Vec::new();
        if let Some(munis) = t.get("municipalities") {
            let munis = munis.as_array().ok_or_else(|| format!("{name}, field 'municipalities': expected a list"))?;
            for (i, m) in munis.iter().enumerate() {
                let w = format!("{name}, municipalities[{i}]");
                let m = m.as_table().ok_or_else(|| format!("{w}: expected a table"))?;
                for field in m.keys() {
                    if !["name", "ags", "mietstufe", "mietstufe_valid_from", "mietstufe_known_until", "mietstufe_bill", "source"]
                        .contains(&field.as_str())
                    {
                        return Err(format!("{w}, field '{field}': unknown field"));
                    }
                }
                let mietstufe = match m.get("mietstufe") {
                    None => "None".to_string(),
                    Some(toml::Value::Integer(s)) if (1..=7).contains(s) => format!("Some({s})"),
                    Some(other) => return Err(format!("{w}, field 'mietstufe': expected 1..7, found {other}")),
                };
                let from = match m.get("mietstufe_valid_from") {
                    None => "None".to_string(),
                    v => format!("Some({})", date_code(date_field(v, &w, "mietstufe_valid_from")?)),
                };
                let until = match m.get("mietstufe_known_until") {
                    None => "None".to_string(),
                    v => format!("Some({})", date_code(date_field(v, &w, "mietstufe_known_until")?)),
                };
                // A Mietstufe that only a bill sets: { bill, value, valid_from, source }.
                let nach_entwurf = match m.get("mietstufe_bill") {
                    None => "None".to_string(),
                    Some(toml::Value::Table(b)) => {
                        let bw = format!("{w}, field 'mietstufe_bill'");
                        for field in b.keys() {
                            if !["bill", "value", "valid_from", "source"].contains(&field.as_str()) {
                                return Err(format!("{bw}, field '{field}': unknown field"));
                            }
                        }
                        let stufe = match b.get("value") {
                            Some(toml::Value::Integer(s)) if (1..=7).contains(s) => *s,
                            other => return Err(format!("{bw}, field 'value': expected 1..7, found {other:?}")),
                        };
                        let ab = date_field(b.get("valid_from"), &bw, "valid_from")?;
                        text_field(b, &bw, "source")?;
                        let mut mit_status = b.clone();
                        mit_status.insert("status".into(), toml::Value::String("bill".into()));
                        let wohngeld = g.gebiet("wohngeld", &bw)?;
                        let (_, entwurf) = g.status(&mit_status, &bw, wohngeld, ab)?;
                        if !g.ist_szenario(&entwurf) {
                            return Err(format!("{bw}, field 'bill': a Mietstufe under a bill needs a bill of kind scenario"));
                        }
                        let i = entwurf.trim_start_matches("Some(").trim_end_matches(')');
                        format!("Some(({i}, {}, {stufe}))", date_code(ab))
                    }
                    Some(other) => return Err(format!("{w}, field 'mietstufe_bill': expected {{ bill, value, valid_from, source }}, found {other}")),
                };
                muni_code.push(format!(
                    "Gemeinde {{ name: {}, ags: {}, mietstufe: {mietstufe}, mietstufe_ab: {from}, mietstufe_bekannt_bis: {until}, mietstufe_entwurf: {nach_entwurf}, quelle: meta_opt!({}) }}",
                    str_lit(text_field(m, &w, "name")?),
                    opt_str_lit(optional_text(m, &w, "ags")?),
                    opt_str_lit(optional_text(m, &w, "source")?),
                ));
            }
        }

        let _ = writeln!(
            regions,
            "    Region {{ id: {}, name: {}, geprueft_am: {}, stellen: &[{}], gemeinden: &[{}] }},",
            str_lit(id),
            str_lit(region_name),
            date_code(checked_on),
            office_code.join(", "),
            muni_code.join(", ")
        );
    }
    Ok(format!(
        "// Generated by build.rs from src/region/*.toml. Do not edit.\n{META_MAKROS}pub static REGIONEN: &[Region] = &[\n{regions}];\n"
    ))
}

/// Sources, titles and notes that only the command line and the tests show: empty in the
/// WebAssembly, which is downloaded by every visitor.
const META_MAKROS: &str = "#[cfg(not(target_arch = \"wasm32\"))]\nmacro_rules! meta { ($s:expr) => { $s } }\n\
#[cfg(target_arch = \"wasm32\")]\nmacro_rules! meta { ($s:expr) => { \"\" } }\n\
#[cfg(not(target_arch = \"wasm32\"))]\nmacro_rules! meta_opt { ($s:expr) => { $s } }\n\
#[cfg(target_arch = \"wasm32\")]\nmacro_rules! meta_opt { ($s:expr) => { None } }\n";

include!("src/darstellung/sprachen/schluessel.rs");

// ---------------------------------------------------------------- locales

/// Flattens nested tables into `a_b_c` keys.
fn flatten(prefix: &str, t: &toml::Table, out: &mut BTreeMap<String, String>, datei: &str) -> Result<(), String> {
    for (k, v) in t {
        let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}_{k}") };
        if !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return Err(format!("{datei}, key '{key}': only a-z, 0-9 and _ are allowed"));
        }
        match v {
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            toml::Value::Table(inner) => flatten(&key, inner, out, datei)?,
            other => return Err(format!("{datei}, key '{key}': expected text, found {other}")),
        }
    }
    Ok(())
}

/// `locales/index.toml` registers the languages; `de.toml` is the reference every other
/// locale must match key for key, so a missing translation stops the build.
fn locale_code(dir: &Path, g: &Gebiete) -> Result<String, String> {
    let index_path = dir.join("index.toml");
    let index_name = relative(&index_path);
    let index: toml::Table = fs::read_to_string(&index_path)
        .map_err(|e| format!("{index_name}: {e}"))?
        .parse()
        .map_err(|e| format!("{index_name}: not valid TOML: {e}"))?;
    let sprachen = index
        .get("locale")
        .and_then(|v| v.as_array())
        .ok_or_else(|| format!("{index_name}, field 'locale': missing (a list of [[locale]])"))?;
    let mut referenz: Option<BTreeMap<String, String>> = None;
    let mut referenz_code: Option<String> = None;
    let mut statics = String::from(
        "#[cfg(target_arch = \"wasm32\")]\nmacro_rules! nur_nativ { ($t:ident) => { None } }\n\
         #[cfg(not(target_arch = \"wasm32\"))]\nmacro_rules! nur_nativ { ($t:ident) => { Some(&$t) } }\n",
    );
    let mut liste = Vec::new();
    for (i, s) in sprachen.iter().enumerate() {
        let w = format!("{index_name}, locale[{i}]");
        let s = s.as_table().ok_or_else(|| format!("{w}: expected a table"))?;
        let code = text_field(s, &w, "code")?;
        let name = text_field(s, &w, "name")?;
        let dir_text = text_field(s, &w, "dir")?;
        if dir_text != "ltr" && dir_text != "rtl" {
            return Err(format!("{w}, field 'dir': must be ltr or rtl"));
        }
        let datei = dir.join(format!("{code}.toml"));
        let datei_name = relative(&datei);
        println!("cargo:rerun-if-changed={}", datei.display());
        let t: toml::Table = fs::read_to_string(&datei)
            .map_err(|e| format!("{datei_name}: {e}"))?
            .parse()
            .map_err(|e| format!("{datei_name}: not valid TOML: {e}"))?;
        let mut flach = BTreeMap::new();
        flatten("", &t, &mut flach, &datei_name)?;
        match &referenz {
            None => referenz = Some(flach.clone()),
            Some(r) => {
                if let Some(k) = r.keys().find(|k| !flach.contains_key(*k)) {
                    return Err(format!("{datei_name}, key '{k}': missing (it is in the first locale)"));
                }
                if let Some(k) = flach.keys().find(|k| !r.contains_key(*k)) {
                    return Err(format!("{datei_name}, key '{k}': not in the first locale"));
                }
            }
        }
        let felder: Vec<String> = flach.iter().map(|(k, v)| format!("{k}: {v:?}")).collect();
        let ident = format!("TEXTE_{}", code.to_uppercase().replace('-', "_"));
        // The first language is in every build; in the browser the others are static files
        // that load only for a visitor who chooses them (`wohncheck-cli --sprachdateien`).
        let eingebaut = if referenz_code.is_none() {
            let _ = writeln!(statics, "static {ident}: Texte = Texte {{ {} }};", felder.join(", "));
            format!("Some(&{ident})")
        } else {
            let _ = writeln!(statics, "#[cfg(not(target_arch = \"wasm32\"))]\nstatic {ident}: Texte = Texte {{ {} }};", felder.join(", "));
            format!("nur_nativ!({ident})")
        };
        referenz_code.get_or_insert(code.to_string());
        liste.push(format!("Sprache {{ code: {code:?}, name: {name:?}, rtl: {}, eingebaut: {eingebaut} }}", dir_text == "rtl"));
    }
    let r = referenz.ok_or_else(|| format!("{index_name}: no locale registered"))?;
    // Every area and every bill of src/rules/rechtsgebiete.toml is named in the texts.
    let mut noetig: Vec<String> = Vec::new();
    for x in &g.gebiete {
        for art in ["gebiet", "vorlaeufig", "nicht_bekannt"] {
            noetig.push(format!("rechtsstand_{art}_{}", x.code));
        }
    }
    for e in &g.entwuerfe {
        noetig.push(format!("rechtsstand_entwurf_{}", e.code));
    }
    if let Some(k) = noetig.iter().find(|k| !r.contains_key(*k)) {
        return Err(format!("locales/de.toml, key '{k}': missing (src/rules/rechtsgebiete.toml names it)"));
    }
    let felder: Vec<String> = r.keys().map(|k| format!("    pub {k}: &'static str,")).collect();
    // Lookup by key at run time: the keys' hashes in sorted order with each field's position,
    // a binary search instead of a large match. Only the native build keeps the key names,
    // to check every hit; the browser download carries four bytes per key.
    let mut hashes: Vec<(u32, usize, &String)> = r.keys().enumerate().map(|(i, k)| (schluessel_hash(k), i, k)).collect();
    hashes.sort();
    if let Some(w) = hashes.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(format!("{index_name}: the text keys '{}' and '{}' have the same hash; rename one", w[0].2, w[1].2));
    }
    let n = r.len();
    // A language file fits this build only if it has exactly these keys in this order.
    let alle: Vec<&str> = r.keys().map(|k| k.as_str()).collect();
    let _ = writeln!(statics, "/// The hash of every key in order: a language file names it.\npub const SCHLUESSEL_STAND: u32 = {};", schluessel_hash(&alle.join("\n")));
    statics.push_str(&format!(
        "const ANZAHL: usize = {n};
         static HASHES: [u32; ANZAHL] = [{}];
static FELD: [u16; ANZAHL] = [{}];
         #[cfg(not(target_arch = \"wasm32\"))]
static SCHLUESSEL: [&str; ANZAHL] = [{}];
         const _: () = assert!(std::mem::size_of::<Texte>() == std::mem::size_of::<[&'static str; ANZAHL]>());
         impl Texte {{
             /// A text by its key, for texts chosen by a code at run time (tested for completeness).
             pub fn get(&self, key: &str) -> Option<&'static str> {{
                 let i = HASHES.binary_search(&schluessel_hash(key)).ok()?;
                 let feld = FELD[i] as usize;
                 #[cfg(not(target_arch = \"wasm32\"))]
                 if SCHLUESSEL[feld] != key {{ return None; }}
                 Some(self.alle()[feld])
             }}

             /// Every text in field order (the keys sorted), as a language file holds them.
             pub fn alle(&self) -> &[&'static str; ANZAHL] {{
                 // SAFETY: `Texte` is repr(C) and has exactly ANZAHL fields, all `&'static str`
                 // (asserted above), so it has the layout of an array of them.
                 unsafe {{ &*(self as *const Texte as *const [&'static str; ANZAHL]) }}
             }}

             /// A language from a file's texts in field order; kept for the rest of the visit.
             pub fn aus_werten(werte: Vec<&'static str>) -> Option<&'static Texte> {{
                 let feld: Box<[&'static str; ANZAHL]> = werte.into_boxed_slice().try_into().ok()?;
                 // SAFETY: the same layout as above; the box is leaked, so the reference is 'static.
                 Some(unsafe {{ &*(Box::leak(feld) as *const [&'static str; ANZAHL] as *const Texte) }})
             }}
         }}
",
        hashes.iter().map(|h| h.0.to_string()).collect::<Vec<_>>().join(", "),
        hashes.iter().map(|h| h.1.to_string()).collect::<Vec<_>>().join(", "),
        r.keys().map(|k| format!("{k:?}")).collect::<Vec<_>>().join(", ")
    ));
    Ok(format!(
        "// Generated by build.rs from locales/*.toml. Do not edit.\n\
         /// Every text of the widget; a field per key, so a typo is a compile error.\n\
         #[derive(Debug)]\n#[repr(C)]\npub struct Texte {{\n{}\n}}\n{statics}\npub static SPRACHEN: &[Sprache] = &[{}];\n",
        felder.join("\n"),
        liste.join(", ")
    ))
}

//! The readers every data file shares: its folder, its dates, its text fields, its numbers.
//!
//! Why one place: every message names the file and the field in the same words, whichever
//! file is wrong, and a number or a date reads the same in a parameter and in a region.

use std::fs;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------- files

pub fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
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

pub fn relative(path: &Path) -> String {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    path.strip_prefix(&root).unwrap_or(path).display().to_string()
}

/// A data file read and parsed; `name` is how the messages call it.
pub fn read_toml(path: &Path, name: &str) -> Result<toml::Table, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    text.parse().map_err(|e| format!("{name}: not valid TOML: {e}"))
}

/// A field the format does not know stops the build: a typo would otherwise be ignored.
pub fn known_fields(t: &toml::Table, where_: &str, allowed: &[&str]) -> Result<(), String> {
    match t.keys().find(|field| !allowed.contains(&field.as_str())) {
        Some(field) => Err(format!("{where_}, field '{field}': unknown field")),
        None => Ok(()),
    }
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

pub fn date_field(v: Option<&toml::Value>, where_: &str, field: &str) -> Result<(i32, u8, u8), String> {
    let text = match v {
        Some(toml::Value::String(s)) => s.clone(),
        Some(toml::Value::Datetime(d)) => d.to_string(),
        Some(other) => return Err(format!("{where_}, field '{field}': expected a date YYYY-MM-DD, found {other}")),
        None => return Err(format!("{where_}, field '{field}': missing")),
    };
    parse_date(&text).ok_or_else(|| format!("{where_}, field '{field}': '{text}' is not a date YYYY-MM-DD"))
}

pub fn date_code((y, m, d): (i32, u8, u8)) -> String {
    format!("Datum::ymd({y}, {m}, {d})")
}

// ---------------------------------------------------------------- text fields

pub fn text_field<'a>(t: &'a toml::Table, where_: &str, field: &str) -> Result<&'a str, String> {
    match t.get(field) {
        Some(toml::Value::String(s)) if !s.trim().is_empty() => Ok(s),
        Some(toml::Value::String(_)) => Err(format!("{where_}, field '{field}': must not be empty")),
        Some(other) => Err(format!("{where_}, field '{field}': expected text, found {other}")),
        None => Err(format!("{where_}, field '{field}': missing")),
    }
}

pub fn optional_text<'a>(t: &'a toml::Table, where_: &str, field: &str) -> Result<Option<&'a str>, String> {
    match t.get(field) {
        None => Ok(None),
        Some(toml::Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(toml::Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("{where_}, field '{field}': expected text, found {other}")),
    }
}

pub fn str_lit(s: &str) -> String {
    format!("{s:?}")
}

pub fn opt_str_lit(s: Option<&str>) -> String {
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
pub enum Shape {
    Number,
    List(usize),
    Table(usize, Vec<usize>),
}

pub fn wert_code(v: &toml::Value, where_: &str) -> Result<(String, Shape), String> {
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

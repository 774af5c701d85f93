//! Pure law: no web, no I/O, no clock. Every function takes the assessment date.
//! Uses nothing outside itself; its entry points are called only by `beurteilung`.

pub mod datum;
pub mod geld;
pub mod kalender;
pub mod params;
pub mod zahlungsverzug;
pub mod haushalt;
pub mod schritt;
pub mod grundsicherung;
pub mod wohngeld;
pub mod lohn;
pub mod fristen;
pub mod kinder;
pub mod leistungen;
pub mod naechste_schritte;
pub mod risiko;
pub mod ordnen;

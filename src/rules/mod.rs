//! Pure law: no web, no I/O, no clock. Every function takes the assessment date.

pub mod datum;
pub mod geld;
pub mod kalender;
pub mod params;
pub mod zahlungsverzug;

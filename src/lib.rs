//! wohncheck: a self-check for households in Germany that fear losing their home.
//!
//! `rules` is pure law and compiles without any web dependency; `ui` exists only
//! for the browser build.

pub mod beurteilung;
pub mod eingabe;
pub mod darstellung;
pub mod ergebnisseite;
pub mod erklaerung;
pub mod formular;
pub mod fragebogen;
pub mod html;
pub mod i18n;
pub mod kontakt;
pub mod region;
pub mod vertrag;
pub mod rules;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;

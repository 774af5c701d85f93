//! wohncheck: a self-check for households in Germany that fear losing their home.
//!
//! `rules` is pure law and compiles without any web dependency; `ui` exists only
//! for the browser build.

pub mod rules;
pub mod region;
pub mod eingabe;
pub mod beurteilung;
pub mod darstellung;
pub mod vertrag;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;

//! One deciding step of a benefit decision, kept as data so that the widget can
//! show "why" (requirement / your answer / result / norm) without recomputing.

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Schritt {
    /// wohngeld, buergergeld, sozialhilfe, kinderzuschlag, kindergeld, vorrang, mietschulden, lohn
    #[serde(rename = "benefit")]
    pub leistung: &'static str,
    #[serde(rename = "requirement")]
    pub anforderung: String,
    #[serde(rename = "value")]
    pub wert: String,
    #[serde(rename = "result")]
    pub ergebnis: String,
    pub norm: String,
}

impl Schritt {
    pub fn neu(
        leistung: &'static str,
        anforderung: impl Into<String>,
        wert: impl Into<String>,
        ergebnis: impl Into<String>,
        norm: impl Into<String>,
    ) -> Schritt {
        Schritt { leistung, anforderung: anforderung.into(), wert: wert.into(), ergebnis: ergebnis.into(), norm: norm.into() }
    }
}

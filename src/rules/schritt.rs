//! One deciding step of a benefit decision, kept as data so that the widget can
//! show "why" (requirement / your answer / result / norm) without recomputing.
//! The words are in the locale files: `erklaerung_<code>_anforderung`, `_wert`, `_ergebnis`.

#[derive(Clone, Debug, PartialEq)]
pub struct Schritt {
    /// wohngeld, buergergeld, sozialhilfe, kinderzuschlag, kindergeld, vorrang, mietschulden, lohn, rente
    pub leistung: &'static str,
    pub code: &'static str,
    /// Values for the placeholders; a value starting with `@` names another text to insert.
    pub werte: Vec<(&'static str, String)>,
    pub norm: String,
}

impl Schritt {
    pub fn neu(leistung: &'static str, code: &'static str, werte: Vec<(&'static str, String)>, norm: impl Into<String>) -> Schritt {
        Schritt { leistung, code, werte, norm: norm.into() }
    }
}

/// Every code, for the test that each has its words in every language.
pub const CODES: &[&str] = &[
    "wg_vermoegen", "wg_miete", "wg_einkommen", "wg_formel", "gs_bedarf", "gs_einkommen_sgb2", "gs_einkommen_sgb12", "gs_vermoegen",
    "kiz_mindesteinkommen", "kiz_betrag", "lohn", "rente", "kindergeld", "vorrang", "mietschulden",
];

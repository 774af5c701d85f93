//! What the three wage test files share: the date, the tax class, and the usual inputs
//! (the PAP's defaults, a childless and a parent's wage), so that each case reads as data.
#![allow(dead_code)] // each test file uses a part of it

use wohncheck::rules::datum::Datum;
use wohncheck::rules::geld::Cent;
use wohncheck::rules::lohn::{netto_aus_brutto, Lohnangaben, Nettolohn, Steuerklasse};

pub fn am(jahr: i32) -> Datum {
    Datum::ymd(jahr, 7, 1)
}

pub fn klasse(n: u8) -> Steuerklasse {
    Steuerklasse::aus_zahl(n).unwrap()
}

/// The PAP's defaults as used by the BMF interface: KVZ = 0, PVZ = 0, PVA = 0, PVS = 0, ZKF = 0.
/// PVZ = 0 with PVA = 0 means a parent with at most one child under 25.
pub fn pap_vorgaben(brutto: i64, stkl: u8) -> Lohnangaben {
    Lohnangaben {
        zusatzbeitrag_prozent_e2: Some(0),
        elterneigenschaft: true,
        ..Lohnangaben::neu(Cent(brutto), klasse(stkl), 40)
    }
}

/// Aged 23 or over, childless, average Zusatzbeitrag: PAYROLL.md's "realistic" case.
pub fn kinderlos(brutto: i64, stkl: u8) -> Lohnangaben {
    Lohnangaben::neu(Cent(brutto), klasse(stkl), 30)
}

pub fn mit_kindern(brutto: i64, stkl: u8, kinder_unter_25: u8) -> Lohnangaben {
    Lohnangaben { kinder_unter_25, elterneigenschaft: true, ..kinderlos(brutto, stkl) }
}

pub fn netto(a: &Lohnangaben, jahr: i32) -> Nettolohn {
    netto_aus_brutto(a, am(jahr)).unwrap()
}

//! What people type, read once.
pub mod lesen;
pub mod antworten;
pub mod fragen;

//! What people type, read once: the answers as typed (`antworten`), the question steps as
//! data (`fragen`), reading text into amounts, dates and ages (`lesen`), every typed answer
//! read once with its error (`gelesen`), and the answers as the rules take them (`situation`).
//! May use the rules' types, the region data and `sprachen` (the words of a language) for
//! labels and messages; the data flows one way: answers → read → situation → `beurteilung`.
pub mod lesen;
pub mod antworten;
pub mod gelesen;
pub mod fragen;
pub mod situation;

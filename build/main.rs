//! Turns the legal parameter files (`src/rules/params/*.toml`) and the region
//! profiles (`src/region/*.toml`) into Rust statics.
//!
//! Why at build time: a malformed file must stop the build with a message naming
//! the file and the field, the widget must not carry a parser for its own data,
//! and every parameter the rules use becomes a constant that the compiler checks.
//!
//! One module per subject, in the order the data depends on it: the shared readers
//! (`helpers`), the areas of law and bills every value is dated against (`gebiete`),
//! the parameters (`parameter`), the region profiles (`region`) and the texts (`locales`).

mod gebiete;
mod helpers;
mod locales;
mod parameter;
mod region;

use std::fs;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());

    let params_dir = root.join("src/rules/params");
    let region_dir = root.join("src/region");
    let gebiete_datei = root.join("src/rules/rechtsgebiete.toml");
    println!("cargo:rerun-if-changed={}", params_dir.display());
    println!("cargo:rerun-if-changed={}", region_dir.display());
    println!("cargo:rerun-if-changed={}", gebiete_datei.display());
    // The build script's own modules (cargo also rebuilds it when they change).
    println!("cargo:rerun-if-changed={}", root.join("build").display());

    let mut gebiete = match gebiete::gebiete(&gebiete_datei) {
        Ok(g) => g,
        Err(e) => fail(&e),
    };
    let params = match parameter::parameter_code(&params_dir, &mut gebiete) {
        Ok(code) => code,
        Err(e) => fail(&e),
    };
    let regions = match region::region_code(&region_dir, &mut gebiete) {
        Ok(code) => code,
        Err(e) => fail(&e),
    };
    fs::write(out.join("parameter.rs"), format!("{params}\n{}", gebiete::gebiete_code(&gebiete))).unwrap();
    fs::write(out.join("regionen.rs"), regions).unwrap();

    let locale_dir = root.join("locales");
    println!("cargo:rerun-if-changed={}", locale_dir.display());
    match locales::locale_code(&locale_dir, &gebiete) {
        Ok(code) => fs::write(out.join("texte.rs"), code).unwrap(),
        Err(e) => fail(&e),
    }
}

fn fail(message: &str) -> ! {
    // cargo shows build-script panics with their message; make it the first line.
    eprintln!("error: {message}");
    panic!("{message}");
}

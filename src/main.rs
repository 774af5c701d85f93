//! The browser entry point that trunk builds. Natively there is nothing to run:
//! use `wohncheck-cli` instead.

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
fn main() {
    wohncheck::ui::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "widget")))]
fn main() {
    eprintln!("This binary is the browser widget; build it with trunk. For the command line use wohncheck-cli.");
    std::process::exit(2);
}

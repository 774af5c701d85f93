//! The browser entry point that trunk builds. Natively there is nothing to run:
//! use `wohncheck-cli` instead.

#[cfg(target_arch = "wasm32")]
fn main() {
    wohncheck::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser widget; build it with trunk. For the command line use wohncheck-cli.");
    std::process::exit(2);
}

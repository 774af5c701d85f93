//! Benchmark (not a test): full assessments per second on this machine, natively.
//! Run with `make bench`.

use std::time::{Duration, Instant};

fn main() {
    let zeilen: Vec<String> = include_str!("../tests/fixtures/gettsim/households.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(String::from)
        .collect();
    // Warm up, and make sure every line is assessable.
    for z in &zeilen {
        let (_, ok) = wohncheck::vertrag::verarbeite_zeile(z);
        assert!(ok, "{z}");
    }
    let dauer = Duration::from_secs(2);
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < dauer {
        for z in &zeilen {
            let (antwort, _) = wohncheck::vertrag::verarbeite_zeile(std::hint::black_box(z));
            std::hint::black_box(antwort);
            n += 1;
        }
    }
    let sekunden = start.elapsed().as_secs_f64();
    println!("engine throughput (native, JSON in and out, {} households): {:.0} assessments/s, {:.1} µs each", zeilen.len(), n as f64 / sekunden, sekunden * 1e6 / n as f64);
}

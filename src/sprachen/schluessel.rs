// The hash of a text key (FNV-1a, 32 bit). Included by the build script too (`build/locales.rs`), so the table it writes
// and the lookup at run time use the same function. The browser build keeps only these
// hashes, not the key names; the build refuses two keys with the same hash.

pub const fn schluessel_hash(key: &str) -> u32 {
    let b = key.as_bytes();
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

// Transfer sizes of the widget and its size budget: shared by `make bench` and the size test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Everything the standalone page loads. */
export const WIDGET = ['index.html', 'boot.js', 'wohncheck.js', 'wohncheck_bg.wasm', 'wohncheck.css', 'favicon.svg'];

/** The locale and region files the budget adds to 1.6 x the Leptos floor. */
export const DATEN = () => [
  ...readdirSync('locales').filter((f) => f.endsWith('.toml')).map((f) => join('locales', f)),
  ...readdirSync('src/region').filter((f) => f.endsWith('.toml')).map((f) => join('src/region', f)),
];

export function groessen(datei) {
  const b = readFileSync(datei);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    br: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
  };
}

export const summeBrotli = (dateien) => dateien.reduce((s, f) => s + groessen(f).br, 0);

/** The budget in bytes for a given Leptos floor, and the enforced ceiling. */
export function budget(leptosFloorBrotli) {
  const b = JSON.parse(readFileSync('benches/budget.json', 'utf8'));
  const floor = leptosFloorBrotli ?? b.leptos_floor_brotli;
  const daten = summeBrotli(DATEN());
  return { floor, daten, faktor: b.faktor, bytes: Math.round(b.faktor * floor + daten), obergrenze: b.obergrenze_brotli, gemessenAm: b.gemessen_am };
}

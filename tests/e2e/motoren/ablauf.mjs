// A complete case through the widget with the engine-neutral driver (treiber.mjs).
// `p` is a prefix for every target: '' on our own page, '#x >>> ' inside a script embed.
import assert from 'node:assert/strict';

export const ZEIT = 30000;

export const id = (p, testid) => `${p}[data-testid="${testid}"]`;

/** Waits until the check has started and shows its first step. */
export async function gestartet(s, p = '') {
  await s.da(id(p, 'schritt-titel'), ZEIT);
}

/** "Weiter", then waits for the next step's heading. */
export async function weiter(s, p = '') {
  const titel = id(p, 'schritt-titel');
  const vorher = await s.text(titel);
  await s.klick(id(p, 'weiter'));
  await s.warte((z, v) => { const e = finden(z); return !!e && e.innerText !== v; }, [titel, vorher], { was: `the step after "${vorher}"` });
}

/**
 * The acute case of the personas (a court letter served on 12.11.2026, a single parent with two
 * children in Raunheim) to the result. Returns the result's risk level and regime.
 */
export async function akuterFall(s, p = '') {
  const x = (t) => id(p, t);
  await s.anhaken(x('anlass-3'));
  await s.tippe(x('klage-am'), '12.11.2026');
  // Acute: the office's phone number appears at once, before any other question.
  await s.da(x('akut'));
  assert.match(await s.text(x('akut')), /06152\s8058624/);
  await weiter(s, p);
  await s.tippe(x('alter-0'), '32');
  for (const [i, alter] of ['4', '9'].entries()) {
    await s.klick(x('kind-hinzu'));
    await s.da(x(`kind-alter-${i}`));
    await s.tippe(x(`kind-alter-${i}`), alter);
  }
  await s.waehle(x('gemeinde'), 'Raunheim');
  await weiter(s, p);
  await s.anhaken(x('lohnart-0-2'));
  await s.da(x('lohn-0'));
  await s.tippe(x('lohn-0'), '1.600');
  await weiter(s, p);
  await s.tippe(x('miete'), '780');
  await s.tippe(x('heizkosten'), '110');
  await s.anhaken(x('buergergeld-1'));
  await weiter(s, p);
  await s.tippe(x('summe'), '2.100');
  await s.tippe(x('seit'), '7/2026');
  await s.anhaken(x('kuendigung-0'));
  await s.da(x('kuendigungsart-2'));
  await s.anhaken(x('kuendigungsart-2'));
  await s.da(x('geheilt-1'));
  await s.anhaken(x('geheilt-1'));
  await weiter(s, p);
  await s.anhaken(x('kontakt-1'));
  await weiter(s, p);
  await s.da(x('ergebnis'));
  assert.match(await s.text(x('ergebnis')), /06152\s8058624/);
  // Long German words ("Wohnungssicherungsstelle") wrap inside their boxes' content at 360 px.
  const ueber = await s.js((z) => [...finden(z).querySelectorAll('.wc-kontakt, .wc-karte, .wc-akut, .wc-stufe')]
    .filter((e) => {
      const r = document.createRange();
      r.selectNodeContents(e);
      const cs = getComputedStyle(e);
      const innen = e.getBoundingClientRect().right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth);
      return r.getBoundingClientRect().right > innen + 0.5;
    }).map((e) => `${e.className}: ${e.innerText.slice(0, 40)}`), x('widget'));
  assert.deepEqual(ueber, [], 'text overflowing its box');
  return { stufe: await s.attr(x('stufe'), 'data-stufe'), regime: await s.attr(x('regime'), 'data-regime') };
}

/** What the recorder of the current document caught (errors, CSP violations). */
export async function rekorder(s) {
  return s.js(() => window.__wc ? { fehler: window.__wc.fehler, csp: window.__wc.csp } : null);
}

/** Cookies, storage and the recorder of the current document: all must stay empty. */
export async function gespeichertes(s) {
  return s.js(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  }));
}

// Every language of locales/index.toml: chosen by ?lang=, by the browser's preferred languages
// or on the first screen; an unknown one said plainly; Arabic right to left through the whole
// check at 360 px with axe-core, numbers left to right, the German summary in print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { browser, server, gestartet, bildschirmfoto, spracheWaehlen, ARTEFAKTE } from './helfer.mjs';
import { PERSONAS } from './personas.mjs';
import { durchlaufen } from './ablauf.mjs';

/** The languages as the index registers them. */
const SPRACHEN = [...readFileSync('locales/index.toml', 'utf8').matchAll(/code = "([^"]+)"\s+name = "([^"]+)"\s+dir = "(ltr|rtl)"/g)]
  .map(([, code, name, dir]) => ({ code, name, dir }));

/** A text of a locale file: `[abschnitt]` then `schluessel = "…"` (TOML basic strings read as JSON). */
function text(code, abschnitt, schluessel) {
  const zeilen = readFileSync(`locales/${code}.toml`, 'utf8').split('\n');
  let drin = false;
  for (const z of zeilen) {
    if (/^\[.*\]$/.test(z.trim())) drin = z.trim() === `[${abschnitt}]`;
    else if (drin && z.startsWith(`${schluessel} = `)) return JSON.parse(z.slice(schluessel.length + 3));
  }
  throw new Error(`${code}: ${abschnitt}.${schluessel} not found`);
}

/** The translation of a German text of the region data in a locale's `[region]` section. */
function regionText(code, deutsch) {
  for (const z of readFileSync(`locales/${code}.toml`, 'utf8').split('\n')) {
    if (z.startsWith(`${JSON.stringify(deutsch)} = `)) return JSON.parse(z.slice(JSON.stringify(deutsch).length + 3));
  }
  throw new Error(`${code}: no [region] translation of "${deutsch}"`);
}

let srv;
before(async () => { srv = await server(); });
after(async () => { await srv.close(); });

async function axe(page, wo) {
  const r = await new AxeBuilder({ page }).include('#wohncheck').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${wo}`);
}

const pfade = (protokoll) => protokoll.anfragen.map((a) => new URL(a.url).pathname);

test('the index has the languages of the people the office serves', () => {
  assert.deepEqual(SPRACHEN.map((s) => s.code).sort(), ['ar', 'de', 'de-x-ls', 'en', 'pl', 'ro', 'tr', 'uk']);
  assert.equal(SPRACHEN.find((s) => s.code === 'ar').dir, 'rtl');
});

test('?lang= for every language: its texts, its name on the switch, <html lang dir>, only its own file', async () => {
  const b = await browser();
  try {
    const { page, protokoll } = b;
    for (const s of SPRACHEN) {
      protokoll.anfragen.length = 0;
      await page.goto(`${srv.url}?lang=${s.code}`);
      await gestartet(page);
      const widget = page.getByTestId('widget');
      assert.equal(await widget.getAttribute('lang'), s.code);
      assert.equal(await widget.getAttribute('dir'), s.dir);
      assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir || 'ltr']), [s.code, s.dir]);
      assert.equal((await page.getByTestId('weiter').innerText()).trim(), text(s.code, 'allgemein', 'weiter'), `${s.code}: next button`);
      // Every language is on the first screen, named in itself.
      for (const andere of SPRACHEN) assert.equal((await page.getByTestId(`sprache-${andere.code}`).innerText()).trim(), andere.name);
      assert.equal(await page.getByTestId(`sprache-${s.code}`).getAttribute('aria-pressed'), 'true');
      const hinweis = page.getByTestId('sprachhinweis');
      if (s.code === 'de') assert.equal(await hinweis.isVisible(), false);
      else assert.equal((await hinweis.innerText()).trim(), text(s.code, 'allgemein', 'uebersetzung_hinweis'), `${s.code}: the German text counts`);
      const sprachdateien = pfade(protokoll).filter((p) => p.startsWith('/sprachen/'));
      assert.deepEqual(sprachdateien, s.code === 'de' ? [] : [`/sprachen/${s.code}.txt`], `${s.code}: its own file, nothing else`);
      assert.ok(pfade(protokoll).every((p) => !p.includes('?')), 'no answer in any address');
      await axe(page, `first screen ${s.code}`);
      await bildschirmfoto(page, `sprache-start-${s.code}`);
    }
  } finally {
    await b.close();
  }
});

test("the browser's preferred language, first supported match; else German", async () => {
  for (const [locale, erwartet] of [['uk-UA', 'uk'], ['tr', 'tr'], ['ar-SY', 'ar'], ['fr-FR', 'de']]) {
    const b = await browser({ locale });
    try {
      await b.page.goto(srv.url);
      await gestartet(b.page);
      assert.equal(await b.page.getByTestId('widget').getAttribute('lang'), erwartet, locale);
      // A browser language that is not here is no request of the visitor: no note.
      if (erwartet === 'de') assert.equal(await b.page.getByTestId('sprachhinweis').isVisible(), false);
    } finally {
      await b.close();
    }
  }
});

test('an unknown ?lang= gives German, says so, and the switch still works', async () => {
  const b = await browser();
  try {
    const { page } = b;
    await page.goto(`${srv.url}?lang=fa`);
    await gestartet(page);
    assert.equal(await page.getByTestId('widget').getAttribute('lang'), 'de');
    assert.match(await page.getByTestId('sprachhinweis').innerText(), /„fa“/);
    await spracheWaehlen(page, 'ar');
    assert.equal(await page.getByTestId('widget').getAttribute('dir'), 'rtl');
    assert.equal((await page.getByTestId('sprachhinweis').innerText()).trim(), text('ar', 'allgemein', 'uebersetzung_hinweis'));
  } finally {
    await b.close();
  }
});

test('Arabic at 360 px: right to left through every step, numbers left to right, axe clean, German summary in print', async () => {
  const b = await browser({ viewport: { width: 360, height: 800 } });
  try {
    const { page, protokoll } = b;
    await page.goto(`${srv.url}?lang=ar`);
    await gestartet(page);
    // Typed as an Arabic keyboard types: Arabic-Indic digits.
    const p = { ...PERSONAS.find((x) => x.name === 'alleinerziehend-klage'), miete: '٧٨٠' };
    await durchlaufen(page, p, async (wo) => {
      await axe(page, `Arabic ${wo}`);
      const { breit, fenster } = await page.evaluate(() => ({ breit: document.documentElement.scrollWidth, fenster: window.innerWidth }));
      assert.ok(breit <= fenster, `${wo}: ${breit}px content in a ${fenster}px window`);
      await bildschirmfoto(page, `arabisch-${wo}`);
    });
    assert.equal(await page.getByTestId('widget').getAttribute('dir'), 'rtl');
    // The rent typed in Arabic digits was read: no unreadable answer.
    assert.equal(await page.getByTestId('unlesbar').count(), 0, 'Arabic digits are read');
    // Phone number and amounts stay left to right inside the Arabic text.
    assert.match(await page.getByTestId('heute-telefon').innerText(), /\u2066\d+\u00a0\d+\u2069/, 'the phone number is isolated left to right and never broken');
    // The call in the list of steps too: one piece whose groups keep their order (before: '8058624 06152').
    const anruf = page.locator('ol.wc-schritte [data-schritt="anrufen"] strong');
    assert.match(await anruf.textContent(), /\u2066\d+\u00a0\d+\u2069/, 'the number in the step is isolated and unbroken');
    await anruf.evaluate((el) => { el.closest('details').open = true; el.scrollIntoView(); });
    const [links, rechts] = await anruf.evaluate((el) => {
      const text = el.firstChild;
      const m = /\u2066(\d+)\u00a0(\d+)\u2069/.exec(text.textContent);
      return [m.index + 1, m.index + 2 + m[1].length].map((start, i) => {
        const r = document.createRange();
        r.setStart(text, start);
        r.setEnd(text, start + m[i + 1].length);
        return r.getBoundingClientRect().x;
      });
    });
    assert.ok(links < rechts, `the area code stands left of the number as on the letter (${links} < ${rechts})`);
    await anruf.screenshot({ path: `${ARTEFAKTE}/arabisch-schritt-anruf.png` });
    // The office's note on its card in Arabic too, from the language file (not the English fallback).
    const wosi = page.locator('[data-testid="kontaktkarte"][data-rolle="wohnungssicherung"]').first();
    const notiz = regionText('ar', 'Beratung bei Mietschulden und drohendem Wohnungsverlust, kostenlos und freiwillig für Menschen im Kreis Groß-Gerau.');
    assert.ok((await wosi.textContent()).includes(notiz), 'the note in Arabic');
    const leistung = await page.getByTestId('leistung-kindergeld').innerText();
    assert.match(leistung, /\u2066[\d,.]+(\u00a0|\s)€\u2069/, 'the amount is isolated left to right');
    // The result's first thing is the nearest deadline, also in Arabic.
    const reihenfolge = await page.evaluate(() => {
      const w = document.querySelector('[data-testid="ergebnis"]');
      const a = w.querySelector('[data-testid="heute"]');
      return a ? a.compareDocumentPosition(w.querySelector('[data-testid="stufe"]')) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    assert.ok(reihenfolge, 'what to do today comes before the risk');
    // Print: the German summary for the office, in German and left to right.
    assert.equal(await page.getByTestId('druck-deutsch').isVisible(), false, 'not on screen');
    await page.emulateMedia({ media: 'print' });
    const deutsch = page.getByTestId('druck-deutsch');
    assert.equal(await deutsch.isVisible(), true, 'in print');
    assert.equal(await deutsch.getAttribute('lang'), 'de');
    assert.equal(await deutsch.getAttribute('dir'), 'ltr');
    assert.match(await deutsch.innerText(), /Räumungsklage|Schonfrist/);
    assert.match(await deutsch.innerText(), /780\u00a0€|780 €/, 'the rent as typed in Arabic digits, in the German summary');
    await bildschirmfoto(page, 'arabisch-druck');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(pfade(protokoll).filter((x) => x.startsWith('/sprachen/')), ['/sprachen/ar.txt']);
  } finally {
    await b.close();
  }
});

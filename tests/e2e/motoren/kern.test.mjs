// The core of the end-to-end suite, in the engine WC_MOTOR names (chromium, webkit, firefox),
// at 360 px and at 1280 px: the start (and its failure), a complete acute case to the result as
// wohncheck-cli computes it, the privacy proof with every request counted per file, bad input,
// and every embedding the integration page documents on a host with a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { MOTOR, oeffnen } from './treiber.mjs';
import { starten, rahmenSeite, jePfad } from './umgebung.mjs';
import { hostSeiten } from './bausteine.mjs';
import { ZEIT, id, gestartet, weiter, akuterFall, rekorder, gespeichertes } from './ablauf.mjs';
import { PERSONAS, cliZeile } from '../personas.mjs';

const ARTEFAKTE = join('test-artifacts', 'motoren');
const BREITEN = [360, 1280];
/** Everything our own page may load; each at most once. */
const SEITE = ['/wohncheck/', '/wohncheck/boot.js', '/wohncheck/wohncheck.js', '/wohncheck/wohncheck_bg.wasm', '/wohncheck/wohncheck.css', '/wohncheck/favicon.svg'];
const WIDGET = ['/wohncheck/wohncheck-embed.js', '/wohncheck/wohncheck.js', '/wohncheck/wohncheck_bg.wasm', '/wohncheck/wohncheck.css',
  '/wohncheck/embed.html', '/wohncheck/boot.js', '/wohncheck/iframe-hoehe.js', '/wohncheck/wohncheck-iframe.js', '/wohncheck/favicon.svg', '/wohncheck/index.html', '/wohncheck/'];

let erwartet;
before(() => {
  // The acute persona, as the command-line engine assesses it on the same day.
  const p = PERSONAS[1];
  const aus = execFileSync('target/release/wohncheck-cli', { input: cliZeile(p, '2026-11-25') + '\n' }).toString();
  const r = JSON.parse(aus.trim());
  erwartet = { stufe: r.risk.level, regime: r.regime };
});

/** Fails on anything the recorder of the current document caught. */
async function sauber(s, wo) {
  const r = await rekorder(s);
  assert.ok(r, `${wo}: the recorder is missing`);
  assert.deepEqual(r.csp, [], `${wo}: CSP violations`);
  assert.deepEqual(r.fehler, [], `${wo}: errors`);
}

/** Every file once, only the expected ones, all found; nothing after `ab` (an index into the log). */
function anfragenPruefen(log, erlaubt, ab, wo) {
  const nachStart = log.slice(ab);
  assert.deepEqual(nachStart.map((e) => e.pfad), [], `${wo}: requests after start`);
  for (const e of log) {
    assert.ok(erlaubt.includes(e.pfad), `${wo}: unexpected request ${e.pfad}`);
    assert.equal(e.status, 200, `${wo}: ${e.pfad} answered ${e.status}`);
  }
  const zweimal = Object.entries(jePfad(log)).filter(([, n]) => n > 1);
  assert.deepEqual(zweimal, [], `${wo}: downloaded more than once`);
}

/** What the engine itself saw requested, where it tells (Chromium, Firefox), and the page's resource timing. */
async function nurVon(s, origins, wo) {
  for (const url of s.anfragen() ?? []) {
    if (url.startsWith('data:') || url === 'about:blank') continue;
    assert.ok(origins.includes(new URL(url).origin), `${wo}: request to ${url}`);
  }
  const geladen = await s.js(() => performance.getEntriesByType('resource').map((e) => e.name));
  for (const url of geladen) assert.ok(origins.includes(new URL(url).origin), `${wo}: resource ${url}`);
}

const ruhig = () => new Promise((ok) => setTimeout(ok, 500));

for (const breite of BREITEN) {
  const name = (t) => `[${MOTOR} ${breite}px] ${t}`;

  test(name('start: the check shows its first step, the contact stays'), async () => {
    const w = await starten({ dist: 'dist' });
    const s = await oeffnen({ breite, rahmenSeite });
    try {
      await s.geheZu(`${w.origin}/wohncheck/`);
      await gestartet(s);
      assert.equal(await s.text(id('', 'schritt-titel')), 'Was ist passiert?');
      assert.match(await s.text(id('', 'kontakt')), /06152\s8058624/);
      const { breit, fenster } = await s.js(() => ({ breit: document.documentElement.scrollWidth, fenster: innerWidth }));
      assert.equal(fenster, breite, 'viewport width');
      assert.ok(breit <= fenster, `${breit}px of content in ${fenster}px`);
      await sauber(s, 'page');
      await s.foto(join(ARTEFAKTE, `${MOTOR}-start-${breite}.png`));
    } finally {
      await s.schliessen();
      await w.close();
    }
  });

  test(name('start failure (the wasm is missing): the recorder catches it, a plain message, the contact stays'), async () => {
    const w = await starten({ dist: 'dist', fehlt: ['/wohncheck/wohncheck_bg.wasm'] });
    const s = await oeffnen({ breite, rahmenSeite });
    try {
      await s.geheZu(`${w.origin}/wohncheck/`);
      await s.da('#wohncheck-startfehler', ZEIT);
      assert.match(await s.text('#wohncheck-startfehler'), /konnte leider nicht starten/);
      assert.match(await s.text(id('', 'kontakt')), /06152\s8058624/);
      const r = await rekorder(s);
      assert.ok(r.fehler.some((f) => /wohncheck: start failed/.test(f)), `the recorder caught: ${JSON.stringify(r.fehler)}`);
    } finally {
      await s.schliessen();
      await w.close();
    }
  });

  test(name('without JavaScript: exactly one message and the contact (our pages); the fallback (script embed)'), async () => {
    const w = await starten({ dist: 'dist' });
    const h = await starten({ seiten: hostSeiten(w.origin) });
    const s = await oeffnen({ breite, rahmenSeite, ohneSkript: true });
    try {
      for (const seite of ['/wohncheck/', '/wohncheck/embed.html?region=kreis-gross-gerau&lang=de']) {
        await s.geheZu(w.origin + seite);
        await s.da(id('', 'kontakt'));
        // The late loading hint appears by CSS after 12 s: skip ahead to that moment.
        const zeilen = await s.js(() => {
          document.getAnimations().forEach((a) => { a.currentTime = 60000; });
          return [...document.querySelectorAll('#wohncheck-app p')]
            .filter((p) => p.getClientRects().length > 0 && getComputedStyle(p).visibility === 'visible').map((p) => p.innerText);
        });
        assert.equal(zeilen.length, 1, `${seite}: ${JSON.stringify(zeilen)}`);
        assert.match(zeilen[0], /braucht JavaScript/);
        assert.match(await s.text(id('', 'kontakt')), /06152\s8058624/);
        assert.equal(await s.js(() => window.__wc === undefined), true, 'no script ran');
      }
      await s.foto(join(ARTEFAKTE, `${MOTOR}-ohne-javascript-${breite}.png`));
      await s.geheZu(`${h.origin}/skript.html`);
      await s.da('[data-wohncheck] p');
      assert.match(await s.text('[data-wohncheck]'), /06152\s8058624/);
    } finally {
      await s.schliessen();
      await h.close();
      await w.close();
    }
  });

  test(name('privacy: a complete acute case; each file downloaded once, nothing after start, nothing stored'), async () => {
    const w = await starten({ dist: 'dist' });
    const s = await oeffnen({ breite, rahmenSeite });
    try {
      await s.geheZu(`${w.origin}/wohncheck/`);
      await gestartet(s);
      await ruhig();
      const ab = w.log.length;
      const url = await s.js(() => location.href);
      const r = await akuterFall(s);
      assert.deepEqual(r, erwartet, 'the result as wohncheck-cli computes it');
      await s.foto(join(ARTEFAKTE, `${MOTOR}-ergebnis-${breite}.png`));
      // Both languages, back and forth, delete: the one request is the chosen language's file
      // (static, nothing of the answers in it), once; nothing else is sent.
      const vorDerSprache = w.log.length;
      await s.klick(id('', 'sprache-en'));
      await s.warte(() => document.querySelector('[data-testid="widget"]')?.getAttribute('lang') === 'en');
      await s.klick(id('', 'sprache-de'));
      await s.klick(id('', 'sprache-en'));
      await s.warte(() => document.querySelector('[data-testid="widget"]')?.getAttribute('lang') === 'en');
      await s.klick(id('', 'sprache-de'));
      await s.klick(id('', 'zurueck'));
      await weiter(s);
      await s.klick(id('', 'loeschen'));
      await s.klick(id('', 'loeschen'));
      await s.warte(() => document.querySelector('[data-testid="schritt-titel"]')?.innerText === 'Was ist passiert?');
      await ruhig();
      assert.deepEqual(w.log.slice(vorDerSprache).map((e) => e.pfad), ['/wohncheck/sprachen/en.txt'], 'the chosen language file, once');
      anfragenPruefen(w.log.slice(0, vorDerSprache), SEITE, ab, 'standalone page');
      assert.ok(w.log.some((e) => e.pfad.endsWith('.wasm')), 'the wasm was loaded');
      await nurVon(s, [w.origin], 'standalone page');
      assert.equal(await s.js(() => location.href), url, 'answers never go into the URL');
      assert.deepEqual(await gespeichertes(s), { cookie: '', local: 0, session: 0, indexedDb: [] });
      assert.deepEqual(await s.cookies(), []);
      await sauber(s, 'page');
    } finally {
      await s.schliessen();
      await w.close();
    }
  });

  test(name('bad input: a message next to the field, nothing typed is lost'), async () => {
    const w = await starten({ dist: 'dist' });
    const s = await oeffnen({ breite, rahmenSeite });
    try {
      await s.geheZu(`${w.origin}/wohncheck/`);
      await gestartet(s);
      await s.anhaken(id('', 'anlass-1'));
      await weiter(s);
      await s.tippe(id('', 'alter-0'), '40');
      await weiter(s);
      await weiter(s);
      for (const [eingabe, meldung] of [['abc', /Betrag in Euro/], ['-850', /nicht negativ/], ['85000000', /unrealistisch hoch/]]) {
        await s.tippe(id('', 'miete'), eingabe);
        // The message comes when the field is left, not while typing.
        await s.js((z) => finden(z).blur(), id('', 'miete'));
        await s.da(id('', 'miete-fehler'));
        assert.match(await s.text(id('', 'miete-fehler')), meldung, eingabe);
        assert.equal(await s.js((z) => finden(z).value, id('', 'miete')), eingabe);
        assert.equal(await s.attr(id('', 'miete'), 'aria-invalid'), 'true');
      }
      await s.foto(join(ARTEFAKTE, `${MOTOR}-fehler-${breite}.png`));
      await s.tippe(id('', 'miete'), '850,50');
      await s.js((z) => finden(z).blur(), id('', 'miete'));
      await s.warte((z) => !finden(z) || finden(z).getClientRects().length === 0, [id('', 'miete-fehler')]);
      await weiter(s);
      await s.klick(id('', 'zurueck'));
      await s.da(id('', 'miete'));
      assert.equal(await s.js((z) => finden(z).value, id('', 'miete')), '850,50');
      await sauber(s, 'page');
    } finally {
      await s.schliessen();
      await w.close();
    }
  });

  // ------------------------------------------------------------------ embeddings, as documented
  for (const art of ['skript', 'iframe-lader', 'iframe', 'link']) {
    test(name(`embedding "${art}" from the integration page on a strict-CSP host: a complete case`), async () => {
      const w = await starten({ dist: 'dist' });
      const h = await starten({ seiten: hostSeiten(w.origin) });
      const s = await oeffnen({ breite, rahmenSeite });
      try {
        await s.geheZu(`${h.origin}/${art}.html`);
        let ab;
        let ergebnis;
        if (art === 'skript') {
          const p = '[data-wohncheck] >>> ';
          await gestartet(s, p);
          await ruhig();
          ab = [w.log.length, h.log.length];
          ergebnis = await akuterFall(s, p);
          await s.foto(join(ARTEFAKTE, `${MOTOR}-host-${art}-${breite}.png`));
          await nurVon(s, [w.origin, h.origin], 'host page');
        } else if (art.startsWith('iframe')) {
          const rahmen = 'iframe[data-wohncheck-iframe]';
          await s.da(rahmen);
          // Sized without any inline style: full width of the page's column, no border.
          const mass = await s.js((z) => {
            const f = finden(z);
            const cs = getComputedStyle(f);
            const p = getComputedStyle(f.parentElement);
            const spalte = f.parentElement.clientWidth - parseFloat(p.paddingLeft) - parseFloat(p.paddingRight);
            return { breite: f.getBoundingClientRect().width, spalte, rand: cs.borderTopWidth };
          }, rahmen);
          await s.imRahmen(rahmen, () => gestartet(s));
          await ruhig();
          ab = [w.log.length, h.log.length];
          const vorher = (await s.js((z) => finden(z).getBoundingClientRect().height, rahmen));
          ergebnis = await s.imRahmen(rahmen, async () => {
            const r = await akuterFall(s);
            await sauber(s, 'iframe');
            assert.deepEqual(await gespeichertes(s), { cookie: '', local: 0, session: 0, indexedDb: [] });
            assert.equal(await s.js(() => location.search), '?region=kreis-gross-gerau&lang=de', 'no answer in the frame URL');
            return r;
          });
          assert.ok(Math.abs(mass.breite - mass.spalte) <= 1, `iframe ${mass.breite}px wide in a ${mass.spalte}px column`);
          assert.equal(mass.rand, '0px', 'no border');
          const hoehe = await s.js((z) => finden(z).getBoundingClientRect().height, rahmen);
          if (art === 'iframe-lader') {
            // The loader sizes the frame to its content: the result is taller than the first step.
            const inhalt = await s.imRahmen(rahmen, () => s.js(() => document.documentElement.scrollHeight));
            assert.ok(Math.abs(hoehe - inhalt) <= 2, `frame ${hoehe}px for ${inhalt}px of content`);
            assert.ok(hoehe > vorher, `${hoehe} > ${vorher}`);
          } else {
            assert.equal(Math.round(hoehe), 900, 'the documented fixed height');
          }
          await s.foto(join(ARTEFAKTE, `${MOTOR}-host-${art}-${breite}.png`));
        } else {
          await s.klick('a[href*="/wohncheck/"]');
          if (s.zumInhalt) await s.zumInhalt();
          await s.warte(() => location.pathname === '/wohncheck/');
          await gestartet(s);
          await ruhig();
          ab = [w.log.length, h.log.length];
          ergebnis = await akuterFall(s);
          assert.equal(await s.js(() => location.search), '?region=kreis-gross-gerau&lang=de', 'no answer in the URL');
          await s.foto(join(ARTEFAKTE, `${MOTOR}-host-${art}-${breite}.png`));
        }
        assert.deepEqual(ergebnis, erwartet, 'the result as wohncheck-cli computes it');
        await ruhig();
        await sauber(s, art === 'link' ? 'linked page' : 'host page');
        anfragenPruefen(w.log, WIDGET, ab[0], 'widget host');
        anfragenPruefen(h.log, [`/${art}.html`, '/host.css', '/host-iframe.css', '/favicon.ico'], ab[1], 'host');
        assert.deepEqual(await s.cookies(), []);
      } finally {
        await s.schliessen();
        await h.close();
        await w.close();
      }
    });
  }

  test(name('script embed on a slow connection: the fallback stays until the widget has painted, no 0 px moment'), async () => {
    const w = await starten({ dist: 'dist', langsam: { '/wohncheck/wohncheck.css': 900, '/wohncheck/wohncheck_bg.wasm': 300 } });
    const h = await starten({ seiten: hostSeiten(w.origin) });
    const s = await oeffnen({ breite, rahmenSeite });
    try {
      await s.geheZu(`${h.origin}/skript.html`);
      await gestartet(s, '[data-wohncheck] >>> ');
      await ruhig();
      const bilder = await s.js(() => window.__wc.bilder);
      const erstes = bilder.findIndex((b) => b.ersatz);
      assert.ok(erstes >= 0, `the fallback was painted: ${JSON.stringify(bilder)}`);
      const danach = bilder.slice(erstes);
      const leer = danach.filter((b) => !b.ersatz && !b.widget);
      assert.deepEqual(leer, [], `frames with neither fallback nor widget: ${JSON.stringify(bilder)}`);
      assert.ok(danach.every((b) => b.hoehe > 0), `a 0 px frame: ${JSON.stringify(bilder)}`);
      assert.equal(new Set(danach.map((b) => b.oben)).size, 1, `the element moved: ${JSON.stringify(bilder)}`);
      assert.ok(danach.at(-1).widget && !danach.at(-1).ersatz, 'the widget replaced the fallback');
      await sauber(s, 'host page');
    } finally {
      await s.schliessen();
      await h.close();
      await w.close();
    }
  });
}

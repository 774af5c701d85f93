// One small driver for three browser engines, so the core of the end-to-end suite runs
// unchanged in each of them:
//   chromium  Debian's Chromium through playwright-core (Chrome DevTools Protocol)
//   webkit    Debian's WebKitGTK MiniBrowser through WebKitWebDriver (W3C WebDriver over HTTP)
//   firefox   Debian's Firefox ESR through puppeteer-core (WebDriver BiDi)
// The engine comes from WC_MOTOR (default chromium). Everything is installed from Debian and npm.
//
// A target is a CSS selector; ' >>> ' steps into the shadow root of the element before it
// (the script embed). Iframes are entered with `imRahmen(selektor, async () => …)`.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after } from 'node:test';

export const MOTOR = process.env.WC_MOTOR || 'chromium';
export const MOTOREN = ['chromium', 'webkit', 'firefox'];
if (!MOTOREN.includes(MOTOR)) throw new Error(`WC_MOTOR must be one of ${MOTOREN.join(', ')}, not ${MOTOR}`);

const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** MiniBrowser's window cannot be narrower than this viewport: narrower widths go through a frame. */
const WEBKIT_MIN_BREITE = 460;

/** Finds the element for a target (see above) in the current document; null if there is none. */
const FINDEN = `function finden(ziel) {
  let wurzel = document;
  const teile = ziel.split(' >>> ');
  for (let i = 0; i < teile.length; i++) {
    const e = wurzel.querySelector(teile[i]);
    if (!e || i === teile.length - 1) return e;
    wurzel = e.shadowRoot;
    if (!wurzel) return null;
  }
  return null;
}`;

const freierPort = () => new Promise((ok, fehler) => {
  const s = createServer();
  s.once('error', fehler);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

const warten = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Opens a fresh browser profile with a viewport of `breite`×`hoehe` CSS pixels.
 * `rahmenSeite(url, breite, hoehe)` gives the address of a same-origin page that shows `url`
 * in a frame of that size; WebKit needs it below its minimum window width.
 */
export async function oeffnen({ breite, hoehe = 800, rahmenSeite, ohneSkript = false }) {
  const profil = await mkdtemp(join(tmpdir(), `wohncheck-${MOTOR}-`));
  const s = MOTOR === 'chromium' ? await chromium(profil, breite, hoehe, ohneSkript)
    : MOTOR === 'firefox' ? await firefox(profil, breite, hoehe, ohneSkript)
      : await webkit(profil, breite, hoehe, rahmenSeite, ohneSkript);
  const schliessen = s.schliessen;
  s.schliessen = async () => {
    try { await schliessen(); } finally { await rm(profil, { recursive: true, force: true }); }
  };
  s.motor = MOTOR;
  s.breite = breite;
  /** Waits until `fn(...args)` in the page is truthy; returns its value. */
  s.warte = async (fn, args = [], { zeit = 20000, was = String(fn) } = {}) => {
    const ende = Date.now() + zeit;
    let letzter;
    for (;;) {
      try {
        letzter = await s.js(fn, ...args);
        if (letzter) return letzter;
      } catch (e) { letzter = e; }
      if (Date.now() > ende) throw new Error(`timed out waiting for ${was}: ${letzter}`);
      await warten(50);
    }
  };
  s.da = (ziel, zeit) => s.warte((z) => { /* eslint-disable-next-line no-undef */ const e = finden(z); return !!e && e.getClientRects().length > 0; }, [ziel], { zeit, was: ziel });
  // Like a person: act on an element once it is there and painted.
  const klick = s.klick;
  const tippe = s.tippe;
  s.klick = async (ziel) => { await s.da(ziel, 10000); await klick(ziel); };
  s.tippe = async (ziel, text) => { await s.da(ziel, 10000); await tippe(ziel, text); };
  /**
   * Checks a radio button or checkbox, and makes sure it is checked, as Playwright's check() does.
   * WebKit's WebDriver now and then loses a click into a frame whose height the host's loader is
   * changing at that moment; then the click is repeated (and said so in the log).
   */
  s.anhaken = async (ziel) => {
    for (let versuch = 1; ; versuch++) {
      await s.klick(ziel);
      try {
        await s.warte((z) => finden(z).checked, [ziel], { zeit: 2000, was: `${ziel} checked` });
        return;
      } catch (e) {
        if (versuch === 3) throw e;
        console.log(`# ${MOTOR}: ${ziel} was not checked by click ${versuch}, clicking again`);
      }
    }
  };
  s.text = (ziel) => s.js((z) => finden(z)?.innerText ?? null, ziel);
  s.attr = (ziel, name) => s.js((z, n) => finden(z)?.getAttribute(n) ?? null, ziel, name);
  /** Sets a <select> the way a person would, with the events a person's choice fires. */
  s.waehle = (ziel, wert) => s.js((z, w) => {
    const e = finden(z);
    e.value = w;
    e.dispatchEvent(new Event('input', { bubbles: true }));
    e.dispatchEvent(new Event('change', { bubbles: true }));
  }, ziel, wert);
  s.foto = async (pfad) => {
    await mkdir(join(pfad, '..'), { recursive: true });
    await writeFile(pfad, await s.bild());
  };
  return s;
}

/** A page expression that calls `fn(...args)` with `finden` in scope. */
const ausdruck = (fn, args) => `(() => { ${FINDEN}; return (${fn})(...${JSON.stringify(args)}); })()`;

// ---------------------------------------------------------------- Chromium (playwright-core)
async function chromium(profil, breite, hoehe, ohneSkript) {
  const { chromium: pw } = await import('playwright-core');
  const context = await pw.launchPersistentContext(profil, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: breite, height: hoehe }, locale: 'de-DE', timezoneId: 'Europe/Berlin', javaScriptEnabled: !ohneSkript,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const anfragen = [];
  context.on('request', (r) => anfragen.push(r.url()));
  const t = seitenTreiber(page, context, anfragen);
  return { ...t, async tippe(ziel, text) { await (await t.element(ziel)).fill(text); } };
}

/**
 * What Playwright's and Puppeteer's pages share: an element found through the frames entered,
 * navigation, script, clicks, screenshots, cookies and the requests seen. `kontext` is the
 * browser context the page belongs to.
 */
function seitenTreiber(page, kontext, anfragen) {
  let rahmen = page.mainFrame();
  const element = async (ziel) => {
    const h = await rahmen.evaluateHandle(ausdruck('finden', [ziel]));
    const e = h.asElement();
    if (!e) throw new Error(`no element ${ziel}`);
    return e;
  };
  return {
    page,
    element,
    async geheZu(url) { rahmen = page.mainFrame(); await page.goto(url); },
    async js(fn, ...args) { return rahmen.evaluate(ausdruck(fn, args)); },
    async klick(ziel) { await (await element(ziel)).click(); },
    async imRahmen(ziel, fn) {
      const vorher = rahmen;
      rahmen = await (await element(ziel)).contentFrame();
      try { return await fn(); } finally { rahmen = vorher; }
    },
    async bild() { return page.screenshot({ fullPage: true }); },
    async cookies() { return kontext.cookies(); },
    anfragen: () => anfragen,
    schliessen: () => kontext.close(),
  };
}

// ---------------------------------------------------------------- Firefox (puppeteer-core, BiDi)
// One Firefox per test file (starting it takes seconds); each test gets a fresh browser context
// of its own (own cookies, storage and cache). Without JavaScript is a browser of its own.
const firefoxe = new Map();
after(async () => {
  for (const b of firefoxe.values()) {
    const { browser, profil } = await b;
    await browser.close();
    await rm(profil, { recursive: true, force: true });
  }
});

async function firefoxStarten(ohneSkript) {
  const { default: puppeteer } = await import('puppeteer-core');
  const profil = await mkdtemp(join(tmpdir(), 'wohncheck-firefox-profil-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, userDataDir: profil,
    // No update checks, telemetry or other background traffic from the browser itself.
    extraPrefsFirefox: {
      'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false, 'extensions.update.enabled': false,
      'intl.accept_languages': 'de-DE,de', 'print.always_print_silent': true,
      // Overlay scrollbars as on a phone: the page is laid out at the full width asked for.
      'ui.useOverlayScrollbars': 1,
      'javascript.enabled': !ohneSkript,
    },
    env: { ...process.env, TZ: 'Europe/Berlin' },
  });
  return { browser, profil };
}

async function firefox(profil, breite, hoehe, ohneSkript) {
  if (!firefoxe.has(ohneSkript)) firefoxe.set(ohneSkript, firefoxStarten(ohneSkript));
  const { browser } = await firefoxe.get(ohneSkript);
  const kontext = await browser.createBrowserContext();
  const page = await kontext.newPage();
  // defaultViewport is not applied to Firefox's first tab.
  await page.setViewport({ width: breite, height: hoehe });
  const anfragen = [];
  page.on('request', (r) => anfragen.push(r.url()));
  const t = seitenTreiber(page, kontext, anfragen);
  return {
    ...t,
    async tippe(ziel, text) {
      const e = await t.element(ziel);
      await e.click();
      await e.evaluate((x) => x.select());
      await e.type(text);
    },
  };
}

// ---------------------------------------------------------------- WebKit (WebKitWebDriver)
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Starts WebKitWebDriver and a MiniBrowser session; `s` sends a command to that session. */
async function webkitSitzung(ohneSkript) {
  const port = await freierPort();
  const treiber = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'Europe/Berlin' } });
  let treiberLog = '';
  treiber.stderr.on('data', (d) => { treiberLog += d; });
  const basis = `http://127.0.0.1:${port}`;
  const anfrage = async (methode, pfad, body) => {
    const r = await fetch(basis + pfad, { method: methode, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const j = await r.json();
    if (j.value && j.value.error) throw new Error(`WebDriver ${methode} ${pfad}: ${j.value.error}: ${j.value.message}`);
    return j.value;
  };
  let sitzung;
  for (let i = 0; ; i++) {
    try {
      sitzung = await anfrage('POST', '/session', {
        capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...(ohneSkript ? ['--enable-javascript=false'] : [])] } } },
      });
      break;
    } catch (e) {
      if (i > 100) { treiber.kill(); throw new Error(`WebKitWebDriver did not start: ${e.message}\n${treiberLog}`); }
      await warten(100);
    }
  }
  const id = sitzung.sessionId;
  return { treiber, s: (methode, pfad, body) => anfrage(methode, `/session/${id}${pfad}`, body) };
}

/**
 * Scrolls the element to the middle of the window, through every frame around it (`stapel`, from
 * the top): WebKit neither scrolls a parent document for an element in a frame nor clicks below
 * the window's edge.
 */
async function webkitSichtbar(s, js, stapel, betreten, ziel) {
  let r = await js((z) => { const e = finden(z); e.scrollIntoView({ block: 'center' }); const b = e.getBoundingClientRect(); return { oben: b.top, links: b.left }; }, ziel);
  if (!stapel.length) return;
  const pfad = [...stapel];
  for (let i = pfad.length - 1; i >= 0; i--) {
    await s('POST', '/frame/parent', {});
    const f = pfad[i];
    r = await s('POST', '/execute/sync', {
      script: `const f = arguments[0] === 0 ? document.querySelector('iframe') : arguments[0];
        const b = f.getBoundingClientRect();
        const y = b.top + f.clientTop + arguments[1];
        scrollBy(0, y - innerHeight / 2);
        const n = f.getBoundingClientRect();
        return { oben: n.top + f.clientTop + arguments[1], links: n.left + f.clientLeft + arguments[2] };`,
      args: [f === 0 ? 0 : { [ELEMENT]: f }, r.oben, r.links],
    });
  }
  for (const f of pfad) await betreten(f);
}

async function webkit(profil, breite, hoehe, rahmenSeite, ohneSkript) {
  const { treiber, s } = await webkitSitzung(ohneSkript);
  // The window is sized so that the page's viewport is exactly breite×hoehe (or the frame's, below the minimum).
  const fenster = { breite: Math.max(breite, WEBKIT_MIN_BREITE), hoehe: hoehe + (breite < WEBKIT_MIN_BREITE ? 40 : 0) };
  await s('POST', '/window/rect', { width: fenster.breite, height: fenster.hoehe });
  const innen = await s('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
  await s('POST', '/window/rect', { width: 2 * fenster.breite - innen[0], height: 2 * fenster.hoehe - innen[1] });
  const umgerahmt = breite < WEBKIT_MIN_BREITE;
  const js = async (fn, ...args) => s('POST', '/execute/sync', { script: `${FINDEN}; return (${fn}).apply(null, arguments)`, args });
  const element = async (ziel) => {
    const e = await s('POST', '/execute/sync', { script: `${FINDEN}; return finden(arguments[0])`, args: [ziel] });
    if (!e || !e[ELEMENT]) throw new Error(`no element ${ziel}`);
    return e[ELEMENT];
  };
  // The frames entered, from the top (0: the frame of the narrow-width page, else an element).
  const stapel = [];
  const betreten = async (f) => s('POST', '/frame', { id: f === 0 ? 0 : { [ELEMENT]: f } });
  const zumInhalt = async () => {
    await s('POST', '/frame', { id: null });
    stapel.length = 0;
    if (umgerahmt) stapel.push(0);
    for (const f of stapel) await betreten(f);
  };
  const sichtbarMachen = (ziel) => webkitSichtbar(s, js, stapel, betreten, ziel);
  return {
    async geheZu(url) {
      if (umgerahmt) {
        await s('POST', '/url', { url: rahmenSeite(url, breite, hoehe) });
        // Into the frame once its document is the page asked for.
        for (let i = 0; ; i++) {
          await s('POST', '/frame', { id: null });
          const bereit = await s('POST', '/execute/sync', { script: `const f = document.querySelector('iframe'); try { return !!f && f.contentDocument && f.contentDocument.readyState === 'complete' && f.contentWindow.location.href !== 'about:blank'; } catch (e) { return true; }`, args: [] });
          if (bereit) break;
          if (i > 400) throw new Error('frame page did not load');
          await warten(50);
        }
      } else {
        await s('POST', '/url', { url });
      }
      await zumInhalt();
    },
    /** After the framed page navigated itself (a link was followed), enter its frame again. */
    zumInhalt,
    js,
    async klick(ziel) {
      const e = await element(ziel);
      await sichtbarMachen(ziel);
      await s('POST', `/element/${e}/click`, {});
    },
    async tippe(ziel, text) {
      const e = await element(ziel);
      await sichtbarMachen(ziel);
      await s('POST', `/element/${e}/clear`, {});
      await s('POST', `/element/${e}/value`, { text });
    },
    async imRahmen(ziel, fn) {
      const e = await element(ziel);
      await betreten(e);
      stapel.push(e);
      try { return await fn(); } finally { stapel.pop(); await s('POST', '/frame/parent', {}); }
    },
    async bild() { return Buffer.from(await s('GET', '/screenshot'), 'base64'); },
    async cookies() { return s('GET', '/cookie'); },
    anfragen: () => null,
    async schliessen() {
      try { await s('DELETE', ''); } catch { /* the browser may be gone already */ }
      treiber.kill();
      await new Promise((ok) => { if (treiber.exitCode !== null) ok(); else treiber.once('exit', ok); });
    },
  };
}


// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core, a fresh profile per test, the release build served on loopback.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const ARTEFAKTE = 'test-artifacts';
export const HEUTE = '2026-11-25T10:00:00';

let naechsterPort = 18080 + (process.pid % 500) * 4;

/** Serves dist/ on a free loopback port for one test. */
export async function server(dir = 'dist') {
  const port = naechsterPort++;
  const s = await startServer(dir, port);
  return { url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => s.close(ok)) };
}

/**
 * Opens a page in a fresh Chromium profile. Every request, CSP violation and
 * console error is recorded; the date is fixed so results are deterministic.
 */
export async function browser({ viewport = { width: 360, height: 800 }, javaScriptEnabled = true, fixedDate = HEUTE, locale = 'de-DE' } = {}) {
  const profil = await mkdtemp(join(tmpdir(), 'wohncheck-profil-'));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    javaScriptEnabled,
    locale,
    timezoneId: 'Europe/Berlin',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const protokoll = { anfragen: [], konsolenfehler: [] };
  context.on('request', (r) => protokoll.anfragen.push({ url: r.url(), zeit: Date.now(), art: r.resourceType() }));
  context.on('response', (r) => {
    if (r.status() >= 400) protokoll.konsolenfehler.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') protokoll.konsolenfehler.push(m.text());
  });
  page.on('pageerror', (e) => protokoll.konsolenfehler.push(String(e)));
  if (javaScriptEnabled) {
    await page.addInitScript(() => {
      window.__cspVerstoesse = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspVerstoesse.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    if (fixedDate) await page.clock.setFixedTime(new Date(fixedDate));
  }
  return {
    context,
    page,
    protokoll,
    async close() {
      await context.close();
      await rm(profil, { recursive: true, force: true });
    },
  };
}

/** Waits until the WebAssembly check has replaced the loading message. */
export async function gestartet(page) {
  await page.waitForSelector('#wohncheck-app[data-gestartet] [data-testid="widget"]', { timeout: 20000 });
}

/** Goes to the next step and waits for its heading. */
export async function weiter(page) {
  const vorher = await page.getByTestId('schritt-titel').innerText();
  await page.getByTestId('weiter').click();
  await page.waitForFunction((v) => document.querySelector('[data-testid="schritt-titel"]')?.innerText !== v, vorher);
}

export async function bildschirmfoto(page, name) {
  await mkdir(ARTEFAKTE, { recursive: true });
  await page.screenshot({ path: join(ARTEFAKTE, `${name}.png`), fullPage: true });
}

/** Everything the browser may keep about a visit: must stay empty. */
export async function gespeichertes(context, page) {
  const cookies = await context.cookies();
  const speicher = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDb: (await indexedDB.databases()).map((d) => d.name),
    cspVerstoesse: window.__cspVerstoesse ?? null,
  }));
  return { cookies, ...speicher };
}

/** Opens every disclosure of the widget, as a reader who wants all details (and printing) does. */
export async function alleOeffnen(page) {
  await page.evaluate(() => document.querySelectorAll('[data-testid="widget"] details').forEach((d) => d.setAttribute('open', '')));
}

/** Chooses a language and waits until the widget shows it (another language than German loads first). */
export async function spracheWaehlen(page, code) {
  await page.getByTestId(`sprache-${code}`).click();
  await page.waitForFunction((c) => document.querySelector('[data-testid="widget"]')?.getAttribute('lang') === c, code);
}

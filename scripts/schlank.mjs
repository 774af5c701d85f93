// Comments cost every visitor bytes and help nobody in the shipped files: the commented sources
// stay in style/ and the generated glue is rebuilt each time. Only comments go; code, strings and
// line breaks stay, so a stack trace still points at the same line. Used by scripts/build.sh.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** CSS without its comments; a "/*" inside a quoted string is kept. */
export function cssOhneKommentare(css) {
  let aus = '';
  let zeichenkette = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (zeichenkette) {
      aus += c;
      if (c === '\\') aus += css[++i] ?? '';
      else if (c === zeichenkette) zeichenkette = null;
    } else if (c === '"' || c === "'") {
      zeichenkette = c;
      aus += c;
    } else if (c === '/' && css[i + 1] === '*') {
      const ende = css.indexOf('*/', i + 2);
      const kommentar = ende < 0 ? css.slice(i) : css.slice(i, ende + 2);
      aus += '\n'.repeat(kommentar.split('\n').length - 1);
      i = ende < 0 ? css.length : ende + 1;
    } else {
      aus += c;
    }
  }
  return aus;
}

/**
 * The wasm-bindgen glue without its whole-line comments ("// …" lines and "/** … *\/" blocks that
 * begin a line). A line inside a template literal is never touched; a comment after code stays.
 */
export function jsOhneKommentare(js) {
  const zeilen = js.split('\n');
  let inVorlage = false;
  let inBlock = false;
  return zeilen
    .map((zeile) => {
      const t = zeile.trim();
      if (inBlock) {
        if (t.includes('*/')) inBlock = false;
        return '';
      }
      if (!inVorlage && t.startsWith('/*')) {
        inBlock = !t.includes('*/', 2);
        return '';
      }
      if (!inVorlage && t.startsWith('//')) return '';
      // Unescaped backticks switch between code and template text.
      const backticks = (zeile.replace(/\\./g, '').match(/`/g) ?? []).length;
      if (backticks % 2 === 1) inVorlage = !inVorlage;
      return zeile;
    })
    .join('\n');
}

/** HTML without its comments (the static page has no script or style text that could hold one). */
export function htmlOhneKommentare(html) {
  return html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '');
}

const SCHLANK = { css: cssOhneKommentare, js: jsOhneKommentare, html: htmlOhneKommentare };

/**
 * The build writes a Subresource-Integrity hash for the stylesheet into the page; after the
 * comments went, each hash is computed again from the file as shipped.
 */
export function integritaetErneuern(html, verzeichnis) {
  return html.replace(/href="([^"]+)" integrity="sha384-[^"]*"/g, (_, href) => {
    const hash = createHash('sha384').update(readFileSync(join(verzeichnis, href))).digest('base64');
    return `href="${href}" integrity="sha384-${hash}"`;
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dateien = process.argv.slice(2);
  for (const datei of dateien) {
    const text = readFileSync(datei, 'utf8');
    writeFileSync(datei, SCHLANK[datei.split('.').pop()](text));
  }
  for (const seite of dateien.filter((d) => d.endsWith('.html'))) {
    writeFileSync(seite, integritaetErneuern(readFileSync(seite, 'utf8'), dirname(seite)));
  }
}

// Starts the WebAssembly check. A separate file instead of trunk's inline loader,
// so that the Content-Security-Policy needs no 'unsafe-inline'.
// If anything fails, the static message in index.html appears; the contact stays.

function startfehler(fehler) {
  console.error('wohncheck: start failed', fehler);
  const meldung = document.getElementById('wohncheck-startfehler');
  if (meldung) meldung.hidden = false;
  const laden = document.getElementById('wohncheck-laden');
  if (laden) laden.hidden = true;
}

// The wasm download starts first, beside the glue's (which the page preloads as a module).
// Not through <link rel=preload as=fetch>: WebKit (Safari) does not hand such a preload to
// fetch() and downloaded the largest file twice. The glue takes the pending response.
const wasm = fetch(new URL('./wohncheck_bg.wasm', import.meta.url));
// Handled where the glue awaits it; this only keeps an early failure from being reported twice.
wasm.catch(() => {});

// A dynamic import, so that a missing or blocked file also ends in the message.
import('./wohncheck.js')
  .then((glue) => glue.default({ module_or_path: wasm }))
  .catch(startfehler);

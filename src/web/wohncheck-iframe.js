// Optional loader for the host page of an iframe embed (see einbinden.html):
// <iframe class="wohncheck-iframe" data-wohncheck-iframe height="900" src="https://…/embed.html" title="…" sandbox="…"></iframe>
// <script src="https://…/wohncheck-iframe.js" defer></script>
//
// For each such iframe it
//  - sets width (100 % of the column), height (its content's) and no border through the CSS object
//    model, which a strict Content-Security-Policy allows (an inline style attribute it blocks);
//  - accepts only numeric heights, only from the iframe's own window and origin;
//  - when the host page is printed, prints a short note instead of the iframe: a frame cannot be
//    split across pages without cutting lines, and the check prints its own summary with its
//    "print" button. Nothing but the height ever comes from the frame; no answer reaches the host.
// Without this script the iframe works at the height of its attribute or the host's stylesheet.
(function () {
  'use strict';
  var HINWEIS = {
    de: 'Wohn-Check: Ihr Ergebnis drucken Sie im Check selbst, mit „Drucken oder als PDF speichern“.',
    en: 'Housing check: print your result from within the check, with “Print or save as PDF”.',
  };
  var hinweise = new WeakMap();

  function rahmen() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-wohncheck-iframe]'));
  }

  function einrichten(iframe) {
    if (hinweise.has(iframe)) return;
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    var sprache = 'de';
    try {
      sprache = new URL(iframe.src, document.baseURI).searchParams.get('lang') === 'en' ? 'en' : 'de';
    } catch (e) { /* keep German */ }
    var hinweis = document.createElement('p');
    hinweis.className = 'wohncheck-iframe-druckhinweis';
    hinweis.lang = sprache;
    hinweis.textContent = HINWEIS[sprache];
    hinweis.hidden = true;
    iframe.parentNode.insertBefore(hinweis, iframe.nextSibling);
    hinweise.set(iframe, hinweis);
  }

  function alle() { rahmen().forEach(einrichten); }

  window.addEventListener('message', function (ereignis) {
    var liste = rahmen();
    for (var i = 0; i < liste.length; i++) {
      var iframe = liste[i];
      if (ereignis.source !== iframe.contentWindow) continue;
      if (ereignis.origin !== new URL(iframe.src, document.baseURI).origin) continue;
      var d = ereignis.data;
      if (!d || d.wohncheck !== 'hoehe' || typeof d.hoehe !== 'number' || !isFinite(d.hoehe)) return;
      einrichten(iframe);
      iframe.style.height = Math.max(200, Math.min(20000, Math.round(d.hoehe))) + 'px';
      return;
    }
  });

  function drucken(an) {
    rahmen().forEach(function (iframe) {
      einrichten(iframe);
      iframe.style.display = an ? 'none' : 'block';
      hinweise.get(iframe).hidden = !an;
    });
  }
  window.addEventListener('beforeprint', function () { drucken(true); });
  window.addEventListener('afterprint', function () { drucken(false); });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', alle);
  else alle();
})();

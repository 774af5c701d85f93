// Optional loader for the host page of an iframe embed:
// <iframe data-wohncheck-iframe src="https://…/embed.html" title="Wohn-Check" …></iframe>
// <script src="https://…/wohncheck-iframe.js" defer></script>
// Resizes each such iframe to its content. It accepts only numeric heights, only from the
// iframe's own window and origin. Without this script the iframe works at its fixed height.
(function () {
  window.addEventListener('message', function (ereignis) {
    var rahmen = document.querySelectorAll('iframe[data-wohncheck-iframe]');
    for (var i = 0; i < rahmen.length; i++) {
      var iframe = rahmen[i];
      if (ereignis.source !== iframe.contentWindow) continue;
      if (ereignis.origin !== new URL(iframe.src, document.baseURI).origin) continue;
      var d = ereignis.data;
      if (!d || d.wohncheck !== 'hoehe' || typeof d.hoehe !== 'number' || !isFinite(d.hoehe)) return;
      var hoehe = Math.max(200, Math.min(20000, Math.round(d.hoehe)));
      iframe.style.height = hoehe + 'px';
      return;
    }
  });
})();

// Inside embed.html: tells the parent page how tall the content is, so a host's loader
// can size the iframe. Only a number is sent, never an answer.
const melden = () => {
  const hoehe = Math.ceil(document.documentElement.scrollHeight);
  if (window.parent !== window) window.parent.postMessage({ wohncheck: 'hoehe', hoehe }, '*');
};
new ResizeObserver(melden).observe(document.documentElement);
window.addEventListener('load', melden);

// A small static file server for the built widget, bound to loopback only.
// It serves what a real host would: correct MIME types, pre-compressed
// .br/.gz siblings when the browser accepts them, and nothing else.
//   node scripts/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** `ersetzen` replaces placeholders in served .html files (test host pages name the widget's origin). */
export function startServer(dir, port = 8080, host = '127.0.0.1', ersetzen = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, path);
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const accept = String(req.headers['accept-encoding'] || '');
      let body = null;
      let encoding = null;
      for (const [enc, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (accept.includes(enc)) {
          body = await readFile(file + suffix).catch(() => null);
          if (body) {
            encoding = enc;
            break;
          }
        }
      }
      if (!body) body = await readFile(file);
      if (extname(file) === '.html' && Object.keys(ersetzen).length) {
        let text = body.toString('utf8');
        for (const [k, v] of Object.entries(ersetzen)) text = text.split(k).join(v);
        body = Buffer.from(text);
      }
      const headers = {
        'Content-Type': MIME[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        Vary: 'Accept-Encoding',
        // The files are public and the same for everyone: other sites may load them
        // (module scripts and the wasm are fetched in CORS mode when embedded).
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  await startServer(dir, port);
  console.log(`wohncheck: serving ${dir} on http://127.0.0.1:${port}/ (Ctrl+C stops)`);
}

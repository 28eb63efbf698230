// A static server that behaves like the hosts the site deploys to: the site under its base, the 404
// page, gzip, and the headers from _headers, so every check sees what a visitor would get. Used by
// the audit and by the offline e2e test, which swaps in a changed sw.js to publish a new version.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** Reads Netlify/Cloudflare `_headers` rules: [{ pattern, headers: [[name, value]] }]. */
export function readHeaderRules(dist) {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Serves `dist` under `base` on a free port. `rewrite(path, body)`, when given, may return a new
 * body for a file (path relative to the base, such as "/sw.js"). Resolves to
 * `{ origin, base, close }`.
 */
export function serve(dist, base = '/', { rewrite } = {}) {
  const root = resolve(dist);
  const rules = readHeaderRules(dist);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, file) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const inside = `/${pathname.slice(base.length)}`;
      let body = readFileSync(file);
      if (rewrite) body = rewrite(inside, body) ?? body;
      const headers = { 'Content-Type': type };
      for (const rule of rules) {
        const prefix = rule.pattern.endsWith('*') ? rule.pattern.slice(0, -1) : null;
        if (prefix ? inside.startsWith(prefix) : inside === rule.pattern) {
          for (const [name, value] of rule.headers) headers[name] = value;
        }
      }
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => send(404, join(root, '404.html'));
    if (pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound();
    const rel = decodeURIComponent(pathname.slice(base.length));
    const target = normalize(join(root, rel));
    if (!target.startsWith(root) || rel === '_headers') return notFound();
    if (pathname.endsWith('/')) {
      const index = join(target, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    if (!existsSync(target)) return notFound();
    if (statSync(target).isDirectory()) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    send(200, target);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://localhost:${server.address().port}`;
      done({ origin, base, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

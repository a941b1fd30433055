// A static server that behaves like GitHub Pages for a project site: files
// under BASE, and 404.html (status 404) for any other path, which is how a
// deep link opened directly reaches the app.
// usage: node e2e/server.mjs DIST BASE PORT
// or from a spec: `await serve(dist, base, port)` (returns the server), for
// the checks that need several builds served side by side.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function file(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return { body: await readFile(path), type: types[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

export function serve(dist, base, port) {
  // Room for very long URLs (the fault tests send ~20k chars); Node's default is 16 KB.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path;
    try { path = decodeURIComponent(url.pathname); } catch { path = url.pathname; }
    let found = null;
    if (path.startsWith(base)) {
      const rel = normalize(path.slice(base.length)).replace(/^(\.\.(\/|$))+/, '');
      found = await file(join(dist, rel));
    } else if (path + '/' === base) {
      res.writeHead(301, { Location: base });
      return res.end();
    }
    if (found) {
      res.writeHead(200, { 'Content-Type': found.type });
      return res.end(found.body);
    }
    const fallback = await file(join(dist, '404.html'));
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(fallback ? fallback.body : 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), '127.0.0.1', () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist = 'dist', base = '/parallax/', port = '8080'] = process.argv.slice(2);
  await serve(dist, base, port);
  console.log(`serving ${dist} at http://127.0.0.1:${port}${base}`);
}

// A plain HTTP server on 127.0.0.1 for every page of the bench: no compression, no caching (each
// measurement has a fresh browser context anyway), so every contender pays the same transfer.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/**
 * `files` maps a URL prefix to a folder; `dynamic(pathname, url)` answers the generated pages and
 * data, or returns undefined. A path under /late/<ms>/ is answered as the rest of the path, but a
 * script there only after <ms>: the demo article with its bundle arriving late.
 */
export async function startServer({ files, dynamic }) {
  const cache = new Map();
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://127.0.0.1');
      let pathname = decodeURIComponent(url.pathname);
      const late = /^\/late\/(\d+)(\/.*)$/.exec(pathname);
      if (late) pathname = late[2];
      let body = dynamic(pathname, url);
      if (body === undefined) {
        const prefix = Object.keys(files).find(p => pathname.startsWith(p));
        if (!prefix) return response.writeHead(404).end();
        const file = join(files[prefix], normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
        body = await readFile(file).catch(() => undefined);
        if (body === undefined) return response.writeHead(404).end();
      }
      if (typeof body === 'function') {
        // Pages are built once per URL: building 10,000 events is not what we time.
        if (!cache.has(request.url)) cache.set(request.url, body());
        body = cache.get(request.url);
      }
      const type = TYPES[extname(pathname)] ?? (pathname.startsWith('/data/') ? 'application/json' : 'text/html');
      if (late && type === 'text/javascript') await new Promise(resolve => setTimeout(resolve, Number(late[1])));
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise(resolve => server.close(resolve)) };
}

// A web-test-runner middleware: serves, under /__embeds/, what `golden-bridge embed` writes for the
// fixture article (src/embed/fixtures/article.html), so that browser tests frame real embed pages
// as a host page would. The command runs once, at the first request, on the built dist/ (npm run
// build first); --no-measure, since the tests measure for themselves.
// A middleware, not a plugin: the dev server's plugins transform the HTML they serve (esbuild
// rewrites inline scripts for engines it does not know as modern, WebKitGTK's among them), which
// would break the scripts' hashes in each page's Content-Security-Policy.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const PREFIX = '/__embeds/';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export function embedFixtureMiddleware({ input = 'src/embed/fixtures/article.html' } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'gb-embed-fixture-'));
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  let written;
  const write = base =>
    new Promise((done, fail) => {
      execFile('node', ['bin/golden-bridge.mjs', 'embed', input, '--out', out, '--base-url', base, '--no-measure'], (error, _stdout, stderr) =>
        error ? fail(new Error(`golden-bridge embed failed: ${stderr}`)) : done(),
      );
    });
  return async (context, next) => {
    if (!context.path.startsWith(PREFIX)) return next();
    const name = context.path.slice(PREFIX.length);
    written ??= write(`${context.origin}${PREFIX}`);
    await written;
    let body;
    try {
      if (/^[\w.-]+$/.test(name)) body = readFileSync(join(out, name));
    } catch {
      // not written: 404 below
    }
    if (!body) return next();
    context.type = TYPES[extname(name)] ?? 'application/octet-stream';
    context.body = body;
    return undefined;
  };
}

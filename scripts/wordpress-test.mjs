/* global document */
// The real WordPress test: Debian's WordPress on MariaDB and PHP's built-in server, all on
// 127.0.0.1 with a throwaway database in a temporary folder. An author (no unfiltered_html) posts,
// through the REST API with an application password, the URLs of three embeds written by
// `golden-bridge embed` (a quote card, a stat group, a timeline), each alone on its line. The post's
// HTML must hold WordPress's sandboxed iframes, and in Chromium, with WordPress's own wp-embed.js,
// each frame must show, as tall as its content (within 2 px).
// Installs what it needs with apt-get where it may (root on Debian); elsewhere it says what it
// skipped, unless CI=true, where it fails. Every process it starts is stopped on the way out.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ENGINES, aptInstall, canApt } from './engines.mjs';
import { settledFrameSizes } from './frame-sizes.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const CORE = '/usr/share/wordpress';
const HERE = fileURLToPath(new URL('wordpress/', import.meta.url));
/** The embeds the author posts, by id in the fixture article. */
const EMBEDS = ['golden-bridge-quote', 'in-figures', 'centres'];
const TIME_LIMIT = 150_000;
const started = Date.now();

// What must be here, and the Debian package that brings it.
const NEEDS = [
  { package: 'wordpress', ok: () => existsSync(join(CORE, 'wp-settings.php')) },
  { package: 'wordpress-theme-twentytwentythree', ok: () => existsSync(join(CORE, 'wp-content/themes/twentytwentythree/style.css')) },
  { package: 'mariadb-server', ok: () => existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db') },
  { package: 'php-cli', ok: () => existsSync('/usr/bin/php') },
  { package: 'php-mysql', ok: () => existsSync('/usr/bin/php') && spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0 },
];
const missingPackages = () => NEEDS.filter(need => !need.ok()).map(need => need.package);

let missing = missingPackages();
if (missing.length && canApt()) {
  aptInstall(missing, 'WordPress, MariaDB and PHP for the WordPress test');
  missing = missingPackages();
}
if (missing.length || !existsSync(ENGINES.chromium.binary)) {
  const packages = [...missing, ...(existsSync(ENGINES.chromium.binary) ? [] : ENGINES.chromium.packages)];
  const how = `apt-get install -y --no-install-recommends ${packages.join(' ')}   (as root, on Debian or Ubuntu)`;
  if (ci) {
    console.error(`✗ CI=true needs the WordPress test, which needs ${packages.join(', ')}. Install them: ${how}`);
    console.log('wordpress: 0 passed, 1 failed');
    process.exit(1);
  }
  console.warn(`! Skipped the WordPress test (oEmbed discovery, kses for an author, wp-embed.js sizing): it needs ${packages.join(', ')}.\n  To run it: ${how}`);
  process.exit(0);
}

// ── Everything started from here on is stopped on the way out ──
const temp = mkdtempSync(join(tmpdir(), 'gb-wordpress-'));
const children = [];
const servers = [];
let browser;
let cleaned = false;

/** Whether anything of a child's process group is left: mariadb-install-db is a shell script with children of its own. */
const alive = child => {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
};
function stopAll(signal = 'SIGTERM') {
  for (const child of children.filter(alive)) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // that group is gone
    }
  }
}
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  await browser?.close().catch(() => {});
  for (const server of servers) server.close();
  stopAll('SIGTERM');
  // mariadbd flushes and exits on SIGTERM in about a second; what is still running after 10 s is killed.
  const until = Date.now() + 10_000;
  while (children.some(alive) && Date.now() < until) await sleep(100);
  stopAll('SIGKILL');
  await sleep(100);
  rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
}
// A sudden exit (an exception, process.exit) still kills the children; files go with cleanUp.
process.on('exit', () => {
  stopAll('SIGKILL');
  if (!cleaned) rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, async () => {
    console.error(`✗ ${signal}: stopping mariadbd, php and Chromium`);
    await cleanUp();
    process.exit(1);
  });
}
const timer = setTimeout(async () => {
  console.error(`✗ the WordPress test took more than ${TIME_LIMIT / 1000} s: stopped`);
  await cleanUp();
  process.exit(1);
}, TIME_LIMIT);

const sleep = ms => new Promise(done => setTimeout(done, ms));
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = message => console.log(`  ${elapsed().padStart(7)}  ${message}`);

/** Starts a long-running child in a process group of its own; the end of its stderr is shown if it dies early. */
function start(name, command, args, env = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, detached: true });
  let errors = '';
  child.stderr.on('data', data => (errors = (errors + data).slice(-4000)));
  child.on('exit', (code, signal) => {
    if (!cleaned) console.error(`✗ ${name} exited early (${code ?? signal}): ${errors.trim()}`);
  });
  children.push(child);
  return child;
}

/**
 * Runs a command to its end (asynchronously, so that SIGTERM is handled at once); returns its
 * output, or throws with it if the command fails.
 */
function run(name, command, args, env = {}) {
  return new Promise((done, fail) => {
    const child = execFile(command, args, { env: { ...process.env, ...env }, timeout: 60_000, maxBuffer: 1 << 24, detached: true }, (error, stdout, stderr) => {
      // Forgotten once its whole group is gone, so that a later signal never reaches a reused id.
      if (!alive(child)) children.splice(children.indexOf(child), 1);
      if (error) fail(new Error(`${name} failed (${error.code ?? error.signal}): ${stderr || stdout}`));
      else done(stdout);
    });
    children.push(child);
  });
}

async function waitFor(what, test, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    if (await test().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`${what}: not ready after ${ms / 1000} s`);
    await sleep(100);
  }
}

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createNetServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

let passed = 0;
const failures = [];
const check = (ok, what) => (ok ? passed++ : failures.push(what));

try {
  // 1. The embeds, on a static server of their own (as on any static host).
  const embeds = join(temp, 'embeds');
  const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const embedServer = createServer((request, response) => {
    const name = new URL(request.url, 'http://x').pathname.slice(1);
    const file = join(embeds, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  servers.push(embedServer);
  await new Promise(done => embedServer.listen(0, '127.0.0.1', done));
  const embedPort = embedServer.address().port;
  const embedBase = `http://127.0.0.1:${embedPort}/`;
  await run('golden-bridge embed', 'node', ['bin/golden-bridge.mjs', 'embed', 'src/embed/fixtures/article.html', '--out', embeds, '--base-url', embedBase, '--no-measure']);
  log(`embeds written, served at ${embedBase}`);

  // 2. A throwaway MariaDB: its own data folder, a socket, no TCP at all.
  const user = userInfo().username;
  const socket = join(temp, 'mysqld.sock');
  await run('mariadb-install-db', 'mariadb-install-db', [
    '--no-defaults', `--datadir=${join(temp, 'db')}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve',
  ]);
  start('mariadbd', '/usr/sbin/mariadbd', [
    '--no-defaults', `--datadir=${join(temp, 'db')}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(temp, 'mysqld.pid')}`,
    `--user=${user}`, '--innodb-buffer-pool-size=16M', '--skip-log-bin', `--log-error=${join(temp, 'mysqld.err')}`,
  ]);
  await waitFor('mariadbd', async () => existsSync(socket) && (await run('ping', 'mariadb-admin', ['--no-defaults', '-S', socket, '-u', 'root', 'ping']), true));
  await run('create database', 'mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);
  log('mariadbd ready');

  // 3. WordPress, installed by wp_install() with the test's own config, then served by php -S.
  const wpPort = await freePort();
  const wp = `http://127.0.0.1:${wpPort}`;
  const content = join(temp, 'wp-content');
  mkdirSync(join(content, 'plugins'), { recursive: true });
  symlinkSync(join(CORE, 'wp-content/themes'), join(content, 'themes'));
  const wpEnv = { GB_WP_CORE: CORE, GB_WP_SOCKET: socket, GB_WP_URL: wp, GB_WP_CONTENT: content, GB_WP_EMBED_PORT: String(embedPort) };
  const { user: author, password } = JSON.parse(await run('wp_install', 'php', [join(HERE, 'install.php')], wpEnv));
  log('WordPress installed, with an author');
  start('php -S', 'php', ['-S', `127.0.0.1:${wpPort}`, '-t', CORE, join(HERE, 'router.php')], wpEnv);
  await waitFor('php -S', async () => (await fetch(`${wp}/?rest_route=/`)).ok);
  log(`WordPress at ${wp}`);

  // 4. The author posts the three URLs, each alone on its line, and a script kses must remove.
  const auth = { authorization: `Basic ${Buffer.from(`${author}:${password}`).toString('base64')}` };
  const urls = EMBEDS.map(id => `${embedBase}${id}.html`);
  const body = ['<p>Three embeds, each URL alone on its line.</p>', ...urls, '<script>document.title = "script ran"</script>'].join('\n\n');
  const created = await fetch(`${wp}/?rest_route=/wp/v2/posts`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'golden-bridge embeds', status: 'publish', content: body }),
  });
  const post = await created.json();
  if (!created.ok) throw new Error(`the author could not post (${created.status}): ${JSON.stringify(post)}`);
  log(`post ${post.id} published by the author`);
  const saved = await (await fetch(`${wp}/?rest_route=/wp/v2/posts/${post.id}&context=edit`, { headers: auth })).json();
  check(!/<script/i.test(saved.content.raw) && urls.every(url => saved.content.raw.includes(url)), 'kses applied for the author: the script removed, the URLs kept');

  // 5. The post as a reader gets it: WordPress's sandboxed frames and its wp-embed.js.
  const html = await (await fetch(`${wp}/?p=${post.id}`)).text();
  const iframes = html.match(/<iframe [^>]*>/g) ?? [];
  for (const [index, url] of urls.entries()) {
    const frame = iframes.find(tag => tag.includes(`src="${url}#?secret=`));
    check(Boolean(frame), `${EMBEDS[index]}: the post holds an iframe of ${url}#?secret=… (found: ${iframes.join(' ') || 'none'})`);
    if (!frame) continue;
    check(/ sandbox="allow-scripts"/.test(frame) && / security="restricted"/.test(frame) && /class="wp-embedded-content"/.test(frame), `${EMBEDS[index]}: sandbox="allow-scripts" security="restricted" (${frame})`);
    check(/ title="[^"]+"/.test(frame), `${EMBEDS[index]}: the iframe keeps its title`);
  }
  check(/<blockquote class="wp-embedded-content" data-secret=/.test(html), 'the blockquote WordPress shows until a frame reports its height');
  check(/wp-includes\/js\/wp-embed(\.min)?\.js/.test(html), 'the page loads WordPress\'s wp-embed.js');

  // 6. In Chromium: every frame shown, as tall as its content.
  browser = await puppeteer.launch({
    executablePath: ENGINES.chromium.binary,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', error => errors.push(String(error)));
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(`${wp}/?p=${post.id}`, { waitUntil: 'load' });
  const ofEmbed = (sizes, url) => sizes.find(size => size.url.startsWith(url));
  const sizes = await settledFrameSizes(page, all => urls.every(url => {
    const size = ofEmbed(all, url);
    return size && !size.hidden && Math.abs(size.box - size.content) <= 2;
  }), { tries: 100 });
  for (const [index, url] of urls.entries()) {
    const name = EMBEDS[index];
    const size = ofEmbed(sizes, url);
    check(Boolean(size), `${name}: a frame of ${url} on the page`);
    if (!size) continue;
    check(!size.hidden, `${name}: WordPress shows the frame (its hiding style removed, the blockquote hidden)`);
    check(size.content >= 200 && size.content <= 1000, `${name}: content ${size.content} px lies within WordPress's 200–1000 px clamp`);
    check(Math.abs(size.box - size.content) <= 2, `${name}: frame ${size.box} px tall, content ${size.content} px`);
    log(`${name}: frame ${size.box} px tall for ${size.content} px of content, ${size.width} px wide`);
  }
  // GB_WP_SCREENSHOTS=dir keeps each frame as a reader sees it in the post, for a look (a full-page
  // screenshot leaves frames below the first screen blank).
  if (process.env.GB_WP_SCREENSHOTS) {
    mkdirSync(process.env.GB_WP_SCREENSHOTS, { recursive: true });
    for (const [index, element] of (await page.$$('iframe.wp-embedded-content')).entries()) {
      await element.scrollIntoView();
      await sleep(300);
      await element.screenshot({ path: join(process.env.GB_WP_SCREENSHOTS, `${EMBEDS[index]}.png`) });
    }
  }
  check(await page.evaluate(() => document.title !== 'script ran'), 'the author\'s script did not run');
  check(errors.length === 0, `no page error (${errors.join('; ')})`);
} catch (error) {
  // Stopped by a signal or the time limit: that handler reports and exits.
  if (cleaned) await new Promise(() => {});
  failures.push(error.stack ?? String(error));
  const debug = join(temp, 'wp-content/debug.log');
  // WordPress 6.1 on PHP 8.2 logs many deprecations; what went wrong is among the rest.
  const logged = existsSync(debug) ? readFileSync(debug, 'utf8').split('\n').filter(line => line && !/PHP Deprecated/.test(line)) : [];
  if (logged.length) console.error(`WordPress's debug.log:\n${logged.slice(-30).join('\n')}`);
} finally {
  clearTimeout(timer);
  await cleanUp();
}

for (const failure of failures) console.error(`✗ ${failure}`);
console.log(`wordpress: ${passed} passed, ${failures.length} failed (${elapsed()})`);
process.exitCode = failures.length ? 1 : 0;

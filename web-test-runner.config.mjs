// @ts-check
// Runs src/**/*.test.ts in Chromium, Firefox ESR and WebKitGTK, all from Debian packages (see
// scripts/engines.mjs). scripts/test.mjs decides which engines exist and passes them in
// BROWSERS=chromium,firefox,webkit; run this file directly to pick engines by hand.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { ENGINES, engineAvailable, installHint } from './scripts/engines.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { embedFixtureMiddleware } from './scripts/embed-fixture-middleware.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map(name => name.trim());
for (const name of wanted) {
  if (!ENGINES[name]) throw new Error(`BROWSERS: unknown engine "${name}" (chromium, firefox, webkit)`);
  if (!engineAvailable(name)) throw new Error(`${ENGINES[name].label} is not installed: ${installHint([name])}`);
}

/** Children we spawn (Xvfb, WebKitWebDriver), killed on exit so a CI timeout leaves no browser behind. */
const children = [];
process.on('exit', () => {
  for (const child of children.splice(0)) {
    try {
      child.kill('SIGTERM');
    } catch {
      // already gone
    }
  }
});
// web-test-runner shuts its browsers down on SIGINT but ignores SIGTERM, which CI timeouts send.
process.once('SIGTERM', () => process.emit('SIGINT'));

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb when there is no display (MiniBrowser has no headless mode); returns DISPLAY. */
async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.stdout.once('data', data => resolve(`:${String(data).trim()}`));
  });
  process.env.DISPLAY = display;
  return display;
}

/** Starts WebKitWebDriver on a free port (webdriverio cannot start this driver itself). */
async function startWebKitDriver() {
  const display = await ensureDisplay();
  const port = await freePort();
  const driver = spawn(ENGINES.webkit.driver, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  children.push(driver);
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

const browsers = [];

/**
 * `executeServerCommand('load-average')`: the machine's load over the last minute per core. Tests
 * that time tasks assert their bounds only when the machine is not oversubscribed (see
 * src/test-helpers/timeline.ts, `timingHolds`): on a loaded machine a 30 ms task takes 200.
 */
const loadAverage = {
  name: 'load-average',
  executeCommand: ({ command }) => (command === 'load-average' ? os.loadavg()[0] / os.availableParallelism() : undefined),
};

/**
 * Names each launcher after its engine: two chromeLaunchers would otherwise both report "Chrome",
 * and the WebDriver launcher renames itself after the binary ("MiniBrowser") when it starts.
 */
const named = (launcher, name) => Object.defineProperty(launcher, 'name', { get: () => name, set: () => {} });

if (wanted.includes('chromium')) {
  browsers.push(
    named(chromeLauncher({
      // One page at a time, as in the other engines: a second page in the background stalls axe
      // (seen here: the stories file hung whenever another file ran beside it).
      concurrency: 1,
      launchOptions: {
        executablePath: ENGINES.chromium.binary,
        headless: true,
        // root (and most containers) need --no-sandbox; then keep Chromium off the network, and keep
        // pages the runner holds in the background at full speed (throttled timers stall axe)
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }), 'Chromium'),
  );
}

if (wanted.includes('firefox')) {
  browsers.push(
    named(chromeLauncher({
      // puppeteer-core as a "custom puppeteer" lets chromeLauncher drive Firefox over WebDriver BiDi
      puppeteer: /** @type {any} */ (puppeteerCore).default ?? puppeteerCore,
      // two tabs at once: the background one is throttled and axe checks time out
      concurrency: 1,
      launchOptions: {
        browser: 'firefox',
        executablePath: ENGINES.firefox.binary,
        headless: true,
        protocol: 'webDriverBiDi',
      },
    }), 'Firefox'),
  );
}

/**
 * Runs WebKit tests one page at a time, each in the top-level window. With concurrency above 1 the
 * WebDriver launcher puts tests in iframes, and sending keys into an iframe fails on WebKitWebDriver
 * ("Invalid frame ID object"), which would leave keyboard use untested in WebKit.
 */
const oneAtATime = launcher => {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = config => initialize({ ...config, concurrency: 1 });
  // ...and the scheduler must then give it one test file at a time, since they share one window.
  launcher.concurrency = 1;
  return launcher;
};

if (wanted.includes('webkit')) {
  const port = await startWebKitDriver();
  browsers.push(
    oneAtATime(named(webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver rejects webdriverio 9's default `webSocketUrl: true` (BiDi)
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: ENGINES.webkit.binary, args: ['--automation'] },
      },
    }), 'WebKit')),
  );
}

export default {
  // A free port on 127.0.0.1 of our own: two runs at once (a developer's and CI's) must never serve
  // each other's browsers, which "localhost:8000" on both IPv4 and IPv6 allowed.
  hostname: '127.0.0.1',
  port: await freePort(),
  // The long-task measurements run by themselves, in a browser of their own (scripts/test.mjs):
  // Firefox collects what earlier test files left behind (lists of ten thousand events) in slices
  // of up to a second, which would land in whatever task is being timed.
  files: ['src/**/*.test.ts', '!src/**/*.long-tasks.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), loadAverage],
  // /__embeds/: the pages `golden-bridge embed` writes, for src/embed/*.test.ts
  middleware: [embedFixtureMiddleware()],
  browsers,
  testFramework: { config: { timeout: 20000 } },
  // Three engines share two cores in CI: give a page time to start before calling it dead.
  browserStartTimeout: 120000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 20 * 60 * 1000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/test-helpers/**', 'stories/**'],
    threshold: { statements: 90, branches: 80, functions: 85, lines: 90 },
    reporters: ['text-summary', 'lcov'],
  },
};

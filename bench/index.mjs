/* global document, customElements -- used inside waitForFunction(), which runs in the page */
// npm run bench: golden-bridge beside what newsrooms embed today, measured side by side in one run
// in the system Chromium (headless, pages from 127.0.0.1). Prints a table and writes the same
// figures to bench/results.json. `npm run bench` builds dist first, always, so the figures are
// never those of a stale bundle. See bench/pages.mjs for what each timing means per contender.
//   RUNS=7                          runs per figure (median; contenders interleaved in each run)
//   PARTS=size,timeline,widgets,demo  which sections to run
//   SIZES=seed,100,1000,10000       timeline sizes
//   TIMEOUT=60                      seconds a contender may take for one page before it is
//                                   recorded as timed out (and not tried again at that size)
//   OUT=bench/results.json          where the figures are written (npm test's smoke run writes
//                                   them to a temporary file, leaving the committed ones alone)
//   BROWSER_UI=1                    leave on Chromium's hidden browser UI (see measure.mjs)
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { timelinePages, widgetPages, WIDGET_COUNT } from './pages.mjs';
import { eventsFor } from './data.mjs';
import { BROWSER_UI, interleave, launch, pairedRatios, summarize } from './measure.mjs';
import { printReport, targets } from './report.mjs';
import { startBenchServer, urls } from './routes.mjs';
import { measureSizes } from './sizes.mjs';
import { ENGINES, ensureEngines, installHint } from '../scripts/engines.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const PARTS = (process.env.PARTS ?? 'size,timeline,widgets,demo').split(',');
const SIZES = (process.env.SIZES ?? 'seed,100,1000,10000').split(',');
const TIMEOUT = Number(process.env.TIMEOUT ?? 60) * 1000;
const OUT = process.env.OUT || 'bench/results.json';
const DEMO_DELAY = 1500;
const KEYS = ['first', 'all', 'longest', 'blocking'];
const summaries = runs => Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, summarize(list, KEYS)]));

const progress = (name, run, result) =>
  process.stderr.write(`    ${name} #${run + 1}: ${result.timedOut ? `timed out after ${result.timedOut} s` : `first ${Math.round(result.first ?? 0)} ms, all ${Math.round(result.all ?? 0)} ms, longest task ${Math.round(result.longest)} ms`}\n`);

// The bench drives the system Chromium: installed here as npm test installs it (apt-get, as root
// on Debian), or named with how to get it.
if (ensureEngines(['chromium']).length) {
  process.stderr.write(`✗ npm run bench needs Chromium, not found at ${ENGINES.chromium.binary} (CHROMIUM_BIN=… names another). Install it: ${installHint(['chromium'])}\n`);
  process.exit(1);
}

const server = await startBenchServer();
// A browser of its own for each part, so that no part inherits what an earlier one left in it
// (the GPU process and the browser's caches after a 10,000-event TimelineJS3 page, say).
let browser = await launch();
const freshBrowser = async () => {
  await browser.close();
  browser = await launch();
};
const results = { date: new Date().toISOString(), runs: RUNS };
try {
  results.machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim(),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    chromium: await browser.version(),
    // Whether Chromium's hidden browser UI ran beside each page (BROWSER_UI=1; see measure.mjs).
    browserUi: BROWSER_UI,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    // Other work shares this machine: its load says how far to trust the absolute milliseconds.
    loadBefore: os.loadavg().map(load => Number(load.toFixed(1))),
  };

  if (PARTS.includes('size')) {
    process.stderr.write('› size\n');
    results.size = await measureSizes();
  }

  if (PARTS.includes('timeline')) {
    results.timeline = [];
    for (const size of SIZES) {
      const n = eventsFor(size).length;
      process.stderr.write(`› timeline, ${size} (${n} events)\n`);
      const contenders = Object.fromEntries(
        Object.keys(timelinePages).map(name => [name, [server.base + urls.timeline(name, size), { timeout: TIMEOUT }]]),
      );
      const runs = await interleave(browser, contenders, RUNS, progress);
      results.timeline.push({ size, events: n, contenders: summaries(runs), ratios: pairedRatios(runs, 'gb-timeline', ['first', 'all']) });
    }
  }

  if (PARTS.includes('widgets')) {
    await freshBrowser();
    results.widgets = {};
    for (const tag of ['gb-quote-card', 'gb-stat-badge']) {
      process.stderr.write(`› ${WIDGET_COUNT} × ${tag}\n`);
      const contenders = Object.fromEntries(
        Object.keys(widgetPages(tag)).map(name => [name, [server.base + urls.widgets(name, tag), { timeout: TIMEOUT }]]),
      );
      const runs = await interleave(browser, contenders, RUNS, progress);
      results.widgets[tag] = { count: WIDGET_COUNT, contenders: summaries(runs), ratios: pairedRatios(runs, tag, ['first', 'all']) };
    }
  }

  if (PARTS.includes('demo')) {
    await freshBrowser();
    process.stderr.write(`› demo article, bundle ${DEMO_DELAY} ms late\n`);
    // Every widget of the article upgraded and drawn, then a second for any shift that follows.
    const ready = () =>
      customElements.get('gb-quote-card') &&
      [...document.querySelectorAll('gb-quote-card, gb-stat-badge, gb-stat-group, gb-proverb')].every(el => el.shadowRoot?.childElementCount > 0);
    const url = css => server.base + urls.demo(DEMO_DELAY, css);
    const runs = await interleave(
      browser,
      {
        'with golden-bridge.css': [url(true), { timeout: TIMEOUT, ready, settle: 1000 }],
        'without golden-bridge.css': [url(false), { timeout: TIMEOUT, ready, settle: 1000 }],
      },
      RUNS,
      (name, run, result) => process.stderr.write(`    ${name} #${run + 1}: CLS ${result.cls?.toFixed(4)}, TBT ${Math.round(result.blocking)} ms\n`),
    );
    results.demo = {
      delay: DEMO_DELAY,
      variants: Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, summarize(list, ['cls', 'blocking', 'longest', 'scriptBytes'])])),
    };
  }
  results.machine.loadAfter = os.loadavg().map(load => Number(load.toFixed(1)));
} finally {
  await browser.close();
  await server.close();
}

results.targets = targets(results);
printReport(results);
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

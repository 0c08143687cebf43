/* global window -- used inside waitForFunction() and evaluate(), which run in the page */
// Timeline render benchmark (not a test): 1,000 and 10,000 events in headless Chromium, pages served
// from 127.0.0.1. For each size: time until the first event is painted and until every event is in
// the DOM, the longest task and total blocking time — for <gb-timeline> and for the same events as
// static HTML (the floor). Median of RUNS runs, contenders interleaved. Writes bench/timeline.json.
//   npm run bench:timeline          RUNS=7 npm run bench:timeline
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { bundlePlugins } from '../rollup.config.mjs';
import { ENGINES } from '../scripts/engines.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = (process.env.SIZES ?? '1000,10000').split(',').map(Number);

const bundle = await rollup({ input: 'src/timeline/index.ts', plugins: bundlePlugins(), onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();
const script = output[0].code;

const events = count =>
  Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
    title: `Event ${i + 1}`,
    text: 'A generated event, the same for every contender.',
    id: `e${i + 1}`,
  }));

// Each page reports when its first event is painted and when all are in the DOM, and its long tasks.
const probe = count => `<script>
  window.__result = { longest: 0, blocking: 0 };
  new PerformanceObserver(list => { for (const e of list.getEntries()) { __result.longest = Math.max(__result.longest, e.duration); __result.blocking += Math.max(0, e.duration - 50); } }).observe({ type: 'longtask', buffered: true });
  const items = () => { const t = document.querySelector('gb-timeline'); return (t ? t.shadowRoot?.querySelectorAll('li') : document.querySelectorAll('li'))?.length ?? 0; };
  (function poll() {
    const n = items();
    if (n > 0 && !__result.first) requestAnimationFrame(() => { __result.first = performance.now(); });
    if (n >= ${count}) { __result.all = performance.now(); return; }
    setTimeout(poll, 5);
  })();
</script>`;

const pages = {
  timeline: count => `<!doctype html><html lang="en"><body>${probe(count)}<gb-timeline group-by="none"></gb-timeline>
    <script type="module">import '/timeline.js'; document.querySelector('gb-timeline').events = await (await fetch('/events-${count}.json')).json();</script></body></html>`,
  static: count => `<!doctype html><html lang="en"><body>${probe(count)}<ol>${events(count)
    .map(e => `<li id="${e.id}"><article><time datetime="${e.date}">${e.date}</time><h4>${e.title}</h4><p>${e.text}</p></article></li>`)
    .join('')}</ol></body></html>`,
};

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://x');
  const size = Number(url.searchParams.get('n'));
  if (url.pathname === '/timeline.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  const json = /^\/events-(\d+)\.json$/.exec(url.pathname);
  if (json) return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(events(Number(json[1]))));
  const page = pages[url.pathname.slice(1)];
  if (page) return response.writeHead(200, { 'content-type': 'text/html' }).end(page(size));
  response.writeHead(404).end();
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: ENGINES.chromium.binary,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
try {
  for (const size of SIZES) {
    const runs = { timeline: [], static: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const contender of Object.keys(runs)) {
        const tab = await browser.newPage();
        await tab.goto(`${base}/${contender}?n=${size}`);
        await tab.waitForFunction(() => window.__result.all && window.__result.first, { timeout: 120_000 });
        await new Promise(resolve => setTimeout(resolve, 200));
        runs[contender].push(await tab.evaluate(() => window.__result));
        await tab.close();
      }
    }
    results[size] = Object.fromEntries(
      Object.entries(runs).map(([name, list]) => [
        name,
        Object.fromEntries(['first', 'all', 'longest', 'blocking'].map(key => [key, Math.round(median(list.map(r => r[key])))])),
      ]),
    );
  }
} finally {
  await browser.close();
  server.close();
}
const version = await (async () => {
  const b = await puppeteer.launch({ executablePath: ENGINES.chromium.binary, headless: true, args: ['--no-sandbox'] });
  const v = await b.version();
  await b.close();
  return v;
})();
console.log(`gb-timeline render, median of ${RUNS} runs — ${os.cpus().length} cores, ${version}`);
console.log('events   contender   first painted   all in DOM   longest task   total blocking');
for (const [size, contenders] of Object.entries(results)) {
  for (const [name, r] of Object.entries(contenders)) {
    console.log(`${String(size).padStart(6)}   ${name.padEnd(9)}   ${String(r.first).padStart(10)} ms   ${String(r.all).padStart(7)} ms   ${String(r.longest).padStart(9)} ms   ${String(r.blocking).padStart(11)} ms`);
  }
  const t = contenders.timeline;
  const s = contenders.static;
  console.log(`          ratio (ours / static): first ${(t.first / s.first).toFixed(2)}×, all ${(t.all / s.all).toFixed(2)}×`);
}
writeFileSync('bench/timeline.json', JSON.stringify({ runs: RUNS, cores: os.cpus().length, chromium: version, results }, null, 2));

// An A/B of two or more builds of the bundle on pages of many widgets, interleaved round by round:
//   node bench/ab.mjs a.js b.js [c.js …]
//   COUNTS=10,100,1000   widgets on a page      TAGS=gb-quote-card,gb-stat-badge
//   RUNS=15              rounds (each build measured once a round, in turn)
// Each build is served as /ab/<n>.js beside the current dist/golden-bridge.css. Prints, per page
// and build, the median and quartiles of first rendered, all rendered, longest task and total
// blocking, and each build's ratio to the first, round by round (see pairedRatios in measure.mjs).
// Used for the "First renders" notes in bench/README.md; build the variants with `npm run build`
// and copy dist/golden-bridge.js away between them.
import { readFileSync } from 'node:fs';
import { widgetPages } from './pages.mjs';
import { interleave, launch, pairedRatios, quantile } from './measure.mjs';
import { startServer } from './server.mjs';

const builds = process.argv.slice(2);
if (builds.length < 2) {
  console.error('usage: node bench/ab.mjs a.js b.js [more.js …]');
  process.exit(1);
}
const COUNTS = (process.env.COUNTS ?? '10,100').split(',').map(Number);
const TAGS = (process.env.TAGS ?? 'gb-quote-card,gb-stat-badge').split(',');
const RUNS = Number(process.env.RUNS ?? 15);
const KEYS = ['first', 'all', 'longest', 'blocking'];
const bodies = builds.map(file => readFileSync(file));
const name = i => `${String.fromCharCode(65 + i)} (${builds[i].split('/').pop()})`;

const server = await startServer({
  files: { '/dist/': 'dist/' },
  dynamic: (pathname, url) => {
    const build = /^\/ab\/(\d+)\.js$/.exec(pathname);
    if (build) return bodies[Number(build[1])];
    if (pathname === '/ab-page') {
      const [tag, count, build] = ['tag', 'count', 'build'].map(key => url.searchParams.get(key));
      return () => widgetPages(tag, Number(count), `/ab/${build}.js`)[tag]();
    }
    return undefined;
  },
});
const browser = await launch();
const spread = values => {
  const [low, mid, high] = [0.25, 0.5, 0.75].map(q => quantile(values, q));
  return mid === undefined ? '–' : `${Math.round(mid)} (${Math.round(low)}–${Math.round(high)})`;
};
try {
  for (const tag of TAGS) {
    for (const count of COUNTS) {
      process.stderr.write(`› ${count} × ${tag}, ${RUNS} rounds\n`);
      const contenders = Object.fromEntries(builds.map((_, i) => [name(i), [`${server.base}/ab-page?tag=${tag}&count=${count}&build=${i}`, { timeout: 60_000 }]]));
      const runs = await interleave(browser, contenders, RUNS);
      const ratios = pairedRatios(runs, name(0), KEYS);
      console.log(`\n${count} × ${tag} (ms: median (quartiles); ratio to A round by round, median (quartiles))`);
      console.log(`| build | ${KEYS.join(' | ')} | ${KEYS.map(key => `${key} A/it`).join(' | ')} |`);
      console.log(`|${' --- |'.repeat(KEYS.length * 2 + 1)}`);
      for (const [build, list] of Object.entries(runs)) {
        const ratio = key => (ratios[build]?.[key] ? `${ratios[build][key].median.toFixed(2)} (${ratios[build][key].low.toFixed(2)}–${ratios[build][key].high.toFixed(2)})` : '');
        console.log(`| ${build} | ${KEYS.map(key => spread(list.map(r => r[key]))).join(' | ')} | ${KEYS.map(ratio).join(' | ')} |`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

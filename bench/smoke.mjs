// npm test's check that `npm run bench` works on this machine: every page of the bench once (the
// seed timeline only), into a temporary file, so the committed bench/results.json is left alone.
// Fails when a contender times out or a figure is missing: the figures themselves are not judged,
// one run on a busy machine says nothing about speed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'gb-bench-'));
const out = join(dir, 'results.json');
try {
  const run = spawnSync(process.execPath, ['bench/index.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, RUNS: '1', SIZES: 'seed', OUT: out } });
  if (run.status !== 0) throw new Error(`bench/index.mjs exited with ${run.status ?? run.signal}`);
  const results = JSON.parse(readFileSync(out, 'utf8'));
  const pages = [
    ...results.timeline.flatMap(({ size, contenders }) => Object.entries(contenders).map(([name, r]) => [`timeline ${size}, ${name}`, r, ['first', 'all', 'longest']])),
    ...Object.entries(results.widgets).flatMap(([tag, { contenders }]) => Object.entries(contenders).map(([name, r]) => [`${tag}, ${name}`, r, ['first', 'all', 'longest']])),
    ...Object.entries(results.demo.variants).map(([name, r]) => [`demo, ${name}`, r, ['cls', 'blocking', 'scriptBytes']]),
  ];
  const broken = pages.filter(([, r, keys]) => r.timedOut || keys.some(key => !Number.isFinite(r[key]))).map(([name, r]) => `${name}: ${JSON.stringify(r)}`);
  // Every comparison of the tables: ours / each other contender, round by round.
  const sections = [...results.timeline.map(section => [`timeline ${section.size}`, section, 'gb-timeline']), ...Object.entries(results.widgets).map(([tag, section]) => [tag, section, tag])];
  for (const [label, { contenders, ratios }, ours] of sections) {
    for (const name of Object.keys(contenders).filter(name => name !== ours)) {
      if (!['first', 'all'].every(key => Number.isFinite(ratios?.[name]?.[key]?.median))) broken.push(`${label}: no ratio against ${name}`);
    }
  }
  if (!Number.isFinite(results.size?.ours?.bundle?.brotli) || !Number.isFinite(results.size?.timelineJs?.js?.brotli)) broken.push('size: figures missing');
  if (broken.length) throw new Error(`no figure for:\n  ${broken.join('\n  ')}`);
  console.log(`✓ the bench ran every page (${pages.length}) and the size comparison; figures not kept.`);
} catch (error) {
  console.error(`✗ bench smoke run: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

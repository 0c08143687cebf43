/* global window -- read inside waitForFunction(), which runs in the page */
// Where a bench page's main-thread time goes, from a Chromium trace: script, style, layout, paint,
// HTML parsing. For the targets the bench reports missed: which of these holds us back.
//   node bench/profile.mjs timeline gb-timeline 1000
//   node bench/profile.mjs widgets gb-quote-card gb-quote-card
//   node bench/profile.mjs demo 1500 css          (or: demo 1500 nocss)
// Writes the trace to bench/trace.json (not committed) for a closer look in DevTools.
import { readFileSync } from 'node:fs';
import { launch, VIEWPORT } from './measure.mjs';
import { startBenchServer, urls } from './routes.mjs';

const CATEGORIES = {
  script: ['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'V8.Execute', 'EventDispatch', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase', 'CompileScript', 'CompileCode', 'XHRReadyStateChange'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'StyleInvalidatorInvalidationTracking'],
  layout: ['Layout', 'IntersectionObserverController::computeIntersections'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'PaintImage'],
  'HTML parsing': ['ParseHTML'],
};
const categoryOf = Object.fromEntries(Object.entries(CATEGORIES).flatMap(([category, names]) => names.map(name => [name, category])));

/** Complete slices of one thread, with begin/end pairs joined into slices too. */
function slicesOf(events, thread) {
  const slices = [];
  const open = [];
  for (const e of events.filter(e => `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') slices.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E' && open.length) {
      const begin = open.pop();
      slices.push({ name: begin.name, ts: begin.ts, dur: e.ts - begin.ts, tdur: e.tts !== undefined && begin.tts !== undefined ? e.tts - begin.tts : undefined });
    }
  }
  return slices.filter(e => e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/**
 * Self time (µs) of each slice on the busiest renderer main thread, by kind and by name. Thread
 * (CPU) time where the trace has it, not wall time: on a shared machine a descheduled thread's
 * wall time says nothing about what it was doing.
 */
export function selfTimes(events) {
  const mains = events.filter(e => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(e => `${e.pid}:${e.tid}`);
  const busy = new Map();
  // The page's renderer, not a spare one that only runs empty tasks: the one that did the most.
  for (const e of events) {
    if (e.ph === 'X' && e.name !== 'RunTask' && mains.includes(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byCategory = {};
  const byName = {};
  const stack = [];
  const close = until => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      // A slice without a kind of its own (RunTask, say) counts as what contains it.
      const category = categoryOf[done.name] ?? stack.findLast(s => categoryOf[s.name])?.category ?? 'other';
      byCategory[category] = (byCategory[category] ?? 0) + Math.max(0, done.self);
      byName[done.name] = (byName[done.name] ?? 0) + Math.max(0, done.self);
    }
  };
  for (const e of slicesOf(events, main)) {
    close(e.ts);
    const time = e.tdur ?? e.dur;
    if (stack.length) stack.at(-1).self -= time;
    stack.push({ name: e.name, end: e.ts + e.dur, self: time, category: categoryOf[e.name] });
  }
  close(Infinity);
  return { byCategory, byName };
}

const [kind, ...rest] = process.argv.slice(2);
const path = kind === 'demo' ? urls.demo(Number(rest[0] ?? 1500), rest[1] !== 'nocss') : urls[kind](rest[0], rest[1]);
const server = await startBenchServer();
const browser = await launch();
try {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport(VIEWPORT);
  await page.tracing.start({ path: 'bench/trace.json', categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
  await page.goto(server.base + path);
  if (kind === 'demo') await new Promise(resolve => setTimeout(resolve, 4000));
  else await page.waitForFunction(() => window.__bench?.all, { timeout: 60_000, polling: 100 });
  await page.tracing.stop();
  const trace = JSON.parse(readFileSync('bench/trace.json', 'utf8'));
  const { byCategory, byName } = selfTimes(trace.traceEvents ?? trace);
  const total = Object.values(byCategory).reduce((sum, value) => sum + value, 0);
  console.log(`${path}: main-thread CPU time by kind (self time, ms)`);
  for (const [category, us] of Object.entries(byCategory).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${category.padEnd(14)} ${String(Math.round(us / 1000)).padStart(7)} ms  ${((100 * us) / total).toFixed(0).padStart(3)} %`);
  }
  console.log('  busiest slices:');
  for (const [name, us] of Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${name.padEnd(30)} ${Math.round(us / 1000)} ms`);
} finally {
  await browser.close();
  await server.close();
}

// The table and the targets. Every comparison is a ratio, ours / theirs: absolute milliseconds on a
// shared 2-core machine mean little, ratios measured in the same run mean more.
// KB = 1,024 bytes, as bench/README.md's Size section counts.
// The formatters are shared with bench/markdown.mjs, which prints the same figures for bench/README.md.
export const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = value => (value === undefined ? '–' : `${Math.round(value).toLocaleString('en')} ms`);
const ratio = (ours, theirs) => (typeof ours === 'number' && typeof theirs === 'number' && theirs > 0 ? ours / theirs : undefined);
export const times = value => (value === undefined ? '–' : `${value.toFixed(2)}×`);
const cell = (result, key) => (result.timedOut ? `timed out after ${result.timedOut} s` : ms(result[key]));

/**
 * A ratio of the rounds (see pairedRatios in measure.mjs): "1.33× (1.25–1.41)", the median and the
 * quartiles between which half the rounds lie. `invert` turns ours / theirs into how many times faster.
 */
const spreadOf = (paired, invert = false) => {
  if (!paired) return undefined;
  const [median, low, high] = invert ? [1 / paired.median, 1 / paired.high, 1 / paired.low] : [paired.median, paired.low, paired.high];
  return { median, low, high, text: `${times(median)} (${low.toFixed(2)}–${high.toFixed(2)})` };
};

/** The text of a ratio of the rounds, or '–' where the rounds gave none. */
export const spreadText = paired => spreadOf(paired)?.text ?? '–';

/** The size comparisons, brotli: our bundle and widgets alone against each peer. */
export const sizeRatios = size => ({
  bundleToMinimalLit: ratio(size.ours.bundle.brotli, size.minimalLit.brotli),
  quoteCardToWaCard: ratio(size.alone['quote-card'].brotli, size.waCard.brotli),
  timelineToTimelineJs: ratio(size.alone.timeline.brotli, size.timelineJs.js.brotli),
  bundleToTimelineJsTotal: ratio(size.ours.bundle.brotli, size.timelineJs.js.brotli + size.timelineJs.css.brotli),
});

/**
 * Each target of the issue, its measured value and whether it is met. Absent parts are skipped.
 * Ratios are those of the rounds; `sure` says whether the middle half of the rounds is on the
 * same side of the limit as their median, which on a shared machine is what "met" can promise.
 */
export function targets(results) {
  const list = [];
  const add = (target, measured, met, sure = true) => list.push({ target, measured, met, sure });
  const against = (spread, limit, atMost) => {
    const holds = value => (atMost ? value <= limit : value >= limit);
    return [holds(spread.median), holds(spread.low) === holds(spread.median) && holds(spread.high) === holds(spread.median)];
  };
  if (results.size) {
    const brotli = results.size.ours.bundle.brotli;
    add('whole bundle, all widgets, brotli ≤ 15 KB', kb(brotli), brotli <= 15 * 1024);
  }
  const timeline = size => results.timeline?.find(section => section.size === size);
  const t1000 = timeline('1000');
  if (t1000) {
    const { contenders, ratios } = t1000;
    const first = spreadOf(ratios['static HTML'].first);
    add('timeline, 1,000 events, first screen painted ≤ 1.0 × static HTML', first.text, ...against(first, 1.0, true));
    if (contenders.TimelineJS3.timedOut) {
      // TimelineJS3 timing out counts as at least as slow as its timeout.
      const speedup = (contenders.TimelineJS3.timedOut * 1000) / contenders['gb-timeline'].first;
      add('timeline, 1,000 events, first screen painted ≥ 10 × faster than TimelineJS3', `≥ ${times(speedup)} faster`, speedup >= 10);
    } else {
      const speedup = spreadOf(ratios.TimelineJS3.first, true);
      add('timeline, 1,000 events, first screen painted ≥ 10 × faster than TimelineJS3', `${speedup.text} faster`, ...against(speedup, 10, false));
    }
    const all = spreadOf(ratios['static HTML'].all);
    add('timeline, 1,000 events, all in the DOM ≤ 1.5 × static HTML', all.text, ...against(all, 1.5, true));
  }
  const t10000 = timeline('10000')?.contenders['gb-timeline'];
  if (t10000) add('timeline, 10,000 events: no task over 100 ms', `longest task ${ms(t10000.longest)}`, !t10000.timedOut && t10000.longest <= 100);
  // The pages of 1,000 widgets are measured and have no target: an article has a dozen widgets, a
  // data page perhaps a hundred (bench/README.md, "First renders").
  const demo = results.demo?.variants['with golden-bridge.css'];
  if (demo) {
    add(`demo article, bundle ${results.demo.delay / 1000} s late: CLS ≤ 0.01`, demo.cls.toFixed(4), demo.cls <= 0.01);
    add(`demo article, bundle ${results.demo.delay / 1000} s late: total blocking time ≤ 50 ms`, ms(demo.blocking), demo.blocking <= 50);
  }
  return list;
}

function printSize(size) {
  const { ours } = size;
  const row = (name, s, note = '') =>
    console.log(`  ${name.padEnd(44)} ${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)}  ${note}`);
  console.log(`\nSize${' '.repeat(42)}      raw      gzip    brotli`);
  row('golden-bridge.js, every widget', ours.bundle);
  row('  of which Lit + core (shared floor)', ours.floor);
  for (const [name, s] of Object.entries(ours.marginal)) {
    row(`  + ${name}${ours.dependants[name].length ? ` & ${ours.dependants[name].join(', ')}` : ''} (marginal)`, s);
  }
  if (ours.css) row('golden-bridge.css (optional)', ours.css);
  row('gb-quote-card alone, Lit included', size.alone['quote-card']);
  row('gb-timeline alone, Lit included', size.alone.timeline);
  const ratios = sizeRatios(size);
  row('minimal Lit element, bundled the same way', size.minimalLit, `bundle / it: ${times(ratios.bundleToMinimalLit)}`);
  row('Web Awesome wa-card, bundled the same way', size.waCard, `quote card alone / it: ${times(ratios.quoteCardToWaCard)}`);
  row('TimelineJS3 timeline.js', size.timelineJs.js, `gb-timeline alone / it: ${times(ratios.timelineToTimelineJs)}`);
  row('TimelineJS3 timeline.css', size.timelineJs.css);
  console.log(`  ratios (brotli): whole bundle / TimelineJS3 JS + CSS ${times(ratios.bundleToTimelineJsTotal)}`);
}

function printRender(title, sections, ours) {
  console.log(`\n${title}`);
  console.log(`  ${'contender'.padEnd(16)} ${'first screen'.padStart(22)} ${'all'.padStart(22)} ${'longest task'.padStart(22)} ${'total blocking'.padStart(15)}`);
  for (const [label, { contenders, ratios }] of sections) {
    console.log(`  ${label}`);
    for (const [name, result] of Object.entries(contenders)) {
      console.log(`  ${name.padEnd(16)} ${cell(result, 'first').padStart(22)} ${cell(result, 'all').padStart(22)} ${cell(result, 'longest').padStart(22)} ${cell(result, 'blocking').padStart(15)}`);
    }
    for (const [name, theirs] of Object.entries(contenders)) {
      if (name === ours) continue;
      const against = theirs.timedOut
        ? `${name} timed out after ${theirs.timedOut} s`
        : `first ${spreadText(ratios[name].first)}, all ${spreadText(ratios[name].all)}`;
      console.log(`    ratio ${ours} / ${name}: ${against}`);
    }
  }
}

export function printReport(results) {
  const m = results.machine;
  console.log(`golden-bridge bench — median of ${results.runs} runs, contenders interleaved, ${results.date}`);
  console.log(`machine: ${m.cores} cores (${m.cpu}), ${m.memory}, ${m.chromium}${m.browserUi ? ' with its hidden browser UI on (BROWSER_UI=1)' : ''}, Node ${m.node}, ${m.os}`);
  if (m.loadBefore) console.log(`load average (1, 5, 15 min): ${m.loadBefore.join(', ')} before, ${m.loadAfter?.join(', ') ?? '–'} after`);
  if (results.size) printSize(results.size);
  if (results.timeline) {
    const sections = results.timeline.map(section => [section.size === 'seed' ? `the seed timeline (${section.events} events)` : `${section.events} events`, section]);
    printRender('Timeline render (ms from navigation start; first screen and all painted)', sections, 'gb-timeline');
  }
  for (const [tag, section] of Object.entries(results.widgets ?? {})) {
    printRender(`${section.count} × ${tag} on one page (ms from navigation start; all = every one rendered and painted)`, [[tag, section]], tag);
  }
  if (results.demo) {
    console.log(`\nDemo article, bundle answered ${results.demo.delay} ms late`);
    for (const [name, d] of Object.entries(results.demo.variants)) {
      console.log(`  ${name.padEnd(28)} CLS ${d.cls?.toFixed(4)}   total blocking ${ms(d.blocking)}   longest task ${ms(d.longest)}   JS ${kb(d.scriptBytes)} as served (uncompressed)`);
    }
    if (results.size) console.log(`  (the same JS is ${kb(results.size.ours.bundle.brotli)} brotli)`);
  }
  console.log('\nTargets (ratios: the median of the rounds, and in brackets the quartiles that half the rounds lie between)');
  for (const t of results.targets) {
    console.log(`  ${t.met ? '✓ met   ' : '✗ missed'}  ${t.target}: ${t.measured}${t.sure ? '' : ' — the limit lies within the middle half of the rounds'}`);
  }
}

// The table and the targets. Every comparison is a ratio, ours / theirs: absolute milliseconds on a
// shared 2-core machine mean little, ratios measured in the same run mean more.
// KB = 1,024 bytes, as the README's Size section counts.
const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;
const ms = value => (value === undefined ? '–' : `${Math.round(value).toLocaleString('en')} ms`);
const ratio = (ours, theirs) => (typeof ours === 'number' && typeof theirs === 'number' && theirs > 0 ? ours / theirs : undefined);
const times = value => (value === undefined ? '–' : `${value.toFixed(2)}×`);
const cell = (result, key) => (result.timedOut ? `timed out after ${result.timedOut} s` : ms(result[key]));

/** Each target of the issue, its measured value and whether it is met. Absent parts are skipped. */
export function targets(results) {
  const list = [];
  const add = (target, measured, met) => list.push({ target, measured, met });
  if (results.size) {
    const brotli = results.size.ours.bundle.brotli;
    add('whole bundle, all widgets, brotli ≤ 15 KB', kb(brotli), brotli <= 15 * 1024);
  }
  const timeline = size => results.timeline?.find(section => section.size === size)?.contenders;
  const t1000 = timeline('1000');
  if (t1000) {
    const gb = t1000['gb-timeline'];
    const tjs = t1000.TimelineJS3;
    const first = ratio(gb.first, t1000['static HTML'].first);
    add('timeline, 1,000 events, first screen painted ≤ 1.0 × static HTML', times(first), first <= 1.0);
    // TimelineJS3 timing out counts as at least as slow as its timeout.
    const speedup = tjs.timedOut ? (tjs.timedOut * 1000) / gb.first : ratio(tjs.first, gb.first);
    add('timeline, 1,000 events, first screen painted ≥ 10 × faster than TimelineJS3', `${tjs.timedOut ? '≥ ' : ''}${times(speedup)} faster`, speedup >= 10);
    const all = ratio(gb.all, t1000['static HTML'].all);
    add('timeline, 1,000 events, all in the DOM ≤ 1.5 × static HTML', times(all), all <= 1.5);
  }
  const t10000 = timeline('10000')?.['gb-timeline'];
  if (t10000) add('timeline, 10,000 events: no task over 100 ms', `longest task ${ms(t10000.longest)}`, !t10000.timedOut && t10000.longest <= 100);
  for (const [tag, { contenders }] of Object.entries(results.widgets ?? {})) {
    const value = ratio(contenders[tag].all, contenders['static HTML'].all);
    add(`1,000 × ${tag}, all rendered ≤ 2 × static HTML`, times(value), value <= 2);
  }
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
  row('minimal Lit element, bundled the same way', size.minimalLit, `bundle / it: ${times(ratio(ours.bundle.brotli, size.minimalLit.brotli))}`);
  row('Web Awesome wa-card, bundled the same way', size.waCard, `quote card alone / it: ${times(ratio(size.alone['quote-card'].brotli, size.waCard.brotli))}`);
  row('TimelineJS3 timeline.js', size.timelineJs.js, `gb-timeline alone / it: ${times(ratio(size.alone.timeline.brotli, size.timelineJs.js.brotli))}`);
  row('TimelineJS3 timeline.css', size.timelineJs.css);
  const tjsTotal = size.timelineJs.js.brotli + size.timelineJs.css.brotli;
  console.log(`  ratios (brotli): whole bundle / TimelineJS3 JS + CSS ${times(ratio(ours.bundle.brotli, tjsTotal))}`);
}

function printRender(title, sections, ours) {
  console.log(`\n${title}`);
  console.log(`  ${'contender'.padEnd(16)} ${'first screen'.padStart(22)} ${'all'.padStart(22)} ${'longest task'.padStart(22)} ${'total blocking'.padStart(15)}`);
  for (const [label, { contenders }] of sections) {
    console.log(`  ${label}`);
    for (const [name, result] of Object.entries(contenders)) {
      console.log(`  ${name.padEnd(16)} ${cell(result, 'first').padStart(22)} ${cell(result, 'all').padStart(22)} ${cell(result, 'longest').padStart(22)} ${cell(result, 'blocking').padStart(15)}`);
    }
    for (const [name, theirs] of Object.entries(contenders)) {
      if (name === ours) continue;
      const mine = contenders[ours];
      const against = theirs.timedOut ? `${name} timed out after ${theirs.timedOut} s` : `first ${times(ratio(mine.first, theirs.first))}, all ${times(ratio(mine.all, theirs.all))}`;
      console.log(`    ratio ${ours} / ${name}: ${against}`);
    }
  }
}

export function printReport(results) {
  const m = results.machine;
  console.log(`golden-bridge bench — median of ${results.runs} runs, contenders interleaved, ${results.date}`);
  console.log(`machine: ${m.cores} cores (${m.cpu}), ${m.memory}, ${m.chromium}, Node ${m.node}, ${m.os}`);
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
  console.log('\nTargets');
  for (const t of results.targets) console.log(`  ${t.met ? '✓ met   ' : '✗ missed'}  ${t.target}: ${t.measured}`);
}

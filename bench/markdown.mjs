// bench/README.md's tables, printed from a bench run's figures: `node bench/markdown.mjs`
// (or `node bench/markdown.mjs other-results.json`). The tables in bench/README.md are pasted from it, so
// that they say exactly what bench/results.json holds; `node bench/markdown.mjs --check bench/README.md`
// (run by npm test) fails when a row of them is not there as printed.
import { readFileSync } from 'node:fs';
import { kb, ms, sizeRatios, spreadText, times } from './report.mjs';

const checking = process.argv[2] === '--check';
const results = JSON.parse(readFileSync((checking ? undefined : process.argv[2]) ?? 'bench/results.json', 'utf8'));
/** Ours against one contender, first and all, each the rounds' median and quartiles; empty for ours. */
const ratioCell = ratios => (ratios ? `${spreadText(ratios.first)}; ${spreadText(ratios.all)}` : '');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
const sizeRow = (name, size, note = '') => [name, kb(size.raw), kb(size.gzip), kb(size.brotli), note];
const out = [];

const { machine: m } = results;
out.push(
  `Run of ${results.date.slice(0, 16).replace('T', ' ')} UTC: ${m.cores} cores (${m.cpu}), ${m.memory}, Chromium ${m.chromium.split('/')[1] ?? m.chromium}${m.browserUi ? ' with its hidden browser UI on' : ''}, Node ${m.node.slice(1)}, ${m.os.split(' ')[0]}; ` +
    `median of ${results.runs} rounds; load average ${m.loadBefore?.[0]} before, ${m.loadAfter?.[0]} after.`,
);

if (results.size) {
  const { ours, alone, minimalLit, waCard, timelineJs } = results.size;
  const ratios = sizeRatios(results.size);
  const dependants = name => ours.dependants[name].map(other => ` with \`gb-${other}\``).join('');
  // A widget other widgets build on is counted with them (its own marginal figure would be that of an empty shell).
  const counted = Object.keys(ours.marginal).filter(name => !Object.values(ours.dependants).some(list => list.includes(name)));
  out.push(
    table(
      ['file', 'raw', 'gzip', 'brotli', 'ratio (brotli)'],
      [
        sizeRow('`dist/golden-bridge.js`, every widget', ours.bundle, `${times(ratios.bundleToMinimalLit)} the minimal Lit element; ${times(ratios.bundleToTimelineJsTotal)} TimelineJS3 JS + CSS`),
        sizeRow('of which Lit + core', ours.floor),
        ...counted.map(name => sizeRow(`\`gb-${name}\`${dependants(name)}, marginal`, ours.marginal[name])),
        ...(ours.css ? [sizeRow('`dist/golden-bridge.css` (optional)', ours.css)] : []),
        sizeRow('`gb-quote-card` alone, Lit included', alone['quote-card'], `${times(ratios.quoteCardToWaCard)} wa-card`),
        sizeRow('`gb-timeline` alone, Lit included', alone.timeline, `${times(ratios.timelineToTimelineJs)} TimelineJS3's JS`),
        sizeRow('minimal Lit element, bundled the same way', minimalLit),
        sizeRow("Web Awesome's `wa-card`, bundled the same way", waCard),
        sizeRow('TimelineJS3 `timeline.js`', timelineJs.js),
        sizeRow('TimelineJS3 `timeline.css`', timelineJs.css),
      ],
    ),
  );
}

if (results.timeline) {
  const rows = results.timeline.flatMap(({ size, events, contenders, ratios }) =>
    Object.entries(contenders).map(([name, c]) => [
      size === 'seed' ? `seed (${events})` : events.toLocaleString('en'),
      name,
      ...(c.timedOut ? [`timed out after ${c.timedOut} s`, '–', '–', '–'] : [ms(c.first), ms(c.all), ms(c.longest), ms(c.blocking)]),
      ratioCell(ratios[name]),
    ]),
  );
  out.push(table(['timeline', 'contender', 'first screen painted', 'all painted', 'longest task', 'total blocking', 'ours / it: first; all'], rows));
}

if (results.widgets) {
  const rows = Object.entries(results.widgets).flatMap(([tag, { contenders, ratios }]) =>
    Object.entries(contenders).map(([name, c]) => [
      `\`${tag}\``,
      name === tag ? 'golden-bridge + golden-bridge.css' : `${name} + golden-bridge.css`,
      ms(c.first),
      ms(c.all),
      ms(c.longest),
      ms(c.blocking),
      ratioCell(ratios[name]),
    ]),
  );
  out.push(table(['1,000 on one page', 'contender', 'first rendered', 'all rendered', 'longest task', 'total blocking', 'ours / static: first; all'], rows));
}

if (results.demo) {
  const brotli = results.size ? ` (${kb(results.size.ours.bundle.brotli)} brotli)` : '';
  const rows = Object.entries(results.demo.variants).map(([name, d]) => [name, d.cls.toFixed(4), ms(d.blocking), ms(d.longest), `${kb(d.scriptBytes)}${brotli}`]);
  out.push(table([`demo article, bundle ${results.demo.delay / 1000} s late`, 'CLS', 'total blocking', 'longest task', 'JS as served (uncompressed)'], rows));
}

const targetStatus = t => (t.met ? (t.sure ? 'met' : 'met, at the limit') : t.sure ? '**missed**' : '**missed**, at the limit');
out.push(table(['target', 'measured', ''], results.targets.map(t => [t.target, t.measured, targetStatus(t)])));
const printed = out.join('\n\n');
if (checking) {
  const readme = readFileSync(process.argv[3] ?? 'bench/README.md', 'utf8').split('\n');
  // The table rows, not the run's heading line, which bench/README.md words in its own sentences.
  const missing = printed.split('\n').filter(line => line.startsWith('| ') && !readme.includes(line));
  if (missing.length) {
    console.error(`✗ the tables of bench/README.md differ from bench/results.json; paste them from \`node bench/markdown.mjs\`. Rows not there:\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('✓ the tables of bench/README.md are those of bench/results.json.');
} else console.log(printed);

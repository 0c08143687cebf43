// Size report: every dist file raw / gzip / brotli, each widget's marginal cost in the bundle, and
// the sha384 integrity of each script-tag file. Writes dist/size.json and dist/integrity.json.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins } from '../rollup.config.mjs';

// The host script (src/embed/host.ts) is what an article with iframe embeds loads: its own budget, under 1 KB.
const BUNDLE_FILES = ['dist/golden-bridge.js', 'dist/golden-bridge.css', 'dist/golden-bridge-host.js'];

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Widget folders: every src/<name>/index.ts except core. */
export function widgetNames() {
  return readdirSync('src', { withFileTypes: true })
    .filter(entry => entry.isDirectory() && entry.name !== 'core' && existsSync(`src/${entry.name}/index.ts`))
    .map(entry => entry.name)
    .sort();
}

/** Whether a widget's own files import another widget's folder. */
function dependsOn(widget, other) {
  return readdirSync(`src/${widget}`)
    .filter(file => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .some(file => readFileSync(`src/${widget}/${file}`, 'utf8').includes(`'../${other}/`));
}

/**
 * Bundles the given source in memory, exactly as the real bundle is built, and measures it.
 * `stubs` replaces modules (by an ending of their resolved path) with source of its own: the
 * bundle without a feature, to measure what the feature adds.
 */
export async function bundleSize(source, stubs = {}) {
  const entry = '\0size-entry';
  const stubbed = id => Object.keys(stubs).find(ending => id.endsWith(ending));
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      {
        name: 'size-stubs',
        load: id => (stubbed(id) ? stubs[stubbed(id)] : null),
      },
      {
        name: 'size-entry',
        // A widget's index.ts registers it (define()), as src/index.ts's imports do in the real
        // bundle. Reached from this virtual entry, node-resolve would apply package.json's
        // `sideEffects` (which lists dist/ files only) and drop those calls, so every variant here
        // would lack the registrations the real bundle has.
        resolveId: id =>
          id === entry ? entry : /\/src\/[^/]+\/index\.ts$/.test(id) ? { id, moduleSideEffects: true } : null,
        load: id => (id === entry ? source : (Object.entries(stubs).find(([end]) => id.endsWith(end))?.[1] ?? null)),
      },
      ...bundlePlugins(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return measure(Buffer.from(output[0].code));
}

// Re-exports, as src/index.ts does: a bare import of a module our package.json does not list in
// `sideEffects` would be dropped whole.
const importAll = names => names.map(name => `export * from '${process.cwd()}/src/${name}/index.ts';`).join('\n');
// The shared floor: Lit and every module of core, kept whole by re-exporting each one (the package's
// golden-bridge/core entry publishes only a few of them).
const CORE = readdirSync('src/core')
  .filter(file => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map(file => `export * from '${process.cwd()}/src/core/${file}';`)
  .join('\n');

const kb = bytes => `${(bytes / 1024).toFixed(2)} KB`;
const row = (name, size) =>
  `  ${name.padEnd(28)} ${String(size.raw).padStart(8)} ${String(size.gzip).padStart(8)} ${String(size.brotli).padStart(8)}  (${kb(size.brotli)} brotli)`;

/**
 * The figures behind the size report, without printing: every bundle file, the Lit + core floor,
 * and each widget's marginal cost with the widgets that go with it. Shared with bench/.
 */
export async function sizeFigures() {
  const files = {};
  for (const file of BUNDLE_FILES.filter(existsSync)) files[file] = measure(readFileSync(file));
  const widgets = widgetNames();
  const full = files['dist/golden-bridge.js'];
  const floor = await bundleSize(CORE);
  const marginal = {};
  const dependants = {};
  for (const name of widgets) {
    // Removing a widget removes what is made of it too (a stat group of stat badges).
    const kept = widgets.filter(other => other !== name && !dependsOn(other, name));
    const without = await bundleSize(`${CORE}\n${importAll(kept)}`);
    marginal[name] = {
      raw: full.raw - without.raw,
      gzip: full.gzip - without.gzip,
      brotli: full.brotli - without.brotli,
    };
    dependants[name] = widgets.filter(other => other !== name && !kept.includes(other));
  }
  return { files, floor, marginal, dependants, features: await featureFigures(full) };
}

/**
 * What a feature shared by widgets adds to the whole bundle: the bundle as built, less the bundle
 * with the feature's modules replaced by stubs that do nothing.
 */
const FEATURES = {
  // The CSV/TSV parser alone (d3-dsv's parser, all of its module that the bundle keeps).
  'sheet-parser': {
    'node_modules/d3-dsv/dist/d3-dsv.mjs': 'export const csvParseRows = () => [], tsvParseRows = () => [];',
  },
  // Reading `src` sheets: the parser, core/sheet.ts and the widgets' sheet readers.
  'sheet-reader': {
    'node_modules/d3-dsv/dist/d3-dsv.mjs': 'export const csvParseRows = () => [], tsvParseRows = () => [];',
    'src/core/sheet.ts':
      'export const readSourceAnswer = (text) => ({ sheet: false, data: JSON.parse(text) });',
    'src/timeline/timeline.sheet.ts': 'export const readTimelineSheet = () => ({ events: [] });',
    'src/stat-group/stat-group.sheet.ts': 'export const readStatSheet = () => [], readStatJson = () => [];',
  },
  // Formatting for engines that lack a locale's data (src/core/locale-fallback.ts), Kazakh's data included.
  'locale-fallback': {
    'src/core/locale-fallback.ts':
      'export const fallbackFormat = () => undefined, engineLacks = () => false, fallbackData = () => undefined, ownFormat = () => undefined;',
  },
  // Kazakh's CLDR data alone, which the bundle carries (other locales are modules of their own).
  'locale-kk': { 'src/locales/kk.ts': 'export default undefined;' },
};

async function featureFigures(full) {
  const features = {};
  for (const [name, stubs] of Object.entries(FEATURES)) {
    const without = await bundleSize(`export * from '${process.cwd()}/src/index.ts';`, stubs);
    features[name] = { raw: full.raw - without.raw, gzip: full.gzip - without.gzip, brotli: full.brotli - without.brotli };
  }
  return features;
}

export async function reportSizes() {
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
  const integrity = {};
  let ok = true;

  console.log(`\nSize (bytes); "+ widget" is its marginal cost in the bundle     raw     gzip   brotli`);
  const { files, floor, marginal, dependants, features } = await sizeFigures();
  for (const file of Object.keys(files)) {
    integrity[file.replace('dist/', '')] = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
    console.log(row(file, files[file]));
  }
  const widgets = widgetNames();
  console.log(row('Lit + core (shared floor)', floor));
  for (const name of widgets) {
    console.log(row(`+ ${name}${dependants[name].length ? ` & ${dependants[name].join(', ')}` : ''}`, marginal[name]));
  }
  for (const name of Object.keys(features)) console.log(row(`+ ${name} (feature)`, features[name]));


  for (const [file, limit] of Object.entries(budget.bundle)) {
    if (files[file] && files[file].brotli > limit) {
      console.error(`✗ ${file}: ${files[file].brotli} B brotli, over its budget of ${limit} B`);
      ok = false;
    }
  }
  for (const name of widgets) {
    const limit = budget.widgets[name];
    if (limit === undefined) {
      console.error(`✗ ${name}: no budget in size-budget.json; every widget needs one`);
      ok = false;
    } else if (marginal[name].brotli > limit) {
      console.error(`✗ ${name}: marginal ${marginal[name].brotli} B brotli, over its budget of ${limit} B`);
      ok = false;
    }
  }
  for (const [name, limit] of Object.entries(budget.features ?? {})) {
    if (features[name] && features[name].brotli > limit) {
      console.error(`✗ ${name}: adds ${features[name].brotli} B brotli, over its budget of ${limit} B`);
      ok = false;
    }
  }
  if (ok) console.log(`✓ within the size budget (bundle ≤ ${kb(budget.bundle['dist/golden-bridge.js'])} brotli)`);

  console.log('\nSubresource Integrity (sha384):');
  for (const [file, hash] of Object.entries(integrity)) console.log(`  ${file}  ${hash}`);
  writeFileSync('dist/size.json', JSON.stringify({ files, floor, marginal, features }, null, 2));
  writeFileSync('dist/integrity.json', JSON.stringify(integrity, null, 2));
  return ok;
}

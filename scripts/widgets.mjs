// The widget folders, and every place a widget must be wired into. Shared by the wiring check
// (scripts/check-wiring.mjs, run by npm test) and the scaffold (scripts/new-widget.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Folders of src/ that are not widgets (builder/ is the authoring page, bundled on its own). */
const NOT_WIDGETS = new Set(['core', 'test-helpers', 'embedding', 'embed', 'builder']);

/** Every src/<name>/ with an index.ts, core and the test folders aside. */
export const widgetFolders = () =>
  readdirSync('src', { withFileTypes: true })
    .filter(entry => entry.isDirectory() && !NOT_WIDGETS.has(entry.name) && existsSync(`src/${entry.name}/index.ts`))
    .map(entry => entry.name)
    .sort();

/** What is missing for `name` to be wired in: a list of sentences, empty when all is there. */
export function missingWiring(name) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
  const index = readFileSync('src/index.ts', 'utf8');
  const stories = readdirSync('stories').filter(file => file.endsWith('.stories.ts'));
  const missing = [];
  if (!index.includes(`export * from './${name}/index.js';`)) missing.push(`src/index.ts: export * from './${name}/index.js';`);
  if (pkg.exports[`./${name}`]?.default !== `./dist/${name}/index.js`) missing.push(`package.json exports: "./${name}" → ./dist/${name}/index.js`);
  if (pkg.exports[`./${name}/element`]?.default !== `./dist/${name}/${name}.js`) missing.push(`package.json exports: "./${name}/element" → ./dist/${name}/${name}.js`);
  if (!pkg.sideEffects.includes(`./dist/${name}/index.js`)) missing.push(`package.json sideEffects: ./dist/${name}/index.js`);
  if (typeof budget.widgets[name] !== 'number') missing.push(`size-budget.json widgets: "${name}"`);
  if (!stories.some(file => readFileSync(`stories/${file}`, 'utf8').includes(`<gb-${name}`))) missing.push(`stories/*.stories.ts: a story showing <gb-${name}>`);
  return missing;
}

// npm test: every widget folder is wired into the bundle, the npm package, the size budget and the
// stories; a folder that is not fails here rather than shipping half-registered.
import { missingWiring, widgetFolders } from './widgets.mjs';

const problems = widgetFolders().flatMap(name => missingWiring(name).map(line => `src/${name}/ is not wired into ${line}`));
if (problems.length) {
  console.error(`✗ ${problems.join('\n✗ ')}\n  (npm run new-widget -- gb-name wires a new widget; see CONTRIBUTING.md)`);
  process.exitCode = 1;
} else console.log(`✓ every widget folder (${widgetFolders().join(', ')}) is wired in.`);

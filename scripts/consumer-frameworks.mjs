// Part (d) of the consumer test: the framework snippets that the Storybook pages under
// stories/frameworks/ show, compiled in the consumer project by each framework's own compiler,
// against the installed tarball. Each check has a negative twin that must fail, so a compiler
// that silently accepts everything cannot pass.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** Installed beside the tarball, one major each: what a consumer of each framework would have. */
export const FRAMEWORK_PACKAGES = [
  'react@19',
  'react-dom@19',
  'vue@3',
  'svelte@5',
  // Angular 22 needs Node 22 and TypeScript 6; 21 runs on Node ^20.19 with TypeScript 5.9.
  '@angular/core@21',
  '@angular/compiler@21',
  '@angular/compiler-cli@21',
  'rxjs@7',
  'typescript@~5.9',
];

export const SNIPPETS = {
  html: 'page.html',
  react: 'KazakhstanChina.tsx',
  vue: 'KazakhstanChina.vue',
  svelte: 'KazakhstanChina.svelte',
  angular: 'kazakhstan-china.component.ts',
};

/** The tag names a snippet uses. */
const tagsIn = source => new Set([...source.matchAll(/<(gb-[a-z-]+)/g)].map(match => match[1]));

/**
 * Copies the snippets into `work/snippets` and compiles each one. `check(condition, message)`
 * records a result; `typecheck(files, extraArgs)` runs tsc in the consumer project and returns
 * its errors.
 */
export async function checkFrameworkSnippets({ root, work, tags, check, typecheck, run }) {
  const dir = join(work, 'snippets');
  cpSync(join(root, 'stories', 'frameworks', 'snippets'), dir, { recursive: true });
  const source = file => readFileSync(join(dir, file), 'utf8');
  // Resolve each compiler from the consumer project, as its own build would.
  const require = createRequire(join(work, 'package.json'));

  const families = [['gb-quote-card'], ['gb-stat-group', 'gb-stat-badge'], ['gb-proverb'], ['gb-timeline']];
  for (const [framework, file] of Object.entries(SNIPPETS)) {
    const used = tagsIn(source(file));
    const unknown = [...used].filter(tag => !tags.includes(tag));
    check(unknown.length === 0, `${framework}: every gb-* tag in ${file} is in the installed custom-elements.json (unknown: ${unknown.join(', ') || 'none'})`);
    const missing = families.filter(family => !family.every(tag => used.has(tag))).map(family => family.join('+'));
    check(missing.length === 0, `${framework}: ${file} uses all four widget families (missing: ${missing.join(', ') || 'none'})`);
  }
  check([...tagsIn('<gb-timline>')].some(tag => !tags.includes(tag)), 'negative: a misspelled tag is not in the manifest');

  // React 19: the snippet type-checks against React's JSX with golden-bridge/react, and a wrong
  // attribute value does not.
  writeFileSync(
    join(dir, 'react-negative.tsx'),
    `import type {} from 'golden-bridge/react';\n// @ts-expect-error: not a layout\nexport const Bad = () => <gb-timeline layout="diagonal" />;\n`,
  );
  const reactErrors = typecheck([`snippets/${SNIPPETS.react}`, 'snippets/react-negative.tsx'], ['--jsx', 'react-jsx', '--types', 'react']);
  check(!reactErrors, `react: ${SNIPPETS.react} type-checks against React 19 (and a wrong layout does not) ${reactErrors}`);

  // The scripts of the two snippets (d) renders, bundled as an app would be: the plain-HTML page's
  // page.js, and the React component mounted with react-dom.
  writeFileSync(
    join(dir, 'react-main.js'),
    `import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { KazakhstanChina } from './${SNIPPETS.react}';\n` +
      `createRoot(document.getElementById('root')).render(createElement(KazakhstanChina));\n`,
  );
  const bundles = {};
  for (const [framework, entry] of [['html', 'page.js'], ['react', 'react-main.js']]) {
    try {
      const result = await esbuild.build({
        entryPoints: [join(dir, entry)],
        absWorkingDir: work,
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      bundles[framework] = result.outputFiles[0].text;
    } catch (error) {
      console.error(error.message);
    }
    check(bundles[framework], `${framework}: esbuild bundles ${entry} with golden-bridge from the installed package`);
  }

  // Vue 3: parse, compile the <script setup> and the template with the isCustomElement option the
  // page documents. A <gb-*> tag compiled as a component would fail at run time with "Failed to
  // resolve component", so any resolveComponent() in the output fails here.
  const sfc = require('vue/compiler-sfc');
  const vueSource = source(SNIPPETS.vue);
  const compileVue = compilerOptions => {
    const problems = [];
    const { descriptor, errors } = sfc.parse(vueSource, { filename: SNIPPETS.vue });
    problems.push(...errors.map(String));
    let bindings;
    try {
      bindings = sfc.compileScript(descriptor, { id: 'kazakhstan-china' }).bindings;
    } catch (error) {
      problems.push(String(error));
    }
    const template = sfc.compileTemplate({
      source: descriptor.template.content,
      filename: SNIPPETS.vue,
      id: 'kazakhstan-china',
      compilerOptions: { ...compilerOptions, bindingMetadata: bindings, onWarn: warning => problems.push(String(warning)) },
    });
    problems.push(...template.errors.map(String), ...template.tips);
    const unresolved = [...template.code.matchAll(/resolveComponent\("([^"]+)"\)/g)].map(match => match[1]);
    if (unresolved.length) problems.push(`Failed to resolve component: ${unresolved.join(', ')}`);
    return problems;
  };
  const vueProblems = compileVue({ isCustomElement: tag => tag.startsWith('gb-') });
  check(vueProblems.length === 0, `vue: ${SNIPPETS.vue} compiles with isCustomElement, no error or warning ${vueProblems.join('; ')}`);
  check(compileVue({}).some(problem => problem.startsWith('Failed to resolve component')), 'negative: without isCustomElement, Vue would resolve <gb-*> as components');

  // Svelte 5: compile for the client and for the server; any error or warning fails.
  const { compile } = require('svelte/compiler');
  const compileSvelte = (text, generate) => {
    try {
      return compile(text, { filename: SNIPPETS.svelte, generate }).warnings.map(warning => `${warning.code}: ${warning.message}`);
    } catch (error) {
      return [String(error.message ?? error)];
    }
  };
  const svelteSource = source(SNIPPETS.svelte);
  for (const generate of ['client', 'server']) {
    const problems = compileSvelte(svelteSource, generate);
    check(problems.length === 0, `svelte: ${SNIPPETS.svelte} compiles (${generate}) with no error or warning ${problems.join('; ')}`);
  }
  check(compileSvelte(svelteSource.replace('</article>', '<gb-proverb layout="stacked">\n</article>'), 'client').length > 0, 'negative: Svelte fails on an unclosed <gb-proverb>');

  // Angular 21: ngc with strictTemplates. The snippet must compile; a twin that binds a field the
  // component does not have must fail, in the same program.
  writeFileSync(
    join(dir, 'negative.component.ts'),
    source(SNIPPETS.angular)
      .replace("selector: 'app-kazakhstan-china'", "selector: 'app-negative'")
      .replace('class KazakhstanChinaComponent', 'class NegativeComponent')
      .replace('[events]="events"', '[events]="evnts"'),
  );
  writeFileSync(
    join(work, 'tsconfig.angular.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'es2022',
        module: 'es2022',
        moduleResolution: 'bundler',
        lib: ['es2023', 'dom', 'dom.iterable'],
        skipLibCheck: true,
        outDir: 'angular-out',
      },
      angularCompilerOptions: { strictTemplates: true, strictInjectionParameters: true, extendedDiagnostics: { defaultCategory: 'error' } },
      files: [`snippets/${SNIPPETS.angular}`, 'snippets/negative.component.ts'],
    }),
  );
  // The compiler's own bin, from the consumer project (its package exports do not expose it).
  const cli = join(work, 'node_modules', '@angular', 'compiler-cli');
  const ngcBin = join(cli, JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')).bin.ngc);
  let ngc = '';
  try {
    run('node', [ngcBin, '-p', 'tsconfig.angular.json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    ngc = `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error);
  }
  // eslint-disable-next-line no-control-regex -- ngc colours its output even when told not to
  const ngcErrors = ngc.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter(line => /\berror (TS|NG)\d+/.test(line));
  const outside = ngcErrors.filter(line => !line.startsWith('snippets/negative.component.ts'));
  check(outside.length === 0, `angular: ${SNIPPETS.angular} compiles with ngc and strictTemplates ${outside.join('\n')}`);
  check(
    ngcErrors.some(line => line.startsWith('snippets/negative.component.ts') && line.includes("'evnts'")),
    `negative: ngc strictTemplates rejects a binding to a field the component lacks ${ngcErrors.length ? '' : ngc}`,
  );

  return bundles;
}

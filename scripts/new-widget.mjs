// npm run new-widget -- gb-name: a widget folder of the standard shape (element, styles, model,
// strings, test, index), its story, and its wiring (src/index.ts, package.json exports and
// sideEffects, size-budget.json). The widget it writes works: it shows one text, from a `text`
// attribute or property or the first <p> of its light DOM, and reports a missing one. Grow it from
// there; CONTRIBUTING.md says what each file is for.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { missingWiring } from './widgets.mjs';

const tag = process.argv[2] ?? '';
if (!/^gb-[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(tag)) {
  console.error('usage: npm run new-widget -- gb-name (lower case, words joined by hyphens)');
  process.exit(1);
}
const name = tag.slice(3);
const Class = `Gb${name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase())}`;
const camel = Class.slice(2, 3).toLowerCase() + Class.slice(3);
if (existsSync(`src/${name}`)) {
  console.error(`✗ src/${name}/ exists already.`);
  process.exit(1);
}

const files = {
  [`src/${name}/${name}.model.ts`]: `import { lightElement } from '../core/light-dom.js';
import { addProblem, type Problem } from '../core/problems.js';
import { readText } from '../core/text.js';

/** Everything a <${tag}> can be given, by attributes/properties or read from light DOM. */
export interface ${Class.slice(2)}Input {
  text?: unknown;
}

/** What a <${tag}> shows: plain data, already checked, nothing left to parse in \`render()\`. */
export interface ${Class.slice(2)}Model {
  text?: string;
}

/** The light-DOM path of the input: the first <p> child's text. */
export function read${Class.slice(2)}LightDom(host: Element): ${Class.slice(2)}Input {
  return { text: lightElement(host, ':scope > p')?.textContent ?? undefined };
}

/** Content → model; attributes and properties win over light DOM, field by field. Never throws. */
export function parse${Class.slice(2)}(input: ${Class.slice(2)}Input, light: ${Class.slice(2)}Input, problems: Problem[]): ${Class.slice(2)}Model {
  const text = readText(input.text ?? light.text, 'text', problems);
  if (text === undefined) addProblem(problems, 'text', 'is missing: give a text attribute or a <p>');
  return { text };
}
`,
  [`src/${name}/${name}.strings.ts`]: `import type { Translations } from '../core/language.js';

/** UI text of \`<${tag}>\` in each shipped language. */
export interface ${Class.slice(2)}Strings {
  /** Shown in place of a missing text. */
  empty: string;
}

export const ${camel}Strings: Translations<${Class.slice(2)}Strings> = {
  en: { empty: 'Nothing to show' },
  'zh-Hans': { empty: '暂无内容' },
  kk: { empty: 'Көрсететін ештеңе жоқ' },
  ru: { empty: 'Нечего показать' },
};
`,
  [`src/${name}/${name}.styles.ts`]: `import { css } from 'lit';

export const ${camel}Styles = css\`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part='base'] {
    color: var(--gb-color-text);
    font-family: var(--gb-font-body);
  }
\`;
`,
  [`src/${name}/${name}.ts`]: `import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { GbElement } from '../core/element.js';
import { pickTranslation } from '../core/language.js';
import type { Problem } from '../core/problems.js';
import { scriptFaces, tokens } from '../core/tokens.js';
import { parse${Class.slice(2)}, read${Class.slice(2)}LightDom, type ${Class.slice(2)}Model } from './${name}.model.js';
import { ${camel}Strings } from './${name}.strings.js';
import { ${camel}Styles } from './${name}.styles.js';

/**
 * One text, shown as text.
 *
 * @summary One text, shown as text.
 * @tag ${tag}
 *
 * @slot - Light-DOM content, read rather than displayed: the first \`<p>\` holds the text.
 *
 * @csspart base - The text.
 *
 * @cssprop --gb-color-text - Text colour.
 *
 * @fires {GbErrorDetail} gb-error - A piece of input was wrong (\`detail\`: element, field, message, value).
 */
export class ${Class} extends GbElement<${Class.slice(2)}Model> {
  static override styles = [tokens, ${camel}Styles, scriptFaces];

  static override get properties(): PropertyDeclarations {
    return { text: {} };
  }

  /** The text shown. Overrides a light-DOM \`<p>\`. */
  text?: string;

  protected _parse(problems: Problem[]): ${Class.slice(2)}Model {
    return parse${Class.slice(2)}(this, read${Class.slice(2)}LightDom(this), problems);
  }

  protected _renderModel(model: ${Class.slice(2)}Model): TemplateResult {
    const ui = pickTranslation(${camel}Strings, this._language.lang);
    return html\`<p part="base" lang=\${model.text === undefined ? ui.lang : this._language.lang}>\${model.text ?? ui.strings.empty}</p>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
  [`src/${name}/index.ts`]: `import { define } from '../core/define.js';
import { ${Class} } from './${name}.js';

export { ${Class} };

define('${tag}', ${Class});
`,
  [`src/${name}/${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import { describeAuthoringPaths, partText } from '../test-helpers/dom.js';
import { expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import type { ${Class} } from './${name}.js';

describeAuthoringPaths('${tag}', {
  'one text': {
    light: () => html\`<${tag} lang="en"><p>Art and culture are a golden bridge.</p></${tag}>\`,
    attributes: () => html\`<${tag} lang="en" text="Art and culture are a golden bridge."></${tag}>\`,
    properties: () => Object.assign(document.createElement('${tag}'), { lang: 'en', text: 'Art and culture are a golden bridge.' }),
  },
});

describe('${tag}', () => {
  it('lets the attribute win over light DOM', async () => {
    const element = await fixture<${Class}>(html\`<${tag} text="From the attribute"><p>From the page</p></${tag}>\`);
    expect(partText(element, 'base')).to.equal('From the attribute');
  });

  it('reports a missing text once, with a warning and a gb-error event', async () => {
    const { element } = await expectOneProblem<${Class}>(html\`<${tag} lang="en"></${tag}>\`, 'text');
    expect(partText(element, 'base')).to.equal('Nothing to show');
  });
});
`,
  [`src/${name}/${name}.model.test.ts`]: `import { expect } from '@open-wc/testing';
import type { Problem } from '../core/problems.js';
import { parse${Class.slice(2)} } from './${name}.model.js';

describe('parse${Class.slice(2)}', () => {
  it('takes the attribute or property over the light DOM, and reports a missing text', () => {
    const problems: Problem[] = [];
    expect(parse${Class.slice(2)}({ text: 'Attribute' }, { text: 'Page' }, problems)).to.deep.equal({ text: 'Attribute' });
    expect(parse${Class.slice(2)}({}, { text: 'Page' }, problems)).to.deep.equal({ text: 'Page' });
    expect(problems).to.deep.equal([]);
    expect(parse${Class.slice(2)}({}, {}, problems)).to.deep.equal({ text: undefined });
    expect(problems.map(problem => problem.field)).to.deep.equal(['text']);
  });
});
`,
  [`stories/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/${name}/index.js';

interface ${Class.slice(2)}Args {
  text?: string;
  lang?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<${Class.slice(2)}Args> = {
  title: 'Widgets/${name.replace(/-/g, ' ').replace(/^./, letter => letter.toUpperCase())}',
  component: '${tag}',
  args: { text: 'Art and culture are a golden bridge.' },
  render: ({ text, lang, theme }) => html\`<${tag} text=\${ifDefined(text)} lang=\${ifDefined(lang)} theme=\${ifDefined(theme)}></${tag}>\`,
};
export default meta;
type Story = StoryObj<${Class.slice(2)}Args>;

export const Text: Story = {};
`,
};

mkdirSync(`src/${name}`);
for (const [path, text] of Object.entries(files)) writeFileSync(path, text);

// Wiring, each file edited in place and kept in its order.
const index = readFileSync('src/index.ts', 'utf8');
writeFileSync('src/index.ts', index.replace(/(export \* from '\.\/[^']+';\n)(?![\s\S]*export \* from)/, `$1export * from './${name}/index.js';\n`));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const exports = {};
for (const [key, value] of Object.entries(pkg.exports)) {
  if (key === './core') {
    exports[`./${name}`] = { types: `./dist/${name}/index.d.ts`, default: `./dist/${name}/index.js` };
    exports[`./${name}/element`] = { types: `./dist/${name}/${name}.d.ts`, default: `./dist/${name}/${name}.js` };
  }
  exports[key] = value;
}
pkg.exports = exports;
pkg.sideEffects.push(`./dist/${name}/index.js`);
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
// A first allowance; set it to the measured marginal size plus room once the widget does its work.
budget.widgets[name] = 1024;
writeFileSync('size-budget.json', `${JSON.stringify(budget, null, 2)}\n`);

const missing = missingWiring(name);
if (missing.length) {
  console.error(`✗ ${tag} is written but not wholly wired: ${missing.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`✓ ${tag}: src/${name}/ (element, styles, model, strings, tests, index), stories/${name}.stories.ts, wired into src/index.ts, package.json and size-budget.json.
  Next: npm run build (size budget), then BROWSERS=chromium npx wtr --config web-test-runner.config.mjs --files 'src/${name}/**/*.test.ts'.`);
}

import { expect, fixture } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { settle, watchConsole } from './console.js';

/* A minimal reading of Component Story Format: enough to render our own stories outside Storybook. */
type Args = Record<string, unknown>;
interface StoryContext {
  args: Args;
  parameters: Record<string, unknown>;
  name: string;
}
type RenderFn = (args: Args, context: StoryContext) => TemplateResult;
type Decorator = (story: () => TemplateResult, context: StoryContext) => TemplateResult;
interface StoryAnnotations {
  args?: Args;
  parameters?: Record<string, unknown>;
  render?: RenderFn;
  decorators?: Decorator[];
  name?: string;
}
interface Meta extends StoryAnnotations {
  title?: string;
  excludeStories?: string[] | RegExp;
}

/** Composes one story as Storybook would: args merged, story decorators innermost. */
function composeStory(meta: Meta, story: StoryAnnotations, name: string): () => TemplateResult {
  const args = { ...meta.args, ...story.args };
  const context: StoryContext = { args, parameters: { ...meta.parameters, ...story.parameters }, name };
  const renderStory = story.render ?? meta.render;
  if (!renderStory) throw new Error(`story ${name} has no render function`);
  let storyFn = () => renderStory(args, context);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  return storyFn;
}

/** A container this wide (px) or wider counts as wide. */
const WIDE = 600;

/** One widget as a story showed it, before the dark-theme pass. */
export interface ShownWidget {
  tag: string;
  attributes: Record<string, string>;
  /** Its language: its own `lang` or the nearest ancestor's. */
  lang: string | undefined;
  /** The width of the element around it, in px: a badge keeps its own width in a wide container. */
  containerWidth: number;
  /** Whether it was given child elements (the light-DOM way in). */
  lightDom: boolean;
}

/** Every widget the stories of a module showed, for its test file to check against the definition of done. */
export class StoriesShown {
  readonly widgets: ShownWidget[] = [];

  /** The values `attribute` took on the widgets named `tag`. */
  values(tag: string, attribute: string): string[] {
    return [...new Set(this.widgets.filter(w => w.tag === tag && attribute in w.attributes).map(w => w.attributes[attribute]))];
  }

  /**
   * What the definition of done asks of a widget's stories that these did not show: each of the four
   * languages, a dark theme, a 320 px and a wide container, and both ways in (light DOM, properties).
   */
  missing(tag: string): string[] {
    const mine = this.widgets.filter(w => w.tag === tag);
    const asked: [string, boolean][] = [
      ...['en', 'zh-Hans', 'kk', 'ru'].map((lang): [string, boolean] => [`in ${lang}`, mine.some(w => w.lang === lang)]),
      ['dark theme', mine.some(w => w.attributes.theme === 'dark')],
      ['320 px container', mine.some(w => w.containerWidth <= 320)],
      ['wide container', mine.some(w => w.containerWidth >= WIDE)],
      ['from light DOM', mine.some(w => w.lightDom)],
      ['from properties', mine.some(w => !w.lightDom)],
    ];
    return asked.filter(([, shownHere]) => !shownHere).map(([what]) => what);
  }
}

/**
 * Defines one test per story of a stories module: the story renders in this engine with every
 * widget upgraded and showing content, no console error, no `gb-error`, and zero axe violations.
 * Returns what the stories showed, filled in as those tests run.
 */
export function describeStories(module: Record<string, unknown>): StoriesShown {
  const shown = new StoriesShown();
  const meta = module.default as Meta;
  const excluded = meta.excludeStories;
  const stories = Object.entries(module).filter(
    ([name]) =>
      name !== 'default' &&
      !(Array.isArray(excluded) ? excluded.includes(name) : excluded instanceof RegExp && excluded.test(name)),
  );
  describe(`stories: ${meta.title}`, () => {
    it('has stories', () => expect(stories.length).to.be.greaterThan(0));
    for (const [exportName, story] of stories) {
      const annotations = story as StoryAnnotations;
      it(`renders "${annotations.name ?? exportName}" accessibly`, async function () {
        // Stories of thousands of items declare how long axe may take over them.
        const timeout = ((annotations.parameters ?? {}) as { testTimeout?: number }).testTimeout;
        if (timeout) this.timeout(timeout);
        const storyFn = composeStory(meta, annotations, exportName);
        const errors: unknown[] = [];
        const onError = (event: Event) => void errors.push((event as CustomEvent).detail);
        const console = watchConsole();
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.addEventListener('gb-error', onError);
        try {
          render(storyFn(), container);
          await settle(container);
        } finally {
          console.restore();
        }
        expect(console.errors, 'console errors').to.deep.equal([]);
        const expectsProblems = (annotations.parameters ?? meta.parameters)?.['expectProblems'] === true;
        if (!expectsProblems) expect(errors, 'gb-error events').to.deep.equal([]);
        const widgets = [...container.querySelectorAll('*')].filter(el => el.localName.startsWith('gb-'));
        expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
        for (const widget of widgets) {
          expect(customElements.get(widget.localName), `${widget.localName} defined`).to.exist;
          expect(widget.shadowRoot?.textContent?.trim(), `${widget.localName} shows content`).to.not.equal('');
          shown.widgets.push({
            tag: widget.localName,
            attributes: Object.fromEntries([...widget.attributes].map(a => [a.name, a.value])),
            lang: widget.closest('[lang]')?.getAttribute('lang') ?? undefined,
            containerWidth: widget.parentElement!.getBoundingClientRect().width,
            lightDom: widget.childElementCount > 0,
          });
        }
        // A story may say why axe is not run over it (`skipAxe`, the reason): the same markup checked elsewhere.
        const skipAxe = ((annotations.parameters ?? {}) as { skipAxe?: string }).skipAxe;
        if (skipAxe) return;
        await expect(container, 'axe').to.be.accessible();
        // And again with every widget that follows the reader's scheme switched to dark.
        const followers = widgets.filter(widget => !widget.hasAttribute('theme'));
        if (followers.length) {
          followers.forEach(widget => widget.setAttribute('theme', 'dark'));
          await settle(container);
          await expect(container, 'axe, dark theme').to.be.accessible();
        }
      });
    }
  });
  return shown;
}

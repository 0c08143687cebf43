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

/**
 * Defines one test per story of a stories module: the story renders in this engine with every
 * widget upgraded and showing content, no console error, no `gb-error`, and zero axe violations.
 */
export function describeStories(module: Record<string, unknown>): void {
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
        }
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
}

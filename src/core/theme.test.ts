import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../index.js';

/**
 * Whose colour scheme a widget wears. With a dark-mode reader: by default the page's (inherited
 * `color-scheme`), with `theme="auto"` the reader's, with `light`/`dark` the one forced.
 */

const WIDGETS: Record<string, (theme?: string) => TemplateResult> = {
  'gb-quote-card': theme => html`<gb-quote-card theme=${ifDefined(theme)} quote="Art and culture are a golden bridge that unites different nations." speaker="Kassym-Jomart Tokayev"></gb-quote-card>`,
  'gb-stat-badge': theme => html`<gb-stat-badge theme=${ifDefined(theme)} value="43820000000" currency="USD" label="Trade, 2024"></gb-stat-badge>`,
  'gb-timeline': theme => html`<gb-timeline theme=${ifDefined(theme)} .events=${[{ date: '1992-01-03', title: 'Diplomatic relations established' }]}></gb-timeline>`,
  'gb-proverb': theme => html`<gb-proverb theme=${ifDefined(theme)}><p lang="zh-Hans">一花独放不是春</p><p lang="en">One flower does not make spring.</p></gb-proverb>`,
  'gb-stat-group': theme => html`<gb-stat-group theme=${ifDefined(theme)} label="In figures"><gb-stat-badge value="10" unit="agreements"></gb-stat-badge></gb-stat-group>`,
};

const PAGE_SCHEMES = ['normal', 'light', 'light dark', 'dark'] as const;
const THEMES = [undefined, 'auto', 'light', 'dark'] as const;

/** The widget's text colour as its light value would give it, and as its dark value would. */
const LIGHT_TEXT = 'rgb(29, 31, 35)';
const DARK_TEXT = 'rgb(236, 238, 241)';

let emulated = false;

/** Whether the reader (the emulated or real system preference) asks for dark. */
const readerIsDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

/** What a page of `scheme` itself shows for a reader: `light-dark()` on a plain element of it. */
function pageIsDark(page: HTMLElement): boolean {
  const probe = document.createElement('span');
  probe.style.color = 'light-dark(rgb(1, 1, 1), rgb(2, 2, 2))';
  page.append(probe);
  const dark = getComputedStyle(probe).color === 'rgb(2, 2, 2)';
  probe.remove();
  return dark;
}

describe('colour scheme: page, reader and theme', () => {
  before(async () => {
    try {
      await emulateMedia({ colorScheme: 'dark' });
      emulated = true;
    } catch {
      // Only Chromium's protocol can emulate the preference here; elsewhere the real one is used.
    }
  });
  after(async () => {
    if (emulated) await emulateMedia({ colorScheme: 'light' });
  });

  it('has a dark-mode reader where the engine can emulate one', function () {
    if (!emulated) this.skip();
    expect(readerIsDark()).to.equal(true);
  });

  for (const [tag, widget] of Object.entries(WIDGETS)) {
    describe(tag, () => {
      for (const scheme of PAGE_SCHEMES) {
        for (const theme of THEMES) {
          it(`on a "${scheme}" page with ${theme ? `theme="${theme}"` : 'no theme'}`, async () => {
            const page = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}">${widget(theme)}</div>`);
            const element = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
            await element.updateComplete;
            const dark = theme === 'dark' || (theme === 'auto' && readerIsDark()) || (theme === undefined && pageIsDark(page));
            // A page that declares nothing, or only light, is light for a dark reader too.
            if (theme === undefined && (scheme === 'normal' || scheme === 'light')) expect(dark).to.equal(false);
            if (emulated && scheme !== 'normal' && scheme !== 'light' && theme === undefined) expect(dark).to.equal(true);
            expect(getComputedStyle(element).color, dark ? 'dark widget' : 'light widget').to.equal(dark ? DARK_TEXT : LIGHT_TEXT);
          });
        }
      }
    });
  }

  it('a badge in a group wears the group’s forced theme', async () => {
    const page = await fixture<HTMLElement>(html`<div>${WIDGETS['gb-stat-group']('dark')}</div>`);
    const badge = page.querySelector('gb-stat-badge') as HTMLElement & { updateComplete: Promise<unknown> };
    await badge.updateComplete;
    expect(getComputedStyle(badge).color).to.equal(DARK_TEXT);
  });
});

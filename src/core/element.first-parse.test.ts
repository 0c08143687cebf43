import { expect, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { renderWatched } from '../test-helpers/problems.js';
import { define } from './define.js';
import '../quote-card/index.js';
import '../proverb/index.js';
import '../stat-badge/index.js';
import '../stat-group/index.js';
import { GbElement } from './element.js';
import type { Problem } from './problems.js';

/** A widget whose parse or drawing fails, as a bug or an input nobody foresaw would make it. */
class GbFailing extends GbElement<string> {
  static failIn: 'parse' | 'render' = 'parse';
  protected _parse(_problems: Problem[]): string {
    if (GbFailing.failIn === 'parse') throw new RangeError('invalid time value');
    return 'model';
  }
  protected _renderModel(model: string): TemplateResult {
    if (GbFailing.failIn === 'render') throw new RangeError('invalid time value');
    return litHtml`<p>${model}</p>`;
  }
}
define('gb-failing-test', GbFailing);

declare global {
  interface HTMLElementTagNameMap {
    'gb-failing-test': GbFailing;
  }
}

describe('GbElement, a first parse or drawing that fails', () => {
  for (const failIn of ['parse', 'render'] as const) {
    it(`shows the light DOM when its first ${failIn} fails, with one warning and one gb-error`, async () => {
      GbFailing.failIn = failIn;
      const { element, details, console } = await renderWatched(html`<gb-failing-test><p>The page's own text</p></gb-failing-test>`);
      expect(console.errors).to.deep.equal([]);
      expect(details.map(d => d.field)).to.deep.equal(['content']);
      expect(console.warnings).to.have.length(1);
      const slot = element.shadowRoot!.querySelector('slot');
      expect(slot, 'the light DOM shows through').not.to.equal(null);
      expect(element.getBoundingClientRect().height, 'not an empty box').to.be.above(0);
    });
  }
});

describe('GbElement, given nothing it can show', () => {
  // Each widget with nothing of its own to show, and no content of the page's own: a notice in the
  // widget's language, and one problem, rather than an empty box.
  const cases: Array<[string, TemplateResult, string, string]> = [
    ['a quote card without a quote', html`<gb-quote-card lang="en"> </gb-quote-card>`, 'quote', 'Nothing to show here.'],
    ['a proverb with translations that are not JSON', html`<gb-proverb lang="ru" translations="{not json"></gb-proverb>`, 'translations', 'Здесь нечего показать.'],
    ['a stat badge without a figure or a label', html`<gb-stat-badge lang="kk"></gb-stat-badge>`, 'value', 'Мұнда көрсететін ештеңе жоқ.'],
    ['a stat group whose src fails, with no badges of its own', html`<gb-stat-group lang="zh-Hans" src="/no-such-file.csv"></gb-stat-group>`, 'src', '此处没有可显示的内容。'],
  ];
  for (const [what, template, field, notice] of cases) {
    it(`shows a notice for ${what}`, async () => {
      const { element, details, console } = await renderWatched(template, given => given.some(detail => detail.field === field));
      expect(details.map(d => d.field), 'gb-error fields').to.include(field);
      expect(console.errors).to.deep.equal([]);
      const shown = element.shadowRoot!.querySelector('[part=notice]');
      expect(shown?.textContent).to.equal(notice);
      expect(element.getBoundingClientRect().height, 'not an empty box').to.be.above(20);
    });
  }

  it('shows the page\'s own content, not the notice, when it has some', async () => {
    const { element } = await renderWatched(html`<gb-quote-card lang="en"><p>The page's own words.</p></gb-quote-card>`);
    expect(element.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('slot')).not.to.equal(null);
  });
});

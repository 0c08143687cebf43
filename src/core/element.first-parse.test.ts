import { expect, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { renderWatched } from '../test-helpers/problems.js';
import { define } from './define.js';
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

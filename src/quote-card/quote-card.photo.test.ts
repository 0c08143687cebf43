import { expect, fixture, html } from '@open-wc/testing';
import { part, partText } from '../test-helpers/dom.js';
import { expectNoProblem, renderWatched } from '../test-helpers/problems.js';
import './index.js';
import type { GbQuoteCard } from './quote-card.js';
import { PHOTO, QUOTE, SPEAKER } from './quote-card.fixtures.js';

// The speaker's photo, and the initials shown without one.
describe('gb-quote-card', () => {
  describe('photo and initials', () => {
    it('shows the photo when it loads', async () => {
      const card = await expectNoProblem<GbQuoteCard>(html`<gb-quote-card quote=${QUOTE} speaker=${SPEAKER} photo=${PHOTO} photo-alt="Portrait"></gb-quote-card>`);
      const img = part(card, 'photo') as HTMLImageElement;
      await new Promise(resolve => (img.complete ? resolve(null) : img.addEventListener('load', resolve, { once: true })));
      expect(img.naturalWidth).to.be.greaterThan(0);
      expect(part(card, 'initials')).to.equal(null);
    });

    const names = [
      ['Kassym-Jomart Tokayev', 'KT'],
      ['Гульнар Шаймергенова', 'ГШ'],
      ['孙业礼', '孙'],
      ['aida balayeva', 'AB'],
    ];
    for (const [name, letters] of names) {
      it(`falls back to the initials "${letters}" without a photo`, async () => {
        const card = await fixture<GbQuoteCard>(html`<gb-quote-card quote=${QUOTE} speaker=${name}></gb-quote-card>`);
        expect(partText(card, 'initials')).to.equal(letters);
        expect(part(card, 'initials')!.getAttribute('aria-hidden')).to.equal('true');
      });
    }

    it('falls back to the initials when the photo fails to load, with one problem', async () => {
      const { element } = await expectOneProblemAfter(
        html`<gb-quote-card quote=${QUOTE} speaker=${SPEAKER} photo="/does-not-exist.jpg"></gb-quote-card>`,
        'photo',
        card => part(card, 'initials') !== null,
      );
      expect(part(element, 'photo')).to.equal(null);
      expect(partText(element, 'initials')).to.equal('KT');
    });
  });
});

/** Like expectOneProblem, for problems that surface only after the first render (a failed load). */
async function expectOneProblemAfter(
  template: ReturnType<typeof html>,
  field: string,
  done: (card: GbQuoteCard) => boolean,
): Promise<{ element: GbQuoteCard }> {
  const { element, details, console } = await renderWatched<GbQuoteCard>(template, (_details, card) => done(card));
  expect(details.map(detail => detail.field)).to.deep.equal([field]);
  expect(console.warnings).to.have.length(1);
  return { element };
}

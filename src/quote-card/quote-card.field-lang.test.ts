import { expect, fixture, html } from '@open-wc/testing';
import { settle } from '../test-helpers/console.js';
import { attach } from '../test-helpers/dom.js';
import { expectPartLang } from '../test-helpers/field-lang.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbQuoteCard } from './quote-card.js';

/** Each piece of a Kazakh card's attribution in its own language, by every authoring path. */
describe('gb-quote-card: each text field in its own language', () => {
  it('light DOM: the lang of slot="speaker", "role" and "source" (or of a wrapper) reaches the rendered part', async () => {
    const card = await expectNoProblem<GbQuoteCard>(html`<gb-quote-card lang="kk">
      <blockquote>Өнер мен мәдениет — алтын көпір.</blockquote>
      <span slot="speaker" lang="en">Kassym-Jomart Tokayev</span>
      <div lang="ru"><span slot="role">Президент Казахстана</span></div>
      <a slot="source" lang="en" href="https://astanatimes.com/">The Astana Times</a>
    </gb-quote-card>`);
    expectPartLang(card, 'speaker', 'en');
    expectPartLang(card, 'role', 'ru');
    expectPartLang(card, 'source', 'en');
    expectPartLang(card, 'quote', 'kk');
  });

  it('attributes: speaker-lang, speaker-role-lang and source-lang', async () => {
    const card = await expectNoProblem<GbQuoteCard>(html`<gb-quote-card lang="zh-Hans" quote="艺术和文化是金色桥梁。"
      speaker="Kassym-Jomart Tokayev" speaker-lang="en" speaker-role="Президент Казахстана" speaker-role-lang="ru"
      source="The Astana Times" source-lang="en"></gb-quote-card>`);
    expectPartLang(card, 'speaker', 'en');
    expectPartLang(card, 'role', 'ru');
    expectPartLang(card, 'source', 'en');
    expectPartLang(card, 'quote', 'zh-Hans');
  });

  it('properties: speakerLang, speakerRoleLang and sourceLang', async () => {
    const card = document.createElement('gb-quote-card');
    card.lang = 'ru';
    Object.assign(card, { quote: 'Искусство — золотой мост.', speaker: 'Қасым-Жомарт Тоқаев', speakerLang: 'kk', speakerRole: 'President', speakerRoleLang: 'en', source: 'Ақорда', sourceLang: 'kk' });
    await attach(card);
    expectPartLang(card, 'speaker', 'kk');
    expectPartLang(card, 'role', 'en');
    expectPartLang(card, 'source', 'kk');
  });

  it('an attribute wins over the light DOM, field by field; a field with no language takes the card\'s', async () => {
    const card = await fixture<GbQuoteCard>(html`<gb-quote-card lang="kk" speaker-lang="en">
      <blockquote>Өнер мен мәдениет — алтын көпір.</blockquote>
      <span slot="speaker" lang="ru">Kassym-Jomart Tokayev</span>
      <span slot="role">Қазақстан Президенті</span>
    </gb-quote-card>`);
    await settle(card);
    expectPartLang(card, 'speaker', 'en');
    expectPartLang(card, 'role', 'kk');
    expect(card.shadowRoot!.querySelector('[part~="role"]')!.hasAttribute('lang')).to.equal(false);
  });

  it('a bad language tag is one problem, and the field keeps the card\'s language', async () => {
    const { element } = await expectOneProblem<GbQuoteCard>(html`<gb-quote-card lang="en" quote="Q" speaker="Name" speaker-lang="not a tag!"></gb-quote-card>`, 'speaker-lang');
    expectPartLang(element, 'speaker', 'en');
  });
});

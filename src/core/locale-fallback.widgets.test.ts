import { expect, fixture, html } from '@open-wc/testing';
import { settle } from '../test-helpers/console.js';
import '../proverb/index.js';
import '../quote-card/index.js';
import '../stat-badge/index.js';
import '../timeline/index.js';

// Each widget's rendered dates, figures and language names in Kazakh (bundled) and Uzbek (the
// optional module), against CLDR 48's own forms, written from its patterns: the same in Chromium
// (golden-bridge's data) as in Firefox and WebKit (their own). \u00a0 is CLDR's no-break space.
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: Element, name: string) => part(el, name).textContent!.replace(/[\t\n\f\r ]+/g, ' ').trim();

describe('locale data in widgets', () => {
  before(async () => {
    await import('../locales/uz.js');
  });

  it('gb-stat-badge: figure, as-of date and change, shown and in words, in kk', async () => {
    const badge = await fixture(html`<gb-stat-badge lang="kk" value="43820000000" currency="USD" notation="compact" as-of="2025-09"
      change="6.8" label="Сауда"></gb-stat-badge>`);
    expect(text(badge, 'value')).to.equal('43,8\u00a0млрд\u00a0$');
    expect(text(badge, 'as-of')).to.equal('2025 ж. қыркүйек');
    const [shown, words] = [...part(badge, 'change').querySelectorAll('span:not(.arrow)')].map(span => span.textContent);
    expect([shown, words]).to.deep.equal(['6,8% өсім', '6,8 пайыз өсім']);
    expect(part(badge, 'base').querySelector(':scope > .visually-hidden')!.textContent).to.equal('43,8 миллиард АҚШ доллары');
    const km = await fixture(html`<gb-stat-badge lang="kk" value="2000" unit="kilometer"></gb-stat-badge>`);
    expect(text(km, 'value')).to.equal('2\u00a0000 км');
  });

  it('gb-stat-badge: figure and date in uz', async () => {
    const badge = await fixture(html`<gb-stat-badge lang="uz" value="43820000000" currency="USD" notation="compact" as-of="2025-09-02"></gb-stat-badge>`);
    expect(text(badge, 'value')).to.equal('43,8\u00a0mlrd\u00a0US$');
    expect(text(badge, 'as-of')).to.equal('2-sentabr, 2025');
  });

  it('gb-quote-card: date and the language a quote was translated from, in kk', async () => {
    const card = await fixture(html`<gb-quote-card lang="kk" quote="Бірлік бар жерде тірлік бар." speaker="Тоқаев" date="2025-09-02"
      original="一花独放不是春" original-lang="zh-Hans"></gb-quote-card>`);
    expect(text(card, 'date')).to.equal('2025 ж. 2 қыркүйек');
    expect(text(card, 'translation-note')).to.equal('Аударма. Түпнұсқа тілі: қытай тілі');
  });

  it('gb-timeline: dates, ranges, years BCE and the filter count in kk', async () => {
    const events = [
      { date: '-0500', title: 'Сақтар', category: 'тарих' },
      { date: '1991-12-16', title: 'Тәуелсіздік', category: 'тарих' },
      { date: '2025-09', 'end-date': '2025-10', title: 'Орталық', category: 'мәдениет' },
    ];
    const timeline = await fixture(html`<gb-timeline lang="kk" .events=${events}></gb-timeline>`);
    const dates = [...timeline.shadowRoot!.querySelectorAll('[part=date]')].map(time => time.textContent!.trim());
    expect(dates).to.deep.equal(['б.з.д. 501 ж.', '1991 ж. 16 желтоқсан', '2025 ж. қыркүйек – 2025 ж. қазан']);
    const buttons = [...part(timeline, 'filter').querySelectorAll('button')];
    buttons[1].click();
    await settle(timeline);
    expect(timeline.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal('3 оқиғаның 2 көрсетілді');
  });

  it('gb-proverb: each tab names its language in that language, the announcement in kk', async () => {
    const proverb = await fixture(html`<gb-proverb layout="toggle" lang="kk">
      <p lang="zh-Hans">一花独放不是春</p><p lang="kk">Бірлік бар жерде тірлік бар.</p><p lang="en">Unity is strength.</p></gb-proverb>`);
    const tabs = [...proverb.shadowRoot!.querySelectorAll<HTMLElement>('[part~=tab]')];
    expect(tabs.map(tab => tab.textContent!.trim())).to.deep.equal(['қазақ тілі', 'English']);
    tabs[1].click();
    await settle(proverb);
    expect(proverb.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Аударма: ағылшын тілі');
  });
});

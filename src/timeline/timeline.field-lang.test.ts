import { expect, fixture, html } from '@open-wc/testing';
import { settle } from '../test-helpers/console.js';
import { attach } from '../test-helpers/dom.js';
import { items } from '../test-helpers/timeline.js';
import { readEventSource } from './timeline.model.js';
import './index.js';
import type { GbTimeline } from './timeline.js';

/** The Kazakh timeline of the stories, with English event texts: each text read in its own language. */
const inLang = (element: Element | null, lang: string) => !!element && element.matches(`:lang(${lang})`);

function expectEvent(timeline: GbTimeline, index: number, langs: { title?: string; text?: string; caption?: string; category?: string }): void {
  const item = items(timeline)[index];
  const check = (selector: string, lang: string | undefined, name: string) => {
    if (!lang) return;
    const element = item.querySelector(selector);
    expect(inLang(element, lang), `event ${index} ${name} in ${lang} (lang="${element?.closest('[lang]')?.getAttribute('lang')}")`).to.equal(true);
    if (lang !== timeline.getAttribute('lang')) expect(item.contains(element!.closest('[lang]')), `${name}'s lang is the event's own`).to.equal(true);
  };
  check('[part=title]', langs.title, 'title');
  check('article > p', langs.text, 'text');
  check('[part=image] figcaption', langs.caption, 'caption');
  check('[part=category]', langs.category, 'category');
  // what the timeline writes itself stays in the timeline's language
  const date = item.querySelector('[part=date]');
  if (date) expect(inLang(date, timeline.getAttribute('lang')!), 'the date in the timeline\'s language').to.equal(true);
}

describe('gb-timeline: each event text in its own language', () => {
  it('event JSON: lang for the event, title-lang, text-lang, caption-lang and category-lang for one field', async () => {
    const timeline = document.createElement('gb-timeline');
    timeline.lang = 'kk';
    timeline.events = [
      { date: '1992-01-03', title: 'Diplomatic relations established', text: 'The two countries establish relations.', category: 'diplomacy', lang: 'en' },
      { date: '2024-07', title: 'Китайский культурный центр', 'title-lang': 'ru', text: 'Орталық ашылды.', image: '/src/test-helpers/portrait.svg', caption: 'The centre', 'caption-lang': 'en' },
      { date: '2025-09-02', title: 'Мәдениет орталығы', text: '哈萨克斯坦文化中心开幕。', 'text-lang': 'zh-Hans', category: 'culture', 'category-lang': 'en' },
    ];
    await attach(timeline);
    expectEvent(timeline, 0, { title: 'en', text: 'en', category: 'en' });
    expectEvent(timeline, 1, { title: 'ru', text: 'kk', caption: 'en' });
    expectEvent(timeline, 2, { title: 'kk', text: 'zh-Hans', category: 'en' });
  });

  it('TimelineJS3 JSON: lang on a slide, on its text and on its media', () => {
    const source = readEventSource(
      {
        events: [
          { start_date: { year: 1992 }, text: { headline: 'Relations', text: '<p>Established.</p>' }, lang: 'en' },
          { start_date: { year: 2024 }, text: { headline: '中心', text: '<p>开幕。</p>', lang: 'zh-Hans' }, media: { url: '/a.png', caption: 'Centre', lang: 'en' } },
        ],
      },
      'events',
      [],
    )!;
    const [first, second] = [source.events.at(0)!, source.events.at(1)!];
    expect(first.lang).to.equal('en');
    expect([second['title-lang'], second['text-lang'], second['caption-lang']]).to.deep.equal(['zh-Hans', 'zh-Hans', 'en']);
  });

  it('TimelineJS3 JSON drawn: the slide\'s languages reach the rendered event', async () => {
    const timeline = document.createElement('gb-timeline');
    timeline.lang = 'ru';
    timeline.events = JSON.stringify({
      events: [{ start_date: { year: 2017 }, text: { headline: 'Singer 2017', text: '<p>Second place.</p>', lang: 'en' }, group: 'culture' }],
    });
    await attach(timeline);
    expectEvent(timeline, 0, { title: 'en', text: 'en', category: 'ru' });
  });

  it('TimelineJS3: the title slide, the eras and each category chip in their own language', async () => {
    const timeline = document.createElement('gb-timeline');
    timeline.lang = 'ru';
    timeline.groupBy = 'era';
    timeline.events = {
      title: { text: { headline: 'Kazakhstan and China', lang: 'en' } },
      eras: [
        { start_date: { year: 1990 }, end_date: { year: 1999 }, text: { headline: 'Тәуелсіздіктің алғашқы жылдары' }, lang: 'kk' },
        { start_date: { year: 2000 }, end_date: { year: 2030 }, text: { headline: 'Новый век' } },
      ],
      events: [
        { start_date: { year: 1992 }, text: { headline: 'Relations' }, group: 'diplomacy', lang: 'en' },
        { start_date: { year: 2024 }, text: { headline: 'Центр' }, group: 'культура' },
      ],
    };
    await attach(timeline);
    const shadow = timeline.shadowRoot!;
    const heading = shadow.querySelector('[part=heading]')!;
    expect(heading.textContent).to.equal('Kazakhstan and China');
    expect([heading.tagName, heading.getAttribute('lang')]).to.deep.equal(['H2', 'en']);
    const eras = [...shadow.querySelectorAll('[part=group]')];
    expect(eras.map(era => [era.textContent, era.getAttribute('lang')])).to.deep.equal([
      ['Тәуелсіздіктің алғашқы жылдары', 'kk'],
      ['Новый век', null],
    ]);
    const chips = [...shadow.querySelectorAll('[part=filter] button')];
    expect(chips.map(chip => chip.getAttribute('lang'))).to.deep.equal(['ru', 'en', 'ru']);
  });

  it('headings the timeline writes itself (decades, "undated") are in the language of its interface', async () => {
    const timeline = document.createElement('gb-timeline');
    timeline.lang = 'de'; // no interface strings in German: English ones, marked so
    timeline.groupBy = 'decade';
    timeline.events = [{ date: '1992', title: 'Beziehungen' }, { title: 'Ohne Datum' }];
    const warn = console.warn;
    console.warn = () => {};
    try {
      await attach(timeline);
    } finally {
      console.warn = warn;
    }
    const headings = [...timeline.shadowRoot!.querySelectorAll('[part=group]')];
    expect(headings.map(heading => heading.getAttribute('lang'))).to.deep.equal(['en', 'en']);
  });

  it('a bad language tag on an era or the title slide is one problem each', () => {
    const problems: Array<{ field: string }> = [];
    const source = readEventSource(
      {
        title: { text: { headline: 'T', lang: '!!' } },
        eras: [{ start_date: { year: 1 }, end_date: { year: 2 }, text: { headline: 'E' }, lang: 42 }],
        events: [{ start_date: { year: 1 }, text: { headline: 'A' } }],
      },
      'events',
      problems as never,
    )!;
    expect(problems.map(problem => problem.field)).to.deep.equal(['events.eras[0].lang', 'events.title.lang']);
    expect([source.title, source.titleLang, source.eras[0].lang]).to.deep.equal(['T', undefined, undefined]);
  });

  it('light DOM: lang on <gb-timeline-event>, and on an <li>, its heading or its paragraph', async () => {
    const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="kk">
      <gb-timeline-event date="1943" title="Two composers meet" category="culture" lang="en">Lifelong friends.</gb-timeline-event>
      <gb-timeline-event date="1992-01-03" title="Қарым-қатынас">Орнатылды.</gb-timeline-event>
    </gb-timeline>`);
    await settle(timeline);
    expectEvent(timeline, 0, { title: 'en', text: 'en', category: 'en' });
    expectEvent(timeline, 1, { title: 'kk', text: 'kk' });

    const list = await fixture<GbTimeline>(html`<gb-timeline lang="kk"><ol>
      <li lang="en"><time datetime="2017">2017</time><h3>Dimash on "Singer 2017"</h3><p>Second place.</p></li>
      <li><time datetime="2023">2023</time><h3 lang="ru">Безвизовый режим</h3><p lang="zh-Hans">互免签证。</p></li>
    </ol></gb-timeline>`);
    await settle(list);
    expectEvent(list, 0, { title: 'en', text: 'en' });
    expectEvent(list, 1, { title: 'ru', text: 'zh-Hans' });
  });

  it('a bad language tag is one problem, the event keeps the timeline\'s language', async () => {
    const problems: Array<{ field: string }> = [];
    const onError = (event: Event) => void problems.push((event as CustomEvent).detail);
    document.addEventListener('gb-error', onError);
    const warn = console.warn;
    console.warn = () => {};
    const timeline = document.createElement('gb-timeline');
    timeline.lang = 'ru';
    timeline.events = [{ date: '2023', title: 'T', lang: 'not a tag!' }];
    try {
      await attach(timeline);
    } finally {
      console.warn = warn;
      document.removeEventListener('gb-error', onError);
    }
    expect(problems.map(problem => problem.field)).to.deep.equal(['events[0].lang']);
    expectEvent(timeline, 0, { title: 'ru' });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expectAccessible } from '../test-helpers/a11y.js';
import { settle, watchConsole } from '../test-helpers/console.js';
import { describeAuthoringPaths } from '../test-helpers/dom.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import { root, items, titles, df, FIXTURES, until, EVENTS, many } from '../test-helpers/timeline.js';
import type { GbTimeline } from './timeline.js';
import { CHUNK } from './chunked-list.js';
import type { GbTimelineEvent } from './timeline-event.js';

const lightTimeline = (lang = 'en') => html`<gb-timeline lang=${lang}>
  ${EVENTS.map(e => html`<gb-timeline-event date=${e.date} title=${e.title} category=${e.category} id=${ifDefined(e.id)}>${e.text}</gb-timeline-event>`)}
</gb-timeline>`;
const LIST = [
  { date: '1992-01-03', title: 'Отношения', text: 'Установлены дипломатические отношения.', id: 'a' },
  { date: '2025-09-02', 'end-date': '2025-09-03', title: 'Центр', text: 'Открыт центр.', id: 'b', category: 'culture' },
];

// The fourth way in, src, is a load: it is tested below and in timeline.bad-input.test.ts.
describeAuthoringPaths('gb-timeline', {
  'three events from <gb-timeline-event> children, unsorted': {
    light: () => lightTimeline(),
    attributes: () => html`<gb-timeline lang="en" events=${JSON.stringify(EVENTS)}></gb-timeline>`,
    properties: () => Object.assign(document.createElement('gb-timeline'), { lang: 'en', events: EVENTS }),
  },
  'a Russian <ol>, grouped by decade, with a date range': {
    light: () => html`<gb-timeline lang="ru" group-by="decade"><ol>
      ${LIST.map(e => html`<li id=${e.id} data-category=${ifDefined(e.category)}><time datetime=${e.date}>${e.date}</time>${e['end-date'] ? html`<time datetime=${e['end-date']}></time>` : ''}<h3>${e.title}</h3><p>${e.text}</p></li>`)}
    </ol></gb-timeline>`,
    attributes: () => html`<gb-timeline lang="ru" group-by="decade" events=${JSON.stringify(LIST)}></gb-timeline>`,
    properties: () => Object.assign(document.createElement('gb-timeline'), { lang: 'ru', groupBy: 'decade', events: LIST }),
  },
});

describe('gb-timeline', () => {
  describe('content, four ways in', () => {
    it('renders <gb-timeline-event> children sorted by date', async () => {
      const light = await expectNoProblem<GbTimeline>(lightTimeline());
      expect(titles(light)).to.deep.equal(['Independence', 'Diplomatic relations', 'Kazakhstan Cultural Center opens in Beijing']);
    });

    it('follows <gb-timeline-event> properties: date, endDate and category reflect to attributes the timeline reads', async () => {
      const timeline = await expectNoProblem<GbTimeline>(html`<gb-timeline lang="en" group-by="none">
        <gb-timeline-event date="2017" title="Singer 2017" id="singer">Second place.</gb-timeline-event>
        <gb-timeline-event date="1943" title="A friendship begins" id="friends">Two composers meet.</gb-timeline-event>
      </gb-timeline>`);
      const event = timeline.querySelector<GbTimelineEvent>('#singer')!;
      expect([event.date, event.endDate, event.category]).to.deep.equal(['2017', null, null]);
      event.date = '1940';
      event.endDate = '1945';
      event.category = 'music';
      expect(event.getAttribute('end-date')).to.equal('1945');
      await until(() => titles(timeline)[0] === 'Singer 2017');
      const singer = root(timeline).querySelector('#singer')!;
      expect(singer.querySelector('[part=date]')!.textContent).to.equal(`${df('en', { year: 'numeric' }, Date.UTC(1940, 0))} – ${df('en', { year: 'numeric' }, Date.UTC(1945, 0))}`);
      expect(singer.querySelector('[part=category]')!.textContent).to.equal('music');
      event.category = null;
      event.endDate = null;
      expect(event.hasAttribute('category') || event.hasAttribute('end-date'), 'null removes the attribute').to.equal(false);
      await until(() => !root(timeline).querySelector('#singer [part=category]'));
    });

    it('reads a plain <ol> of <li> with <time>, a heading and text', async () => {
      const timeline = await expectNoProblem<GbTimeline>(html`<gb-timeline lang="en"><ol>
        <li id="b"><time datetime="2017">2017</time><h3>Singer 2017</h3><p>Second place.</p></li>
        <li id="a"><time datetime="1943">1943</time><h3>A friendship begins</h3><p>Two composers meet.</p></li>
      </ol></gb-timeline>`);
      expect(titles(timeline)).to.deep.equal(['A friendship begins', 'Singer 2017']);
      expect(items(timeline).map(li => li.id)).to.deep.equal(['a', 'b']);
      expect(items(timeline)[0].querySelector('article p')!.textContent).to.equal('Two composers meet.');
    });

    it('reads the events attribute as JSON', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" events=${JSON.stringify(EVENTS)}></gb-timeline>`);
      expect(items(timeline)).to.have.length(3);
    });

    it('fetches src with a loading state and renders it', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" src=${`${FIXTURES}/events.json`}></gb-timeline>`);
      await until(() => items(timeline).length === 3);
      expect(titles(timeline)[0]).to.equal('Diplomatic relations established');
      expect(root(timeline).querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('renders a newsroom TimelineJS3 file: every event, its dates, eras, and no script', async () => {
      const console = watchConsole();
      let timeline: GbTimeline;
      try {
        timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="era" src=${`${FIXTURES}/newsroom-timelinejs.json`}></gb-timeline>`);
        await until(() => items(timeline).length === 4);
        await new Promise(resolve => setTimeout(resolve, 100));
      } finally {
        console.restore();
      }
      expect(titles(timeline)).to.deep.equal(['Saka period', 'Relations', 'Chinese centre in Astana', 'Centre opens']);
      const dates = items(timeline).map(li => li.querySelector('time')?.textContent);
      const bce = (year: number) => df('en', { year: 'numeric', era: 'short' }, Date.UTC(2000, 0) - 0 + (new Date(0).setUTCFullYear(year, 0, 1) - Date.UTC(2000, 0)));
      // TimelineJS3's Year -700 is what it shows as "700 BCE": astronomical (ISO) year -699.
      expect(dates[0]).to.equal(`${bce(-699)} – ${bce(-299)}`);
      expect(dates[0]).to.match(/\b700\b.*\b300\b/);
      expect(dates[1]).to.equal(df('en', { year: 'numeric', month: 'long', day: 'numeric' }, Date.UTC(1992, 0, 3)));
      expect(dates[2]).to.equal('Summer 2024');
      expect(items(timeline)[3].id).to.equal('opening');
      expect(root(timeline).querySelectorAll('[part=group]')).to.have.length(2);
      // HTML went through the allow-list: emphasis and safe links survive, scripts and handlers do not.
      expect(items(timeline)[3].querySelector('strong')!.textContent).to.equal('the president');
      expect(items(timeline)[3].querySelector('article p a')!.getAttribute('href')).to.equal('https://astanatimes.com/');
      expect(root(timeline).querySelectorAll('script, iframe, img, [onclick]')).to.have.length(0);
      expect(items(timeline)[1].querySelector('a')).to.equal(null);
      expect((window as { __tjsRan?: number }).__tjsRan).to.equal(undefined);
      expect(console.errors).to.deep.equal([]);
      // the hostile media URL and the missing dates were reported, not thrown
      expect(console.warnings.some(w => String(w[0]).includes('image'))).to.equal(true);
    });
  });

  describe('dates', () => {
    for (const lang of ['en', 'zh-Hans', 'kk', 'ru']) {
      it(`formats years, months, days and ranges in ${lang} as Intl does`, async () => {
        const timeline = await fixture<GbTimeline>(html`<gb-timeline lang=${lang} group-by="none" .events=${[
          { date: '1943', title: 'a' },
          { date: '2024-07', title: 'b' },
          { date: '1992-01-03', title: 'c' },
          { date: '2024', 'end-date': '2025', title: 'd' },
        ]}></gb-timeline>`);
        const dates = items(timeline).map(li => li.querySelector('time')!.textContent);
        expect(dates).to.deep.equal([
          df(lang, { year: 'numeric' }, Date.UTC(1943, 0)),
          df(lang, { year: 'numeric', month: 'long', day: 'numeric' }, Date.UTC(1992, 0, 3)),
          `${df(lang, { year: 'numeric' }, Date.UTC(2024, 0))} – ${df(lang, { year: 'numeric' }, Date.UTC(2025, 0))}`,
          df(lang, { year: 'numeric', month: 'long' }, Date.UTC(2024, 6)),
        ]);
        expect(items(timeline)[1].querySelector('time')!.getAttribute('datetime')).to.equal('1992-01-03');
      });
    }

    it('reaches before the common era and into the far future', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${[{ date: '+12025', title: 'far' }, { date: '-0500', title: 'saka' }]}></gb-timeline>`);
      expect(titles(timeline)).to.deep.equal(['saka', 'far']);
      expect(items(timeline)[0].querySelector('time')!.textContent).to.match(/501/);
      expect(items(timeline)[1].querySelector('time')!.textContent).to.contain('12');
    });

    it('groups by year and by decade', async () => {
      const events = [{ date: '1991-12-16', title: 'a' }, { date: '1992-01-03', title: 'b' }, { date: '1992-05', title: 'c' }, { date: '2017', title: 'd' }];
      const byYear = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${events}></gb-timeline>`);
      expect([...root(byYear).querySelectorAll('[part=group]')].map(h => h.textContent)).to.deep.equal(['1991', '1992', '2017']);
      const byDecade = await fixture<GbTimeline>(html`<gb-timeline lang="ru" group-by="decade" .events=${events}></gb-timeline>`);
      expect([...root(byDecade).querySelectorAll('[part=group]')].map(h => h.textContent)).to.deep.equal(['1990-е', '2010-е']);
    });

    it('keeps undated events at the end with one warning', async () => {
      const { element } = await expectOneProblem<GbTimeline>(html`<gb-timeline lang="en" group-by="none" .events=${[{ title: 'undated' }, { date: '2020', title: 'dated' }]}></gb-timeline>`, 'events[0].date');
      expect(titles(element)).to.deep.equal(['dated', 'undated']);
    });
  });

  describe('semantics', () => {
    it('is an ordered list of articles with dates and headings, "event 2 of 3"', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${EVENTS}></gb-timeline>`);
      // The events are the list's items: between them and the list only presentational chunks.
      const list = root(timeline).querySelector('[part=list]')!;
      expect(list.getAttribute('role') ?? 'list').to.equal('list');
      expect(items(timeline).map(item => item.getAttribute('role') ?? 'listitem')).to.deep.equal(['listitem', 'listitem', 'listitem']);
      for (const item of items(timeline)) {
        for (let between = item.parentElement!; between !== list; between = between.parentElement!) expect(between.getAttribute('role')).to.equal('none');
      }
      const second = items(timeline)[1];
      expect(second.getAttribute('aria-posinset')).to.equal('2');
      expect(second.getAttribute('aria-setsize')).to.equal('3');
      expect(second.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(`${second.id}-title`);
      expect(second.querySelector('h4')!.textContent).to.equal('Diplomatic relations');
      await expectAccessible(timeline);
    });
  });

  describe('layouts', () => {
    it('moves between events with arrows, Home and End in the horizontal layout', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" layout="horizontal" .events=${EVENTS} style="inline-size: 600px"></gb-timeline>`);
      const articles = () => items(timeline).map(li => li.querySelector('article')!);
      expect(articles().map(a => a.tabIndex)).to.deep.equal([0, -1, -1]);
      articles()[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => root(timeline).activeElement === articles()[1]);
      await sendKeys({ press: 'End' });
      await until(() => root(timeline).activeElement === articles()[2]);
      expect(articles()[2].tabIndex).to.equal(0);
      await sendKeys({ press: 'Home' });
      await until(() => root(timeline).activeElement === articles()[0]);
      await sendKeys({ press: 'ArrowLeft' });
      await settle(timeline);
      expect(root(timeline).activeElement).to.equal(articles()[0]);
      const list = root(timeline).querySelector('ol')!;
      expect(getComputedStyle(list).scrollSnapType).to.contain('x');
      await expectAccessible(timeline);
    });

    it('puts events on both sides in the alternating layout when wide, and stacks them at 320 px with auto', async () => {
      const wide = await fixture<GbTimeline>(html`<gb-timeline layout="alternating" .events=${EVENTS} style="inline-size: 900px"></gb-timeline>`);
      const [a, b] = items(wide);
      expect(Math.abs(a.getBoundingClientRect().left - b.getBoundingClientRect().left)).to.be.greaterThan(200);
      const narrow = await fixture<GbTimeline>(html`<gb-timeline layout="auto" .events=${EVENTS} style="inline-size: 320px"></gb-timeline>`);
      const [c, d] = items(narrow);
      expect(c.getBoundingClientRect().left).to.equal(d.getBoundingClientRect().left);
    });

    // content-visibility clips what a chunk of events draws to the chunk's box: the dot, the line,
    // the year label, the focus ring and the copy button must all be inside the event's own box,
    // or at the chunk's edges they would be cut off.
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`skips laying out far-off events of a long list, and keeps all each event draws in its box (${dir})`, async function () {
        // axe over 300 events takes WebKit most of the default 20 s when the machine is busy
        this.timeout(60_000);
        const long = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: 600px">
          <gb-timeline lang="en" .events=${many(300).map((event, i) => ({ ...event, date: `${2000 + Math.floor(i / 3)}-01-0${(i % 3) + 1}` }))}></gb-timeline>
        </div>`);
        const timeline = long.querySelector<GbTimeline>('gb-timeline')!;
        await until(() => items(timeline).length === 300);
        const [first, second] = items(timeline);
        // Far-off events are skipped by the chunk: one box per CHUNK events for the browser to check.
        const skippable = [...root(timeline).querySelectorAll('.chunk')].filter(chunk => getComputedStyle(chunk).getPropertyValue('content-visibility') === 'auto');
        expect(skippable).to.not.be.empty;
        for (const chunk of skippable) expect(chunk.querySelectorAll('[part~=event]')).to.have.length(CHUNK);
        expect(getComputedStyle(first).getPropertyValue('content-visibility')).to.equal('visible');
        const box = first.getBoundingClientRect();
        const inside = (rect: DOMRect, margin: number, what: string) => {
          expect(rect.left - margin, `${what}: left`).to.be.at.least(box.left - 0.5);
          expect(rect.right + margin, `${what}: right`).to.be.at.most(box.right + 0.5);
          expect(rect.top - margin, `${what}: top`).to.be.at.least(box.top - 0.5);
          expect(rect.bottom + margin, `${what}: bottom`).to.be.at.most(box.bottom + 0.5);
        };
        const group = first.querySelector('[part=group]')!;
        expect(group.textContent).to.contain('2000');
        inside(group.getBoundingClientRect(), 0, 'year label');
        // the focus ring: outline-offset plus the widest outline an engine draws
        const article = first.querySelector('article')!;
        inside(article.getBoundingClientRect(), parseFloat(getComputedStyle(article).outlineOffset) + 3, 'focus ring');
        const copy = first.querySelector('[part=copy-link]');
        if (copy) inside(copy.getBoundingClientRect(), 0, 'copy button');
        for (const pseudo of ['::before', '::after']) {
          const style = getComputedStyle(first, pseudo);
          const start = parseFloat(dir === 'ltr' ? style.left : style.right);
          const width = parseFloat(style.width) + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
          expect(start, `${pseudo}: start`).to.be.at.least(0);
          expect(start + width, `${pseudo}: end`).to.be.at.most(box.width);
          expect(parseFloat(style.top), `${pseudo}: top`).to.be.at.least(0);
        }
        // the line runs on from one event to the next
        expect(Math.round(second.getBoundingClientRect().top)).to.equal(Math.round(box.bottom));
        await expectAccessible(timeline);
      });
    }

    it('breaks a year label between words only, at 320 px ("б.з.д. 501 ж." keeps "б.з.д." whole)', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="kk" style="inline-size: 320px" .events=${[{ date: '-0500', title: 'Сақтар' }, { date: '1991', title: 'Тәуелсіздік' }]}></gb-timeline>`);
      const label = root(timeline).querySelector('[part=group]')!;
      const text = label.firstChild?.nodeType === Node.TEXT_NODE ? label.firstChild : [...label.childNodes].find(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      const words = text.textContent!.split(' ');
      expect(words.length, label.textContent!).to.be.greaterThan(1);
      let offset = 0;
      for (const word of words) {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + word.length);
        const tops = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
        expect(tops.size, `"${word}" on one line`).to.equal(1);
        offset += word.length + 1;
      }
      // and the label stays clear of the line: its end edge where the gutter ends
      const event = items(timeline)[0];
      const line = parseFloat(getComputedStyle(event, '::after').left);
      expect(label.getBoundingClientRect().right - event.getBoundingClientRect().left).to.be.below(line);
    });

    it('draws short lists, and long ones in the alternating and horizontal layouts, whole', async () => {
      const short = await fixture<GbTimeline>(html`<gb-timeline .events=${EVENTS}></gb-timeline>`);
      const skipped = (timeline: GbTimeline) =>
        [...root(timeline).querySelectorAll('*')].filter(box => {
          const style = getComputedStyle(box);
          return style.getPropertyValue('content-visibility') !== 'visible' && style.display !== 'contents';
        });
      expect(skipped(short)).to.deep.equal([]);
      for (const layout of ['alternating', 'horizontal']) {
        const long = await fixture<GbTimeline>(html`<gb-timeline layout=${layout} .events=${many(300)} style="inline-size: 900px"></gb-timeline>`);
        await until(() => items(long).length === 300);
        expect(skipped(long), layout).to.deep.equal([]);
        // the events themselves are the grid's or the row's items
        const list = root(long).querySelector('[part=list]')!;
        expect(items(long)[0].getBoundingClientRect().width, layout).to.be.lessThan(list.getBoundingClientRect().width * 0.9);
      }
    });
  });
});

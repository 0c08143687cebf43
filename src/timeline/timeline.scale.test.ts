import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { watchConsole } from '../test-helpers/console.js';
import { parseEvents, parseEventsInTasks } from './timeline.model.js';
import { readTimelineLightDom } from './read-light-dom.js';
import { CHUNK, CHUNKS_BETWEEN_IDLE } from './chunked-list.js';
import './index.js';
import { root, items, titles, markup, FIXTURES, until, many, shuffled, expectTasksBelow } from '../test-helpers/timeline.js';
import type { GbTimeline } from './timeline.js';
import type { Problem } from '../core/problems.js';

describe('gb-timeline', () => {
  describe('scale', () => {

    // How fast is measured by npm run bench (bench/), not here: a timed test on a shared two-core
    // machine would measure the machine. How long the longest task is, is asserted below.
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

    // Browsers put work of their own off until they are idle (Firefox asks whether links were
    // visited only then): a list drawn in a chain of tasks, never idle, piled ten thousand links'
    // restyle into one task of 170-330 ms when it ended. Where there are no idle callbacks
    // (WebKit), every chunk is drawn in the next task.
    it('waits for an idle period every few chunks, where the browser has them', async function () {
      this.timeout(60_000);
      const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : undefined;
      const asked: Array<IdleRequestOptions | undefined> = [];
      if (idle) window.requestIdleCallback = (callback, options) => (asked.push(options), idle(callback, options));
      try {
        const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="none" .events=${many(1_000)}></gb-timeline>`);
        const first = items(timeline).length;
        await until(() => items(timeline).length === 1_000, 30_000);
        if (idle) {
          const later = Math.ceil((1_000 - first) / CHUNK);
          expect(asked, `an idle period before every ${CHUNKS_BETWEEN_IDLE}th of ${later} later chunks`).to.have.length(Math.floor(later / CHUNKS_BETWEEN_IDLE));
          expect(asked.every(options => options?.timeout), 'each with a timeout, for a page that is never idle').to.equal(true);
        }
      } finally {
        if (idle) window.requestIdleCallback = idle;
      }
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

    // Reading ten thousand list items at once held Chromium for 150 ms: each is read when the
    // checking, a batch per task, comes to it.
    it('reads the light DOM item by item, when the checking asks for each', () => {
      const host = document.createElement('div');
      host.innerHTML = '<ol><li><time datetime="1991-12-16">1991</time><h3>Independence</h3></li><li><time datetime="1992-01-03">1992</time><h3>Relations</h3></li></ol>';
      const list = readTimelineLightDom(host)!;
      expect(list.length).to.equal(2);
      host.querySelectorAll('h3')[1].textContent = 'Diplomatic relations';
      expect(list.at(1)).to.include({ date: '1992-01-03', title: 'Diplomatic relations' });
      expect(list.at(2), 'past the end').to.equal(undefined);
    });

    it('parses a long list over several tasks, none long, into the same model and problems', async () => {
      const events: unknown[] = shuffled(10_000, i => `c${i % 3}`);
      events[3] = { date: '2025-13-45', title: 'Impossible' };
      events[9_000] = 'not an event';
      const syncProblems: Problem[] = [];
      const expected = parseEvents(events as never, [], 'year', syncProblems);
      // Each slice of work between two awaited tasks: how many events it read, and how long it took.
      let read = 0;
      const counted = new Proxy(events, { get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) && read++, Reflect.get(target, key)) });
      const slices: Array<{ read: number; ms: number }> = [];
      let resumed = performance.now();
      const end = () => {
        slices.push({ read, ms: performance.now() - resumed });
        read = 0;
      };
      const taskProblems: Problem[] = [];
      const model = await parseEventsInTasks(counted as never, [], 'year', taskProblems, async () => {
        end();
        await new Promise(resolve => setTimeout(resolve));
        resumed = performance.now();
      });
      end(); // sorting and grouping, after the last task
      expect(slices[0].read, 'nothing read in the caller\'s task').to.equal(0);
      expect(Math.max(...slices.map(slice => slice.read)), 'events read in one task').to.be.at.most(2_500);
      expect(slices.reduce((sum, slice) => sum + slice.read, 0), 'every event read once').to.equal(10_000);
      expect(slices.at(-1)!.read, 'sorting reads no event: a task of its own').to.equal(0);
      await expectTasksBelow(Math.max(...slices.map(slice => slice.ms)), 100, 'checking 10,000 events in tasks');
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
});

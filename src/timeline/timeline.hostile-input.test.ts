import { expect, fixture, html } from '@open-wc/testing';
import { settle, watchConsole } from '../test-helpers/console.js';
import { expectNoProblem } from '../test-helpers/problems.js';
import { EVENTS, FIXTURES, expectProblemsAfter, items, longestTask, many, expectTasksBelow, root, shuffled, titles, until } from '../test-helpers/timeline.js';
import { MAX_SOURCE_BYTES } from '../core/source-controller.js';
import './index.js';
import type { GbTimeline } from './timeline.js';

/** Answers every fetch with `answer()` while `run` runs. */
async function withFetch<T>(answer: () => Response | Promise<Response>, run: () => Promise<T>): Promise<T> {
  const original = window.fetch;
  window.fetch = (async () => answer()) as typeof fetch;
  try {
    return await run();
  } finally {
    window.fetch = original;
  }
}

const json = (body: string, headers: Record<string, string> = {}) => new Response(body, { headers: { 'content-type': 'application/json', ...headers } });

describe('gb-timeline, hostile input (issue 26)', () => {
  describe('dates a Date cannot hold', () => {
    for (const date of ['+275761-01-01', '-271822', '+999999-12-31', '-300000-06']) {
      it(`reports ${date} as a bad date and shows the rest`, async () => {
        const { element } = await expectProblemsAfter(html`<gb-timeline lang="en" .events=${[{ date, title: 'Far' }, { date: '2020', title: 'Near' }]}></gb-timeline>`, ['events[0].date']);
        expect(titles(element)).to.deep.equal(['Near', 'Far']);
      });
    }

    it('reports an end-date out of range, by light DOM, and keeps the event', async () => {
      const { element } = await expectProblemsAfter(
        html`<gb-timeline lang="en"><gb-timeline-event date="2001" end-date="+300000" title="Open-ended">x</gb-timeline-event></gb-timeline>`,
        ['events[0].end-date'],
      );
      expect(titles(element)).to.deep.equal(['Open-ended']);
    });

    it('reports a TimelineJS3 year out of range', async () => {
      const tjs = { events: [{ start_date: { year: 400000 }, text: { headline: 'Far' } }, { start_date: { year: 1992 }, text: { headline: 'Near' } }] };
      const { element } = await expectProblemsAfter(html`<gb-timeline lang="en" .events=${tjs}></gb-timeline>`, ['events[0].date']);
      expect(titles(element)).to.deep.equal(['Near', 'Far']);
    });

    it('groups a valid date whose year starts before what a Date holds', async () => {
      const element = await expectNoProblem<GbTimeline>(html`<gb-timeline lang="en" .events=${[{ date: '-271821-05-01', title: 'Edge' }]}></gb-timeline>`);
      expect(titles(element)).to.deep.equal(['Edge']);
      expect(root(element).querySelector('[part=group]')!.textContent).to.equal('-271821');
    });
  });

  describe('the page URL', () => {
    for (const hash of ['#%', '#%E0%A4%A']) {
      it(`reports a malformed percent-escape (${hash}), on load and on hashchange, without rejecting`, async () => {
        history.replaceState(null, '', hash);
        try {
          const { element } = await expectProblemsAfter(html`<gb-timeline lang="en" .events=${EVENTS}></gb-timeline>`, ['location.hash']);
          const console = watchConsole();
          try {
            window.dispatchEvent(new HashChangeEvent('hashchange'));
            await settle(element);
          } finally {
            console.restore();
          }
          expect(console.errors).to.deep.equal([]);
          expect(console.warnings, 'reported once').to.deep.equal([]);
          expect(items(element)).to.have.length(3);
        } finally {
          history.replaceState(null, '', location.pathname + location.search);
        }
      });
    }
  });

  describe('src', () => {
    for (const timeout of ['abc', '-5', '0', '1e300']) {
      it(`reports timeout="${timeout}" and waits the default time`, async () => {
        const events = await (await fetch(`${FIXTURES}/events.json`)).text();
        const { element } = await withFetch(
          () => new Promise<Response>(resolve => setTimeout(() => resolve(json(events)), 30)),
          () => expectProblemsAfter(html`<gb-timeline lang="en" timeout=${timeout} src="/events.json"></gb-timeline>`, ['timeout']),
        );
        await until(() => items(element).length > 0);
        expect(root(element).querySelector('[part=notice].failed')).to.equal(null);
      });
    }

    it('reports an answer of null', async () => {
      const { details } = await withFetch(
        () => json('null'),
        () => expectProblemsAfter(html`<gb-timeline lang="en" src="/null.json"><gb-timeline-event date="2020" title="Fallback"></gb-timeline-event></gb-timeline>`, ['src']),
      );
      expect(details[0].message).to.contain('null');
    });

    it('reads JSON once: a string holding JSON is no events', async () => {
      const { element } = await withFetch(
        () => json(JSON.stringify(JSON.stringify(EVENTS))),
        () => expectProblemsAfter(html`<gb-timeline lang="en" src="/twice.json"></gb-timeline>`, ['src']),
      );
      expect(items(element)).to.have.length(0);
    });

    it('refuses an answer declared larger than the limit before reading it', async () => {
      let read = false;
      const body = new ReadableStream({
        pull(controller) {
          read = true;
          controller.enqueue(new Uint8Array(1024));
        },
      }, { highWaterMark: 0 });
      const { details } = await withFetch(
        () => new Response(body, { headers: { 'content-length': String(MAX_SOURCE_BYTES + 1) } }),
        () => expectProblemsAfter(html`<gb-timeline lang="en" src="/huge.json"></gb-timeline>`, ['src']),
      );
      expect(details[0].message).to.contain(`larger than ${MAX_SOURCE_BYTES} bytes`);
      expect(read, 'not a byte read').to.equal(false);
    });

    it('stops reading an answer of unknown length once it passes the limit', async () => {
      let sent = 0;
      const body = new ReadableStream({
        pull(controller) {
          sent += 1 << 20;
          controller.enqueue(new TextEncoder().encode(' '.repeat(1 << 20)));
        },
      });
      const { details } = await withFetch(
        () => new Response(body),
        () => expectProblemsAfter(html`<gb-timeline lang="en" src="/endless.json"></gb-timeline>`, ['src']),
      );
      expect(details[0].message).to.contain('larger than');
      expect(sent).to.be.below(MAX_SOURCE_BYTES + (4 << 20));
    });
  });

  describe('the events property', () => {
    it('refuses JSON text longer than src may be, before parsing it, and shows the light DOM', async () => {
      const text = JSON.stringify(many(3)).padEnd(MAX_SOURCE_BYTES + 1, ' ');
      const { element, details } = await expectProblemsAfter(
        html`<gb-timeline lang="en" .events=${text}><gb-timeline-event date="2020" title="Fallback"></gb-timeline-event></gb-timeline>`,
        ['events'],
      );
      expect(details[0].message).to.contain(`more than the ${MAX_SOURCE_BYTES}`);
      expect(titles(element)).to.deep.equal(['Fallback']);
    });
  });

  describe('many events and categories', () => {
    it('leaves out the filter past 40 categories and says so once', async function () {
      this.timeout(120_000);
      const events = shuffled(10_000, i => `c${i}`);
      let element!: GbTimeline;
      const measured = await longestTask(async () => {
        ({ element } = await expectProblemsAfter(html`<gb-timeline lang="en" group-by="none" .events=${events}></gb-timeline>`, ['category'], 30_000));
        await until(() => items(element).length === 10_000, 90_000);
      });
      expect(root(element).querySelector('[part=filter]')).to.equal(null);
      expect(items(element)[0].querySelector('[part=category]')).not.to.equal(null);
      element.remove();
      await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
      // Ten thousand categories cost more to draw than two (a colour and a label each): 200 ms, met
      // in all three engines (WebKit's gaps between timers 58-133 ms).
      await expectTasksBelow(measured.longest, 200, `10,000 events in 10,000 categories (${measured.by})`);
    });

    it('keeps the filter for 40 categories', async () => {
      const element = await fixture<GbTimeline>(html`<gb-timeline lang="en" .events=${many(80).map((e, i) => ({ ...e, category: `c${i % 40}` }))}></gb-timeline>`);
      expect(root(element).querySelectorAll('[part=filter] button')).to.have.length(41);
    });
  });
});

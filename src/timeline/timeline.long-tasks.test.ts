import { expect, fixture, html } from '@open-wc/testing';
import './index.js';
import { root, items, titles, until, longestTask, shuffled, expectLongestTaskBelow, whenQuiet } from '../test-helpers/timeline.js';
import type { GbTimeline } from './timeline.js';

/**
 * The longest task while a long list arrives. `*.long-tasks.test.ts` files run after the others, in
 * a browser of their own (scripts/test.mjs), and this test comes first in its file: what earlier
 * tests leave behind (a removed list of ten thousand events) Firefox collects in slices of up to a
 * second, which would land in whatever task is being timed.
 */
describe('gb-timeline', () => {
  describe('long tasks', () => {
    // Each event has a link: Firefox asks whether links were visited only when it is idle, so a list
    // drawn without idle periods had it restyle ten thousand links in one task of 170-330 ms.
    it('sets 10,000 events in no order by property: checked in tasks, the first screen first, no long task', async function () {
      this.timeout(180_000);
      await whenQuiet();
      const events = shuffled(10_000, i => (i % 2 ? 'odd' : 'even')).map(event => ({ ...event, link: `https://example.org/${event.id}` }));
      let timeline!: GbTimeline;
      const measured = await longestTask(async () => {
        timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="none" .events=${events}></gb-timeline>`);
        // The first render reads no event: the list is checked in the tasks after it.
        expect(items(timeline), 'nothing checked in the first render\'s task').to.have.length(0);
        expect(root(timeline).querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
        await until(() => items(timeline).length > 0, 60_000);
        expect(items(timeline).length, 'the first screen comes first').to.be.below(10_000);
        await until(() => items(timeline).length === 10_000, 120_000);
      });
      const year = (event: { date: string }) => parseInt(event.date, 10);
      const earliest = [...events].sort((a, b) => year(a) - year(b)).slice(0, 3).map(event => event.title);
      expect(titles(timeline).slice(0, 3), 'sorted, the earliest first').to.deep.equal(earliest);
      // Ten thousand laid-out events take long to remove: here, not in the next test's time.
      timeline.remove();
      await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
      await expectLongestTaskBelow(measured, 100, '10,000 events by property');
    });

  });
});

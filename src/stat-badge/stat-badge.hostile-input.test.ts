import { expect, fixture, html } from '@open-wc/testing';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import '../quote-card/index.js';
import type { GbStatBadge } from './stat-badge.js';

describe('gb-stat-badge and gb-quote-card, hostile input (issue 26)', () => {
  for (const date of ['+275761', '-300000-01-01', '+999999-12']) {
    it(`reports as-of="${date}" and still shows the figure on a first render`, async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="43.82" label="Trade" as-of=${date}></gb-stat-badge>`, 'as-of');
      expect(element.shadowRoot!.textContent).to.contain('Trade');
    });

    it(`reports date="${date}" on a quote card and still shows the quote`, async () => {
      const { element } = await expectOneProblem<HTMLElement>(html`<gb-quote-card lang="en" quote="A golden bridge." speaker="A speaker" date=${date}></gb-quote-card>`, 'date');
      expect(element.shadowRoot!.textContent).to.contain('A golden bridge.');
    });
  }

  for (const series of ['[1e308, -1e308]', '[-1.7976931348623157e308, 0, 1.7976931348623157e308]']) {
    it(`draws a sparkline holding both extremes (${series}) with finite coordinates`, async () => {
      const element = await expectNoProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1" label="Range" sparkline=${series}></gb-stat-badge>`);
      const points = element.shadowRoot!.querySelector('polyline')!.getAttribute('points')!;
      expect(points).not.to.match(/NaN|Infinity/);
      const ys = points.split(' ').map(pair => Number(pair.split(',')[1]));
      expect(Math.min(...ys)).to.equal(2);
      expect(Math.max(...ys)).to.equal(28);
    });
  }

  it('reads only the 500 values it draws of a series of a million given by property', async () => {
    const series = Array.from({ length: 1_000_000 }, (_, i) => i % 7);
    series[0] = Number.NaN; // never drawn, so never read: a long series costs what its line does
    const { element, detail } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1" label="Long" .sparkline=${series}></gb-stat-badge>`, 'sparkline');
    expect(detail.message).to.equal('has 1000000 values; only the last 500 are drawn');
    expect(element.shadowRoot!.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(500);
  });

  it('reads only the drawn tail of a long comma-separated series', async () => {
    const series = `x,${Array.from({ length: 600 }, (_, i) => i).join(',')}`;
    const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1" label="Long" sparkline=${series}></gb-stat-badge>`, 'sparkline');
    expect(element.shadowRoot!.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(500);
  });

  it('keeps a flat sparkline drawable', async () => {
    const element = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value="1" label="Flat" sparkline="[5, 5, 5]"></gb-stat-badge>`);
    expect(element.shadowRoot!.querySelector('polyline')!.getAttribute('points')).not.to.match(/NaN/);
  });
});

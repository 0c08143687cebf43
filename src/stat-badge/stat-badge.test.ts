import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { expectAccessible, spokenText } from '../test-helpers/a11y.js';
import { describeAuthoringPaths, part, partText } from '../test-helpers/dom.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbStatBadge } from './stat-badge.js';
import { TRADE, attributeBadge, lightBadge, nf, propertyBadge } from './stat-badge.fixtures.js';

// Authoring paths, the accessible name, the sparkline and count-up. Formatting, bad input and the
// parse itself have files of their own; the group is in src/stat-group/.
describeAuthoringPaths('gb-stat-badge', {
  'trade in US dollars with its change, every field': { light: () => lightBadge(), attributes: () => attributeBadge(), properties: () => propertyBadge() },
  'the same in Kazakh': { light: () => lightBadge('kk'), attributes: () => attributeBadge('kk'), properties: () => propertyBadge('kk') },
  'trips in Russian, a free-noun unit': {
    light: () => html`<gb-stat-badge lang="ru" unit="поездок"><data value="600000">600 000</data><span slot="label">Поездки</span><time slot="as-of" datetime="2023">2023</time></gb-stat-badge>`,
    attributes: () => html`<gb-stat-badge lang="ru" value="600000" unit="поездок" label="Поездки" as-of="2023"></gb-stat-badge>`,
    properties: () => Object.assign(document.createElement('gb-stat-badge'), { lang: 'ru', value: 600000, unit: 'поездок', label: 'Поездки', asOf: '2023' }),
  },
});

describe('gb-stat-badge', () => {
  it('keeps the machine-readable number in <data value>, and the light DOM out of view', async () => {
    const badge = await expectNoProblem<GbStatBadge>(lightBadge());
    expect(part(badge, 'value')!.getAttribute('value')).to.equal(String(TRADE));
    expect(badge.querySelector('data')!.getClientRects().length, 'light DOM is not laid out').to.equal(0);
  });

  describe('accessible name', () => {
    for (const lang of ['en', 'ru', 'zh-Hans', 'kk']) {
      it(`says the figure and its change in words in ${lang}, each field in its own language`, async () => {
        const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang=${lang} value=${TRADE} currency="USD" notation="compact" precision="2"
          label="China–Kazakhstan trade" label-lang="en" as-of="2024" change="6.8" change-period="год к году" change-period-lang="ru"></gb-stat-badge>`);
        expect(part(badge, 'base')!.getAttribute('role')).to.equal('figure');
        const words = nf(lang, { style: 'currency', currency: 'USD', currencyDisplay: 'name', notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 0, maximumFractionDigits: 2 }, TRADE);
        const percent = nf(lang, { style: 'unit', unit: 'percent', unitDisplay: 'long', maximumFractionDigits: 2 }, 6.8);
        const spoken = spokenText(badge);
        const texts = spoken.map(piece => piece.text);
        expect(texts[0], 'the figure first, in words').to.equal(words);
        expect(spoken.find(piece => piece.text === 'China–Kazakhstan trade')?.lang, 'the label in its own language').to.equal('en');
        expect(spoken.find(piece => piece.text === 'год к году')?.lang, 'the period in its own language').to.equal('ru');
        expect(texts.some(text => text.includes(percent)), `the change in words: ${texts.join(' | ')}`).to.equal(true);
        expect(texts.some(text => text.includes('2024'))).to.equal(true);
        expect(texts.join(' '), 'nothing said twice, no arrow read out').not.to.match(/▲|▼|■/);
        expect(texts.filter(text => text === words)).to.have.length(1);
        if (lang === 'en') expect(texts).to.deep.equal([words, 'China–Kazakhstan trade', '2024', `up ${percent}`, 'год к году']);
      });
    }

    it('is axe-clean with every part shown', async () => {
      const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value=${TRADE} currency="USD" notation="compact" label="China–Kazakhstan trade"
        as-of="2024" change="6.8" change-period="year on year" source="China's customs" source-url="https://english.customs.gov.cn/" sparkline="1,2,3,5"></gb-stat-badge>`);
      await expectAccessible(badge);
    });
  });

  describe('sparkline', () => {
    it('draws a JSON or comma-separated series with a text alternative', async () => {
      for (const series of ['[1, 3, 2, 5]', '1, 3, 2, 5']) {
        const badge = await expectNoProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="5" sparkline=${series}></gb-stat-badge>`);
        const svg = part(badge, 'sparkline')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.getAttribute('aria-label')).to.equal('Trend over 4 values, from 1 to 5');
        expect(svg.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(4);
      }
    });

    for (const bad of ['[1, "two", 3]', '{"a":1}', '[1,2', '1,,2', '7', 'NaN,1']) {
      it(`skips the malformed series ${bad} with one problem`, async () => {
        const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="5" sparkline=${bad}></gb-stat-badge>`, 'sparkline');
        expect(part(element, 'sparkline')).to.equal(null);
        expect(partText(element, 'value')).to.equal('5');
      });
    }
  });

  describe('count-up', () => {
    it('has the final figure in the DOM from the start, and counts in the shown text only', async () => {
      const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value="600000" count-up></gb-stat-badge>`);
      expect(partText(badge, 'value')).to.equal(nf('en', {}, 600000));
      let sawCounting = false;
      const start = performance.now();
      while (performance.now() - start < 2500) {
        const counter = badge.shadowRoot!.querySelector('.count');
        if (counter) {
          sawCounting = true;
          expect(partText(badge, 'value'), 'final value stays in the DOM').to.equal(nf('en', {}, 600000));
          expect(counter.closest('[aria-hidden=true]')).to.exist;
        }
        await new Promise(resolve => setTimeout(resolve, 30));
      }
      expect(sawCounting, 'counted up on first view').to.equal(true);
      expect(badge.shadowRoot!.querySelector('.count')).to.equal(null);
    });

    it('does not count under prefers-reduced-motion', async function () {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        this.skip(); // only engines driven through puppeteer can emulate it
      }
      try {
        const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value="600000" count-up></gb-stat-badge>`);
        await new Promise(resolve => setTimeout(resolve, 300));
        expect(badge.shadowRoot!.querySelector('.count')).to.equal(null);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});

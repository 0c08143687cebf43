import { expect, fixture, html } from '@open-wc/testing';
import { partText as text, part } from '../test-helpers/dom.js';
import { expectNoProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbStatBadge } from './stat-badge.js';
import { TRADE, nf } from './stat-badge.fixtures.js';

// Figures and changes as drawn, compared with Intl in this engine. The text of a part keeps Intl's
// no-break spaces: they are part of what is compared.
describe('gb-stat-badge', () => {
  describe('formatting, compared with Intl in this engine', () => {
    for (const lang of ['en', 'zh-Hans', 'kk', 'ru']) {
      it(`writes $43.82 billion as ${lang} does, compact with three digits and standard`, async () => {
        const compact = await fixture<GbStatBadge>(html`<gb-stat-badge lang=${lang} value=${TRADE} currency="USD" notation="compact"></gb-stat-badge>`);
        expect(text(compact, 'value')).to.equal(nf(lang, { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }, TRADE));
        const standard = await fixture<GbStatBadge>(html`<gb-stat-badge lang=${lang} value=${TRADE} currency="USD"></gb-stat-badge>`);
        expect(text(standard, 'value')).to.equal(nf(lang, { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 }, TRADE));
        const precise = await fixture<GbStatBadge>(html`<gb-stat-badge lang=${lang} value=${TRADE} currency="USD" notation="compact" precision="2"></gb-stat-badge>`);
        expect(text(precise, 'value')).to.equal(
          nf(lang, { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }, TRADE),
        );
      });
    }

    it('uses the locale\'s own large units (万/亿, млн/млрд)', async () => {
      const zh = await fixture<GbStatBadge>(html`<gb-stat-badge lang="zh-Hans" value="600000" notation="compact"></gb-stat-badge>`);
      expect(text(zh, 'value')).to.contain('万');
      const ru = await fixture<GbStatBadge>(html`<gb-stat-badge lang="ru" value=${TRADE} currency="USD" notation="compact"></gb-stat-badge>`);
      expect(text(ru, 'value')).to.match(/43,8\sмлрд/);
    });

    it('formats Intl units and free nouns', async () => {
      const km = await fixture<GbStatBadge>(html`<gb-stat-badge lang="kk" value="2000" unit="kilometer"></gb-stat-badge>`);
      expect(text(km, 'value')).to.equal(nf('kk', { style: 'unit', unit: 'kilometer', unitDisplay: 'short', minimumFractionDigits: 0, maximumFractionDigits: 0 }, 2000));
      const trips = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value="600000" unit="trips"></gb-stat-badge>`);
      expect(text(trips, 'value')).to.equal(`${nf('en', {}, 600000)} trips`);
      const renci = await fixture<GbStatBadge>(html`<gb-stat-badge lang="zh-Hans" value="600000" unit="人次" notation="compact"></gb-stat-badge>`);
      expect(text(renci, 'value')).to.equal(`${nf('zh-Hans', { notation: 'compact', maximumSignificantDigits: 3 }, 600000)}人次`);
    });

    const extremes: Array<[number, string]> = [
      [0, '0'],
      [-5_000_000_000, '-'],
      [1e-9, '0.000000001'],
      [1e15, 'E15'],
      [1e300, 'E300'],
    ];
    for (const [value, contains] of extremes) {
      it(`formats ${value} sensibly`, async () => {
        const badge = await expectNoProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value=${value} currency="USD" notation="compact"></gb-stat-badge>`);
        const shown = text(badge, 'value')!;
        expect(shown).to.contain(contains);
        expect(shown).not.to.match(/NaN|Infinity|undefined|e\+|\d{16}/);
        expect(shown.length).to.be.lessThan(24);
      });
    }

    it('localizes the as-of date at its precision', async () => {
      const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang="ru" value="200000" as-of="2024-03"></gb-stat-badge>`);
      expect(part(badge, 'as-of')!.querySelector('time')!.textContent).to.equal(
        new Intl.DateTimeFormat('ru', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(Date.UTC(2024, 2)),
      );
    });
  });

  describe('change', () => {
    it('shows a rise with arrow, words and colour', async () => {
      const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value="1" change="6.8" change-period="year on year"></gb-stat-badge>`);
      const change = part(badge, 'change')!;
      expect(change.classList.contains('good')).to.equal(true);
      expect(text(badge, 'change')).to.equal(`▲ up ${nf('en', { style: 'percent', maximumFractionDigits: 2 }, 0.068)} year on year`);
    });

    it('shows a fall as bad, or as good with good-direction="down"', async () => {
      const bad = await fixture<GbStatBadge>(html`<gb-stat-badge lang="ru" value="1" change="-6.8"></gb-stat-badge>`);
      expect(part(bad, 'change')!.classList.contains('bad')).to.equal(true);
      expect(text(bad, 'change')).to.equal(`▼ снижение на ${nf('ru', { style: 'percent', maximumFractionDigits: 2 }, 0.068)}`);
      const good = await fixture<GbStatBadge>(html`<gb-stat-badge lang="ru" value="1" change="-6.8" good-direction="down"></gb-stat-badge>`);
      expect(part(good, 'change')!.classList.contains('good')).to.equal(true);
      expect(getComputedStyle(part(good, 'change')!).color).not.to.equal(getComputedStyle(part(bad, 'change')!).color);
    });

    it('writes the size of a change with no sign, in languages that put a mark before the sign too', async () => {
      for (const lang of ['ar', 'he', 'fa', 'ur']) {
        const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang=${lang} value="1" change="6.8"></gb-stat-badge>`);
        expect(text(badge, 'change'), lang).to.contain(nf(lang, { style: 'percent', maximumFractionDigits: 2 }, 0.068)).and.not.match(/[+\u2212-]/);
        const absolute = await fixture<GbStatBadge>(html`<gb-stat-badge lang=${lang} value="1" currency="USD" change="-2.5" change-kind="absolute"></gb-stat-badge>`);
        expect(text(absolute, 'change'), lang).to.not.match(/[+\u2212-]/);
      }
    });

    it('shows no change as unchanged, in a neutral colour', async () => {
      const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang="zh-Hans" value="1" change="0"></gb-stat-badge>`);
      expect(part(badge, 'change')!.classList.contains('neutral')).to.equal(true);
      expect(text(badge, 'change')).to.equal('■ 持平');
    });

    it('formats an absolute change in the figure\'s currency', async () => {
      const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value=${TRADE} currency="USD" notation="compact" change="2790000000" change-kind="absolute"></gb-stat-badge>`);
      expect(text(badge, 'change')).to.equal(`▲ up ${nf('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }, 2.79e9)}`);
    });
  });
});

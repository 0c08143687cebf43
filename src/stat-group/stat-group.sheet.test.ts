import { expect, fixture, html } from '@open-wc/testing';
import type { GbErrorDetail, Problem } from '../core/problems.js';
import { settle, watchConsole } from '../test-helpers/console.js';
import { until } from '../test-helpers/timeline.js';
import { readStatJson, readStatSheet } from './stat-group.sheet.js';
import type { GbStatGroup } from './stat-group.js';
import './index.js';

const FIXTURES = '/src/stat-group/fixtures';
const badges = (group: Element) => [...group.shadowRoot!.querySelectorAll('gb-stat-badge')];
const part = (badge: Element, name: string) => badge.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.replace(/[\t\n\f\r ]+/g, ' ').trim();

/** Renders a group with `src`, waits for `count` badges, and returns it with what it reported. */
async function loadGroup(src: string, count: number, children = html``) {
  const details: GbErrorDetail[] = [];
  const onError = (event: Event) => void details.push((event as CustomEvent<GbErrorDetail>).detail);
  document.addEventListener('gb-error', onError);
  const console = watchConsole();
  try {
    const group = await fixture<GbStatGroup>(html`<gb-stat-group lang="en" label="In figures" src=${src}>${children}</gb-stat-group>`);
    await until(() => badges(group).length === count && group.shadowRoot!.querySelector('[aria-busy=false]') !== null);
    await settle(group);
    await settle(group.shadowRoot!);
    expect(console.errors, 'console errors').to.deep.equal([]);
    const warnings = console.warnings.map(w => String(w[0]));
    return { group, details, warnings };
  } finally {
    console.restore();
    document.removeEventListener('gb-error', onError);
  }
}

describe('gb-stat-group from a spreadsheet', () => {
  it('draws one badge per row of a CSV, each checked and formatted as the badge does', async () => {
    const { group, details, warnings } = await loadGroup(`${FIXTURES}/figures.csv`, 3);
    expect(details, 'gb-error events').to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    const [trade, trips, quarter] = badges(group);
    expect(part(trade, 'value')).to.equal(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(43_820_000_000));
    expect(part(trade, 'label')).to.equal('China–Kazakhstan trade');
    expect(part(trade, 'as-of')).to.equal('2024');
    expect(part(trade, 'change')).to.contain('6.8').and.to.contain('year on year');
    expect(trade.shadowRoot!.querySelector('[part=change]')!.classList.contains('good')).to.equal(true);
    expect(trade.shadowRoot!.querySelector('[part=source] a')!.getAttribute('href')).to.equal('https://english.customs.gov.cn/');
    expect(part(trips, 'value')).to.equal(`${new Intl.NumberFormat('en').format(600_000)} trips`);
    // A quoted label keeps its comma; a month as-of is shown as one.
    expect(part(quarter, 'label')).to.equal('Trips, first quarter');
    expect(part(quarter, 'as-of')).to.equal(new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 2)));
    // The badges take the group's language.
    expect(trade.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('en');
  });

  it('reports bad rows by row and column, and still draws the good ones', async () => {
    const { group, details, warnings } = await loadGroup(`${FIXTURES}/figures-malformed.csv`, 1);
    expect(details.map(d => `${d.field}: ${d.message}`)).to.deep.equal([
      'src row 3, value: is not a finite number (got text); the row is left out',
      "src row 4: has 6 cells where the header has 5; cells past the header's are ignored, missing ones read as empty",
      'src row 4, value: is not a finite number (got text); the row is left out',
      'src row 5, value: is empty; the row is left out',
    ]);
    expect(warnings.filter(w => w.startsWith('<gb-stat-group>'))).to.have.length(4);
    expect(part(badges(group)[0], 'label')).to.equal("Books in the centre's library");
  });

  it('keeps its own badges when src fails, and reads JSON as well', async () => {
    const { group, details } = await loadGroup('/no/such/figures.csv', 0, html`<gb-stat-badge value="10" unit="agreements"></gb-stat-badge>`);
    expect(details.map(d => d.field)).to.deep.equal(['src']);
    expect(group.shadowRoot!.querySelector('slot')).to.not.equal(null);
    const original = window.fetch;
    window.fetch = (() => Promise.resolve(Response.json({ badges: [{ value: 1000, unit: 'books', 'as-of': '2025-09' }] }))) as typeof fetch;
    try {
      const json = await loadGroup('/figures', 1);
      expect(json.details).to.deep.equal([]);
      expect(part(badges(json.group)[0], 'value')).to.equal('1,000 books');
    } finally {
      window.fetch = original;
    }
  });
});

describe('readStatSheet', () => {
  it('accepts header variants, a "currency or unit" column and numbers as sheets write them', () => {
    const problems: Problem[] = [];
    const rows = readStatSheet('Title\tFigure\tCurrency/Unit\tDate\tChange %\tCompared with\tGood\tLink\n'
      + 'Trade\t43,820,000,000\tUSD\t2024\t+6.8%\tyear on year\tup\thttps://example.org/\n'
      + 'Trips\t600 000\ttrips\t2023\t−2\t\tdown\t\n', problems);
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal([
      { label: 'Trade', value: '43820000000', currency: 'USD', asOf: '2024', change: '+6.8', changePeriod: 'year on year', goodDirection: 'up', sourceUrl: 'https://example.org/' },
      { label: 'Trips', value: '600000', unit: 'trips', asOf: '2023', change: '-2', goodDirection: 'down' },
    ]);
  });

  it('leaves out a wrong cell, naming its column as the header writes it', () => {
    const problems: Problem[] = [];
    const rows = readStatSheet('Value,As of,Good direction,Change,Source URL\n5,2024-02-30,sideways,1,javascript:alert(1)\n', problems);
    expect(rows).to.deep.equal([{ value: '5', change: '1' }]);
    expect(problems.map(p => p.field)).to.deep.equal(['row 2, As of', 'row 2, Good direction', 'row 2, Source URL']);
    expect(problems[0].message).to.equal('is not a valid ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); the cell is left out');
  });

  it('reads JSON items by the same names, reporting them as items', () => {
    const problems: Problem[] = [];
    expect(readStatJson([{ Value: '3', 'Source URL': 'https://example.org/' }, { value: 'x' }, 7], problems)).to.deep.equal([{ value: '3', sourceUrl: 'https://example.org/' }]);
    expect(problems.map(p => p.field)).to.deep.equal(['item 2, value', 'item 3, value']);
    expect(readStatJson({ figures: [] }, problems)).to.equal(undefined);
  });
});

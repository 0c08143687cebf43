import { expect, fixture, html } from '@open-wc/testing';
import type { Problem } from '../core/problems.js';
import { settle, watchConsole } from '../test-helpers/console.js';
import { FIXTURES, df, expectProblemsAfter, items, root, titles, until } from '../test-helpers/timeline.js';
import { readTimelineSheet } from './timeline.sheet.js';
import type { GbTimeline } from './timeline.js';
import './index.js';

const TEMPLATE_TITLES = ['Saka period', 'Independence', 'Diplomatic relations, established', 'Chinese Cultural Center opens in Astana', 'Kazakhstan Cultural Center opens in Beijing'];
const longDate = (time: number) => df('en', { year: 'numeric', month: 'long', day: 'numeric' }, time);
const bce = (year: number) => df('en', { year: 'numeric', era: 'short' }, new Date(0).setUTCFullYear(year, 0, 1));

/** Loads a sheet by `src` and waits for its events, checking that it raised no problem at all. */
async function loadQuietly(src: string, count: number): Promise<GbTimeline> {
  const console = watchConsole();
  const errors: Event[] = [];
  const onError = (event: Event) => void errors.push(event);
  document.addEventListener('gb-error', onError);
  try {
    const timeline = await fixture<GbTimeline>(html`<gb-timeline lang="en" group-by="era" src=${src}></gb-timeline>`);
    await until(() => items(timeline).length === count);
    await new Promise(resolve => setTimeout(resolve, 150)); // images load, or report that they did not
    await settle(timeline);
    expect(console.warnings.map(w => String(w[0])), 'warnings').to.deep.equal([]);
    expect(console.errors, 'console errors').to.deep.equal([]);
    expect(errors, 'gb-error events').to.have.length(0);
    return timeline;
  } finally {
    console.restore();
    document.removeEventListener('gb-error', onError);
  }
}

/** What the TimelineJS3 template fixture must show, whichever of CSV and TSV it came as. */
function expectTemplateRendered(timeline: GbTimeline): void {
  expect(titles(timeline)).to.deep.equal(TEMPLATE_TITLES);
  const [saka, independence, relations, astana, beijing] = items(timeline);
  const date = (li: HTMLElement) => li.querySelector('time')!.textContent;
  // A negative Year is a year before the common era, and End Year makes a range.
  expect(date(saka)).to.equal(`${bce(-700)} – ${bce(-300)}`);
  expect(date(independence)).to.equal(`${longDate(Date.UTC(1991, 11, 16))} – ${longDate(Date.UTC(1992, 0, 3))}`);
  expect(date(astana)).to.equal('Summer 2024');
  expect(date(beijing)).to.equal(longDate(Date.UTC(2025, 8, 2)));
  // Eras group the events; the title slide is no event.
  expect([...root(timeline).querySelectorAll('[part=group]')].map(group => group.textContent!.trim())).to.deep.equal(['Before independence', 'Since independence']);
  // A quoted cell keeps its comma and its line break.
  expect(independence.querySelector('article p')!.textContent).to.match(/^Kazakhstan declares independence,\s+and looks to its neighbours\.$/);
  // Text is HTML through the allow-list: emphasis and safe links stay, the script is gone.
  expect(relations.querySelector('strong')!.textContent).to.equal('diplomatic relations');
  expect(beijing.querySelector('article a')!.getAttribute('href')).to.equal('https://www.akorda.kz/');
  expect(beijing.textContent).to.contain('"Art and culture are a golden bridge that unites different nations."');
  expect(root(timeline).querySelectorAll('script')).to.have.length(0);
  expect((window as { __sheetRan?: number }).__sheetRan).to.equal(undefined);
  // Media, its alt text, caption and credit.
  const image = relations.querySelector('img')!;
  expect(image.getAttribute('src')).to.equal('/src/test-helpers/portrait.svg');
  expect(image.getAttribute('alt')).to.equal('A portrait, drawn');
  expect(relations.querySelector('figure')!.textContent).to.contain('Talks, January 1992').and.to.contain('Illustration');
  // Group is the category, and feeds the filter.
  expect(relations.querySelector('[part=category]')!.textContent!.trim()).to.equal('diplomacy');
}

describe('gb-timeline from a spreadsheet', () => {
  it('loads TimelineJS3\'s template as CSV (BOM, CRLF, every column, title, eras, BCE) by src', async () => {
    expectTemplateRendered(await loadQuietly(`${FIXTURES}/newsroom-template.csv`, 5));
  });

  it('loads the same template as TSV, columns in another order and spelling, Tag for Group', async () => {
    expectTemplateRendered(await loadQuietly(`${FIXTURES}/newsroom-template.tsv`, 5));
  });

  it('reads a sheet by its content type when the URL has no .csv ending', async () => {
    const original = window.fetch;
    const tsv = await (await original(`${FIXTURES}/newsroom-template.tsv`)).text();
    window.fetch = (() => Promise.resolve(new Response(tsv, { headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' } }))) as typeof fetch;
    try {
      expectTemplateRendered(await loadQuietly('/sheets/published?output=tsv', 5));
    } finally {
      window.fetch = original;
    }
  });

  it('reports a malformed sheet row by row, and still shows its good rows', async () => {
    const { element, details } = await expectProblemsAfter(html`<gb-timeline lang="en" src=${`${FIXTURES}/malformed-template.csv`}></gb-timeline>`, [
      'src row 3, Headline',
      'src row 4, Day',
      'src row 5',
      'src row 6, Year',
    ]);
    expect(details[1].message).to.equal('makes 2025-02-30, a date that does not exist; the row is left out');
    expect(details[2].message).to.contain('has 20 cells where the header has 19');
    expect(titles(element)).to.deep.equal(['Diplomatic relations established', 'Chinese Cultural Center opens in Astana', 'Kazakhstan Cultural Center opens in Beijing']);
  });

  it('shows its own list when no row of the sheet is good', async () => {
    const original = window.fetch;
    window.fetch = (() => Promise.resolve(new Response('Year,Headline\n2025,\n', { headers: { 'content-type': 'text/csv' } }))) as typeof fetch;
    try {
      const { element } = await expectProblemsAfter(
        html`<gb-timeline lang="en" src="/empty-sheet"><gb-timeline-event date="2020" title="Fallback">x</gb-timeline-event></gb-timeline>`,
        ['src row 2, Headline'],
      );
      expect(titles(element)).to.deep.equal(['Fallback']);
    } finally {
      window.fetch = original;
    }
  });
});

describe('readTimelineSheet', () => {
  it('maps template rows to TimelineJS3 JSON: title, eras, dates with times, media and background', () => {
    const problems: Problem[] = [];
    const data = readTimelineSheet(
      [
        'Type,Headline,Year,Month,Day,Time,End Year,Background,Media,Alt Text,Media Thumbnail,Display Date,Unknown',
        'title,In dates,,,,,,#123456,,,,,',
        'ERA,Before,-700,,,,1991,,,,,,',
        'era,Broken era,1991,,,,,,,,,,',
        ',Relations,"1,992",1,3,1:05 pm,,https://example.org/b.jpg,/a.svg,An image,/t.svg,3 January,',
      ].join('\n'),
      problems,
    );
    expect(data).to.deep.equal({
      title: { start_date: undefined, text: { headline: 'In dates', text: undefined }, background: { color: '#123456' } },
      eras: [{ start_date: { year: -700, month: '', day: '' }, end_date: { year: 1991, month: '', day: '' }, text: { headline: 'Before' } }],
      events: [
        {
          start_date: { year: 1992, month: 1, day: 3, hour: 13, minute: 5, second: 0 },
          text: { headline: 'Relations', text: undefined },
          display_date: '3 January',
          background: { url: 'https://example.org/b.jpg' },
          media: { url: '/a.svg', credit: undefined, caption: undefined, thumbnail: '/t.svg', alt: 'An image' },
        },
      ],
    });
    expect(problems).to.deep.equal([
      { field: 'header', message: 'has columns that are not read (unknown or repeated): Unknown' },
      { field: 'row 4, End Year', message: 'is empty; an era needs an end; the row is left out' },
    ]);
  });

  it('reads golden-bridge\'s own field names as plain events', () => {
    const problems: Problem[] = [];
    const data = readTimelineSheet('Date,End-Date,Title,Text,Link,Category\n2024-07,,Astana centre,"Plain, <b>not HTML</b>",https://example.org/,culture\n2025-09-02,2025-13,Beijing centre,,javascript:x,\n', problems);
    expect(data).to.deep.equal({
      events: [
        { date: '2024-07', title: 'Astana centre', text: 'Plain, <b>not HTML</b>', link: 'https://example.org/', category: 'culture' },
        { date: '2025-09-02', title: 'Beijing centre' },
      ],
    });
    expect(problems.map(problem => problem.field)).to.deep.equal(['row 3, End-Date', 'row 3, Link']);
  });

  it('names wrong cells by the header as written: Month, Time, Type, unsafe Media', () => {
    const problems: Problem[] = [];
    const data = readTimelineSheet('year,month,time,headline,type,media\n2024,13,,a,,\n2024,7,25:00,b,slide,javascript:alert(1)\n', problems);
    expect(data.events).to.have.length(1);
    expect(problems.map(problem => `${problem.field}: ${problem.message}`)).to.deep.equal([
      'row 2, month: makes 2024-13, a date that does not exist; the row is left out',
      'row 3, type: is neither "title" nor "era"; the row is read as an event',
      'row 3, time: is not a time of day (13:45, 1:45 PM); it is ignored',
      'row 3, media: is not a safe URL (http, https or relative); the media is left out',
    ]);
  });
});

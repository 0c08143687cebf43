import { expect } from '@open-wc/testing';
import type { Problem } from '../core/problems.js';
import { df } from '../test-helpers/timeline.js';
import { EVENTS_PER_TASK, eventDateText, groupLabel, parseEvents, parseEventsInTasks, readEventSource, type GroupBy, type RawEvent } from './timeline.model.js';
import type { TjsEra } from './timelinejs.js';

// The timeline's parse on its own: plain input in, plain model and problems out, nothing rendered.
// (The rich-text reader has its own tests; TimelineJS3 HTML is only passed through it here.)
function parse(raw: RawEvent[], groupBy: GroupBy = 'year', eras: TjsEra[] = []) {
  const problems: Problem[] = [];
  const model = parseEvents(raw, eras, groupBy, problems);
  return { model, problems, fields: problems.map(problem => problem.field) };
}

const LABELS = { decade: (start: string) => `${start}s`, undated: 'Undated' };
const ERAS: TjsEra[] = [{ start_date: { year: 1991 }, end_date: { year: 1999, month: 12, day: 31 }, text: { headline: 'The nineties' } }];

describe('readEventSource', () => {
  it('takes an array, { events }, or JSON text of either', () => {
    const events = [{ date: '1992', title: 'Relations' }];
    for (const given of [events, { events }, JSON.stringify(events), JSON.stringify({ events })]) {
      const problems: Problem[] = [];
      expect(readEventSource(given, 'events', problems)).to.deep.equal({ events, eras: [] });
      expect(problems).to.deep.equal([]);
    }
    expect(readEventSource(undefined, 'events', [])).to.equal(undefined);
  });

  it('converts TimelineJS3 slides, their eras and title', () => {
    const source = readEventSource(
      { title: { text: { headline: 'Forty years' } }, eras: ERAS, events: [{ start_date: { year: '1992', month: 1, day: 3 }, end_date: { year: -500 }, text: { headline: 'Relations', text: '<p>Set up.</p>' }, group: 'diplomacy', unique_id: 'rel' }] },
      'src',
      [],
    )!;
    expect(source.title).to.equal('Forty years');
    expect(source.eras).to.deep.equal(ERAS);
    expect(source.events.at(0)).to.deep.include({ date: '1992-01-03', 'end-date': '-0499', title: 'Relations', html: '<p>Set up.</p>', category: 'diplomacy', id: 'rel' });
  });

  it('reports TimelineJS3 eras whose dates cannot be read, or that are no era at all', () => {
    const problems: Problem[] = [];
    const eras = [{ start_date: { year: -500_000 }, end_date: { year: 2000 } }, { start_date: { year: 1991 }, end_date: { year: 'soon' } }, { start_date: { year: 1991 } }, 'an era', ...ERAS];
    readEventSource({ eras, events: [{ start_date: { year: 1992 }, text: { headline: 'Relations' } }] }, 'src', problems);
    expect(problems.map(p => `${p.field}: ${p.message}`)).to.deep.equal([
      'src.eras[0].start_date: is not a valid date; the era groups no events',
      'src.eras[1].end_date: is not a valid date; the era groups no events',
      'src.eras[2].end_date: is not a valid date; the era groups no events',
      'src.eras[3]: is not an era object (got a string); it groups no events',
    ]);
  });

  it('reports text that is not JSON, and JSON that holds no events', () => {
    const problems: Problem[] = [];
    expect(readEventSource('[{date: 2020', 'events', problems)).to.equal(undefined);
    expect(readEventSource({ items: [] }, 'events', problems)).to.equal(undefined);
    expect(readEventSource(null, 'src', problems, true), 'a fetched null').to.equal(undefined);
    // a fetched answer is decoded once: a JSON string inside it is no events
    expect(readEventSource('[]', 'src', problems, true)).to.equal(undefined);
    expect(problems.map(p => `${p.field}: ${p.message}`)).to.deep.equal([
      'events: is not valid JSON; no events are read from it',
      'events: expected an array of events or { events: [...] } but got an object',
      'src: expected an array of events or { events: [...] } but got null',
      'src: expected an array of events or { events: [...] } but got a string',
    ]);
  });
});

describe('parseEvents', () => {
  it('sorts by date whatever the order given, keeps undated events last, and groups them', () => {
    const { model, fields } = parse([
      { date: '2025-09-02', title: 'Centre opens', category: 'culture' },
      { title: 'Some day' },
      { date: '1991-12-16', title: 'Independence', category: 'diplomacy' },
      { date: '1992-01-03', title: 'Relations', category: 'diplomacy' },
    ]);
    expect(model.events.map(e => e.title)).to.deep.equal(['Independence', 'Relations', 'Centre opens', 'Some day']);
    expect(model.events.map(e => e.group)).to.deep.equal(['year:1991', 'year:1992', 'year:2025', 'undated']);
    expect(model.categories, 'in the order they are first met, by date').to.deep.equal(['diplomacy', 'culture']);
    expect(fields).to.deep.equal(['events[1].date']);
  });

  it('groups by decade, by era, or not at all', () => {
    const raw = [{ date: '1992', title: 'A' }, { date: '2005', title: 'B' }];
    expect(parse(raw, 'decade').model.events.map(e => e.group)).to.deep.equal(['decade:1990', 'decade:2000']);
    expect(parse(raw, 'era', ERAS).model.events.map(e => e.group)).to.deep.equal(['era:0', '']);
    expect(parse(raw, 'none').model.events.map(e => e.group)).to.deep.equal(['', '']);
  });

  it('keeps safe ids, makes the others from date and title, and never repeats one', () => {
    const { model } = parse([
      { date: '1992', title: 'Relations', id: 'rel' },
      { date: '1993', title: 'Дипломатия и мир' },
      { date: '1994', title: 'x', id: 'rel' },
      { date: '1995', title: 'y', id: 'has spaces & <b>' },
    ]);
    expect(model.events.map(e => e.id)).to.deep.equal(['rel', '1993-дипломатия-и-мир', 'rel-2', 'has-spaces-b']);
  });

  it('reads text, images, links and display dates, and leaves out what is unsafe', () => {
    const { model, fields } = parse([
      { date: '2020', title: 'A', text: ' Plain  text ', image: '/a.jpg', 'image-alt': 'Alt', caption: 'Cap', credit: 'Cred', link: 'https://example.org/', 'display-date': 'Spring 2020' },
      { date: '2021', title: 'B', image: 'javascript:x', link: 'javascript:alert(1)' },
    ]);
    const [a, b] = model.events;
    expect(a.text).to.deep.equal([[{ text: 'Plain text' }]]);
    expect(a.image).to.deep.equal({ src: '/a.jpg', alt: 'Alt', caption: 'Cap', credit: 'Cred' });
    expect(a).to.include({ link: 'https://example.org/', displayDate: 'Spring 2020' });
    expect([b.image, b.link]).to.deep.equal([undefined, undefined]);
    expect(fields).to.deep.equal(['events[1].image', 'events[1].link']);
  });

  it('reports a mistake repeated on many events once, counting the others', () => {
    const { problems, model } = parse([{ date: '2020' }, { date: '2021' }, { date: '2022' }, 7 as unknown as RawEvent, { date: '2025-13-45', title: 'x' }]);
    expect(problems.map(p => `${p.field}: ${p.message}`)).to.deep.equal([
      'events[0].title: is missing; the event is shown with its date and text only (and 2 more events)',
      'events[3]: is not an event object (got a number); it is skipped',
      'events[4].date: is not a valid ISO 8601 date',
    ]);
    expect(model.events).to.have.length(4);
    expect(model.events[3].start, 'an impossible date is no date').to.equal(undefined);
  });

  it('gives the same model and problems in tasks as in one go, yielding between batches', async () => {
    const raw = Array.from({ length: EVENTS_PER_TASK * 2 + 1 }, (_, i) => ({ date: String(2000 + (i % 30)), title: i % 1000 ? `E${i}` : undefined }));
    let yields = 0;
    const problems: Problem[] = [];
    const chunked = await parseEventsInTasks(raw, [], 'decade', problems, () => (yields++, Promise.resolve()));
    const whole = parse(raw, 'decade');
    // one task per batch (three, or more where a batch runs past TASK_MS on a slow engine), and
    // sorting in one of its own
    expect(yields).to.be.at.least(4);
    expect(chunked).to.deep.equal(whole.model);
    expect(problems).to.deep.equal(whole.problems);
  });
});

describe('eventDateText and groupLabel', () => {
  it('writes a date, a range or the author\'s display date, in the language given', () => {
    // sorted by start: 1992, 2025 (reversed), 2025-09 (range), 2026
    const [single, reversed, range, shown] = parse(
      [
        { date: '1992-01-03', title: 'a' },
        { date: '2025-09', 'end-date': '2025-10', title: 'b' },
        { date: '2025', 'end-date': '2020', title: 'c' },
        { date: '2026', 'display-date': 'Next year', title: 'd' },
      ],
      'none',
    ).model.events;
    expect(eventDateText(single, 'ru')).to.equal(df('ru', { year: 'numeric', month: 'long', day: 'numeric' }, Date.UTC(1992, 0, 3)));
    expect(eventDateText(range, 'en')).to.equal(`${df('en', { year: 'numeric', month: 'long' }, Date.UTC(2025, 8))} – ${df('en', { year: 'numeric', month: 'long' }, Date.UTC(2025, 9))}`);
    expect(eventDateText(reversed, 'en'), 'an end before the start is left out').to.equal(df('en', { year: 'numeric' }, Date.UTC(2025, 0)));
    expect(eventDateText(shown, 'en')).to.equal('Next year');
    expect(eventDateText(parse([{ title: 'undated' }]).model.events[0], 'en')).to.equal(undefined);
  });

  it('labels year, decade, era and undated groups', () => {
    expect(groupLabel('year:1992', [], 'zh-Hans', LABELS)).to.equal(df('zh-Hans', { year: 'numeric' }, Date.UTC(1992, 0)));
    expect(groupLabel('decade:1990', [], 'en', LABELS)).to.equal('1990s');
    expect(groupLabel('era:0', ERAS, 'en', LABELS)).to.equal('The nineties');
    expect(groupLabel('era:3', ERAS, 'en', LABELS)).to.equal('');
    expect(groupLabel('undated', [], 'en', LABELS)).to.equal('Undated');
  });
});

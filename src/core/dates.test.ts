import { expect } from '@open-wc/testing';
import { watchConsole } from '../test-helpers/console.js';
import { localeIntl } from '../test-helpers/intl.js';
import { formatCalendarDate, parseIsoDate, warmUpDateFormats } from './dates.js';

describe('core/dates', () => {
  it('reads year, year-month and full dates, with and without a time', () => {
    expect(parseIsoDate('2025')).to.include({ year: 2025, precision: 'year' });
    expect(parseIsoDate('2025-09')).to.include({ month: 9, precision: 'month' });
    expect(parseIsoDate('2025-09-02')).to.include({ day: 2, precision: 'day' });
    expect(parseIsoDate('2025-09-02T10:30:00Z')).to.include({ day: 2, precision: 'day' });
    expect(parseIsoDate('2016-12-31T23:59:60+05:45'), 'a leap second, an offset').to.include({ day: 31 });
    expect(parseIsoDate(' 1992-01-03 ')!.time).to.equal(Date.UTC(1992, 0, 3));
  });

  it('refuses impossible and malformed dates', () => {
    const badTimes = ['1991-12-16T25:00', '1991-12-16T10:60', '1991-12-16T10:30:61', '1991-12-16T10:30+24:00', '1991-12-16T10:30-05:75'];
    for (const bad of ['2025-13-45', '2025-02-29', '2025-00', '2025-04-31', '25-1-1', 'yesterday', '2025/09/02', '', ...badTimes]) {
      expect(parseIsoDate(bad), bad).to.equal(undefined);
    }
    expect(parseIsoDate('2024-02-29')).to.include({ day: 29 });
    expect(parseIsoDate('2000-02-29')).to.include({ day: 29 });
    expect(parseIsoDate('1900-02-29')).to.equal(undefined);
  });

  it('reaches before the common era and the far future', () => {
    const saka = parseIsoDate('-0700')!;
    expect(saka.year).to.equal(-700);
    const expected = new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', era: 'short' }).format(saka.time);
    expect(formatCalendarDate(saka, 'en')).to.equal(expected);
    expect(formatCalendarDate(saka, 'en')).to.match(/701/);
    expect(parseIsoDate('+12025-01-01')!.year).to.equal(12025);
  });

  it('formats at the precision given, in each language, as Intl does', () => {
    for (const lang of ['en', 'zh-Hans', 'kk', 'ru']) {
      const month = parseIsoDate('2024-07')!;
      expect(formatCalendarDate(month, lang)).to.equal(
        localeIntl(Intl.DateTimeFormat, lang, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(Date.UTC(2024, 6)),
      );
    }
  });

  it('builds the year and day formatters ahead of need, each in a task of its own', async () => {
    // A language no other test formats in, so no formatter of it is cached yet.
    const lang = 'mn';
    const native = Intl.DateTimeFormat;
    const built: { options: string; task: number }[] = [];
    let task = 0;
    const spy = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      if (args[0] === lang) built.push({ options: Object.keys(args[1] ?? {}).join(' '), task });
      return new native(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = spy;
    try {
      warmUpDateFormats(lang);
      expect(built, 'nothing in the caller\'s task').to.deep.equal([]);
      for (; task < 5; task++) await new Promise(resolve => setTimeout(resolve));
    } finally {
      Intl.DateTimeFormat = native;
    }
    expect(built.map(b => b.options)).to.deep.equal(['timeZone year', 'timeZone year month day']);
    expect(built[0].task, 'in separate tasks').to.be.lessThan(built[1].task);
    expect(built[0].task, 'after the locale data, in a task before').to.be.greaterThan(0);
    // later formatting reuses them
    Intl.DateTimeFormat = spy;
    try {
      formatCalendarDate(parseIsoDate('1991-12-16')!, lang);
    } finally {
      Intl.DateTimeFormat = native;
    }
    expect(built).to.have.length(2);
  });

  it('warms up nothing and throws nothing for a tag Intl rejects', async () => {
    const console = watchConsole();
    try {
      warmUpDateFormats('not a language tag!');
      for (let task = 0; task < 5; task++) await new Promise(resolve => setTimeout(resolve));
    } finally {
      console.restore();
    }
    expect(console.errors).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { formatCalendarDate, parseIsoDate } from './dates.js';
import { cachedFormat, languageName } from './intl.js';
import { engineLacks, fallbackFormat, ownFormat, type LocaleData } from './locale-fallback.js';
import { formatChange, formatFigure, spokenChange, type FigureOptions } from '../stat-badge/stat-badge.format.js';
import kk from '../locales/kk.js';
import uz from '../locales/uz.js';
import ky from '../locales/ky.js';

// Expected strings are CLDR 48's (kk, uz and ky), written from its patterns, never from an engine's
// Intl: Chromium has no Kazakh, Uzbek or Kyrgyz data, Firefox and WebKit have. \u00a0 is CLDR's group
// separator and the no-break space of its number patterns.
const usd = (notation: 'standard' | 'compact'): FigureOptions => ({ measure: { kind: 'currency', code: 'USD' }, notation });
const km: FigureOptions = { measure: { kind: 'unit', unit: 'kilometer' }, notation: 'standard' };
const plain = (notation: 'standard' | 'compact'): FigureOptions => ({ measure: { kind: 'number' }, notation });
const date = (iso: string, lang: string) => formatCalendarDate(parseIsoDate(iso)!, lang);

/** Every string a widget formats, as a widget formats it, and CLDR's form of it. */
const CASES: Record<string, [string, (lang: string) => string, string][]> = {
  kk: [
    ['year', lang => date('2025', lang), '2025'],
    ['month and year', lang => date('2025-09', lang), '2025 ж. қыркүйек'],
    ['full date', lang => date('2025-09-02', lang), '2025 ж. 2 қыркүйек'],
    ['year BCE', lang => date('-0500', lang), 'б.з.д. 501 ж.'],
    ['month BCE', lang => date('-0500-01', lang), 'б.з.д. 501 ж. қаңтар'],
    ['date in 1 BCE (year 0)', lang => date('0000-03-01', lang), 'б.з.д. 1 ж. 1 наурыз'],
    ['compact currency (млрд)', lang => formatFigure(43.82e9, lang, usd('compact')), '43,8\u00a0млрд\u00a0$'],
    ['compact currency, spoken', lang => formatFigure(43.82e9, lang, usd('compact'), true), '43,8 миллиард АҚШ доллары'],
    ['standard currency', lang => formatFigure(43.82e9, lang, usd('standard')), '43\u00a0820\u00a0000\u00a0000\u00a0$'],
    ['tenge', lang => formatFigure(1234567.5, lang, { measure: { kind: 'currency', code: 'KZT' }, notation: 'standard' }), '1\u00a0234\u00a0567,5\u00a0₸'],
    ['compact мың', lang => formatFigure(4380, lang, plain('compact')), '4,38\u00a0мың'],
    ['compact 10^5 (м.)', lang => formatFigure(600000, lang, plain('compact')), '600\u00a0м.'],
    ['compact млн, carried by rounding', lang => formatFigure(999950, lang, plain('compact')), '1\u00a0млн'],
    ['compact трлн', lang => formatFigure(2.5e12, lang, plain('compact')), '2,5\u00a0трлн'],
    ['negative compact', lang => formatFigure(-1234567, lang, plain('compact')), '-1,23\u00a0млн'],
    ['beyond compact: scientific', lang => formatFigure(2.345e15, lang, plain('compact')), '2,35E15'],
    ['unit, short', lang => formatFigure(2000, lang, km), '2\u00a0000 км'],
    ['unit, spoken', lang => formatFigure(2000, lang, km, true), '2\u00a0000 километр'],
    ['percent change', lang => formatChange(-6.8, lang, 'percent', plain('standard')), '6,8%'],
    ['percent change, spoken', lang => spokenChange(-6.8, lang, 'percent', plain('standard')), '6,8 пайыз'],
    ['absolute change', lang => formatChange(-2.79e9, lang, 'absolute', usd('compact')), '2,79\u00a0млрд\u00a0$'],
    ['count', lang => cachedFormat(Intl.NumberFormat, lang).format(12345.678), '12\u00a0345,678'],
    ['English, named', lang => languageName('en', lang), 'ағылшын тілі'],
    ['Chinese, named', lang => languageName('zh-Hans', lang), 'қытай тілі'],
    ['Kazakh, named', lang => languageName('kk', lang), 'қазақ тілі'],
    ['Russian, named', lang => languageName('ru', lang), 'орыс тілі'],
  ],
  uz: [
    ['month and year', lang => date('2025-09', lang), 'sentabr, 2025'],
    ['full date', lang => date('2025-09-02', lang), '2-sentabr, 2025'],
    ['year BCE', lang => date('-0500', lang), 'm.a. 501'],
    ['date BCE', lang => date('-0500-01-01', lang), '1-yanvar, m.a. 501'],
    ['compact currency (mlrd)', lang => formatFigure(43.82e9, lang, usd('compact')), '43,8\u00a0mlrd\u00a0US$'],
    ['compact currency, spoken', lang => formatFigure(43.82e9, lang, usd('compact'), true), '43,8 milliard AQSH dollari'],
    ['compact ming', lang => formatFigure(600000, lang, plain('compact')), '600\u00a0ming'],
    ['unit, spoken', lang => formatFigure(2000, lang, km, true), '2\u00a0000 kilometr'],
    ['percent change, spoken', lang => spokenChange(6.8, lang, 'percent', plain('standard')), '6,8 foiz'],
    ['English, named', lang => languageName('en', lang), 'inglizcha'],
  ],
  ky: [
    ['month and year', lang => date('2025-09', lang), '2025-ж., сентябрь'],
    ['full date', lang => date('2025-09-02', lang), '2025-ж., 2-сентябрь'],
    ['compact currency (млд)', lang => formatFigure(43.82e9, lang, usd('compact')), '43,8\u00a0млд\u00a0USD'],
    ['compact миң', lang => formatFigure(600000, lang, plain('compact')), '600\u00a0миң'],
    ['English, named', lang => languageName('en', lang), 'англисче'],
  ],
};

describe('core/locale-fallback', () => {
  before(async () => {
    // The optional modules, as a page adds them: import 'golden-bridge/locales/uz'.
    await Promise.all([import('../locales/uz.js'), import('../locales/ky.js')]);
  });

  for (const [lang, cases] of Object.entries(CASES)) {
    it(`formats ${lang} as CLDR does, with this engine's data or golden-bridge's`, () => {
      for (const [what, format, expected] of cases) expect(format(lang), `${lang}: ${what}`).to.equal(expected);
    });
  }

  it('formats from golden-bridge\'s own data as CLDR does, in every engine', () => {
    const data: Record<string, LocaleData> = { kk, uz, ky };
    for (const [lang, cases] of Object.entries(CASES)) {
      // The same cases through the data alone, however complete this engine's Intl is: a locale
      // registered under a language no engine has, with the data of `lang`.
      const registry = (globalThis as unknown as Record<symbol, Record<string, LocaleData>>)[Symbol.for('golden-bridge.locales')];
      const alias = `x${lang}`.padEnd(5, 'x').slice(0, 5);
      registry[alias] = data[lang];
      try {
        expect(engineLacks(alias), alias).to.equal(true);
        for (const [what, format, expected] of cases) {
          // Plural rules are the engine's: a language it does not know counts as English, which
          // picks the same forms as Kazakh and Uzbek for these numbers.
          expect(format(alias), `${lang} data: ${what}`).to.equal(expected);
        }
      } finally {
        delete registry[alias];
      }
    }
  });

  it('keeps the engine\'s own Intl for locales it has', () => {
    for (const lang of ['en', 'ru', 'zh-Hans', 'de']) {
      expect(engineLacks(lang), lang).to.equal(false);
      expect(fallbackFormat(Intl.DateTimeFormat, lang, { timeZone: 'UTC', year: 'numeric' }), lang).to.equal(undefined);
      expect(cachedFormat(Intl.NumberFormat, lang, { notation: 'compact' }), lang).to.be.instanceOf(Intl.NumberFormat);
      expect(cachedFormat(Intl.DisplayNames, lang, { type: 'language' }), lang).to.be.instanceOf(Intl.DisplayNames);
    }
    expect(date('2025-09-02', 'ru')).to.equal('2 сентября 2025 г.');
    expect(formatFigure(43.82e9, 'en', usd('compact'))).to.equal('$43.8B');
  });

  it('is not used for a script its data is not written in, nor for options it does not cover', () => {
    expect(fallbackFormat(Intl.NumberFormat, 'uz-Arab', {})).to.equal(undefined);
    expect(ownFormat(Intl.DateTimeFormat, kk, 'kk', { timeZone: 'UTC', year: 'numeric', weekday: 'long' })).to.equal(undefined);
    expect(ownFormat(Intl.DisplayNames, kk, 'kk', { type: 'region' })).to.equal(undefined);
    expect(ownFormat(Intl.PluralRules, kk, 'kk', {})).to.equal(undefined);
  });

  it('names a unit it carries no data for with the engine\'s unit after the locale\'s digits', () => {
    const mile = ownFormat(Intl.NumberFormat, kk, 'kk', { style: 'unit', unit: 'mile' }) as Intl.NumberFormat;
    expect(mile.format(2000)).to.equal('2\u00a0000 mi');
  });
});

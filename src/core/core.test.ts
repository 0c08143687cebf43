import { expect } from '@open-wc/testing';
import { define } from './define.js';
import { formatCalendarDate, parseIsoDate, warmUpDateFormats } from './dates.js';
import { canonicalLocale, languageName, memoize } from './intl.js';
import { pickTranslation, resolveLanguage } from './language.js';
import '../quote-card/index.js';
import { describeValue } from './problems.js';
import { collapseWhitespace, initials, readText } from './text.js';
import type { Problem } from './problems.js';
import { readUrl, safeUrl } from './url.js';
import { watchConsole } from '../test-helpers/console.js';
import { localeIntl } from '../test-helpers/intl.js';

describe('core/define', () => {
  it('defines once, ignores the same class, and warns once for another class', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const console = watchConsole();
    try {
      define('gb-test-define', First);
      define('gb-test-define', First);
      define('gb-test-define', Second);
      define('gb-test-define', Second);
    } finally {
      console.restore();
    }
    expect(customElements.get('gb-test-define')).to.equal(First);
    expect(console.warnings).to.have.length(1);
    expect(String(console.warnings[0][0])).to.contain('<gb-test-define> is already defined');
  });
});

describe('core/dates', () => {
  it('reads year, year-month and full dates, with and without a time', () => {
    expect(parseIsoDate('2025')).to.include({ year: 2025, precision: 'year' });
    expect(parseIsoDate('2025-09')).to.include({ month: 9, precision: 'month' });
    expect(parseIsoDate('2025-09-02')).to.include({ day: 2, precision: 'day' });
    expect(parseIsoDate('2025-09-02T10:30:00Z')).to.include({ day: 2, precision: 'day' });
    expect(parseIsoDate(' 1992-01-03 ')!.time).to.equal(Date.UTC(1992, 0, 3));
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of ['2025-13-45', '2025-02-29', '2025-00', '2025-04-31', '25-1-1', 'yesterday', '2025/09/02', '']) {
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

describe('core/url', () => {
  it('accepts http, https, mailto and relative URLs', () => {
    for (const ok of ['https://astanatimes.com/', 'http://example.org/a?b#c', 'mailto:press@example.org', '/photo.jpg', 'photo.jpg', '#event-3', '//cdn.example.org/x.js']) {
      expect(safeUrl(ok), ok).to.equal(ok);
    }
  });

  it('refuses script-bearing and other schemes however they are dressed', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'java\tscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/y', '']) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(undefined);
    }
    expect(safeUrl('mailto:a@b.c', ['http:', 'https:'])).to.equal(undefined);
  });

  it('reports an unsafe or non-string URL as a problem', () => {
    const problems: Problem[] = [];
    expect(readUrl('javascript:x', 'href', problems)).to.equal(undefined);
    expect(readUrl(42, 'href', problems)).to.equal(undefined);
    expect(readUrl(undefined, 'href', problems)).to.equal(undefined);
    expect(problems.map(p => p.field)).to.deep.equal(['href', 'href']);
  });
});

describe('core/text', () => {
  it('collapses HTML whitespace only', () => {
    expect(collapseWhitespace('  a \n\t b  ')).to.equal('a b');
    expect(collapseWhitespace('a\u00a0b')).to.equal('a\u00a0b');
  });

  it('cuts long text without splitting a surrogate pair', () => {
    const problems: Problem[] = [];
    const text = readText('a'.repeat(9) + '😀😀', 'field', problems, 10)!;
    expect(text).to.equal(`${'a'.repeat(9)}…`);
    expect(problems).to.have.length(1);
  });

  it('refuses values that are not text', () => {
    const problems: Problem[] = [];
    for (const value of [42, {}, [], true]) expect(readText(value, 'f', problems)).to.equal(undefined);
    expect(problems.map(p => p.message)).to.deep.equal([
      'expected text but got a number; it is ignored',
      'expected text but got an object; it is ignored',
      'expected text but got an array; it is ignored',
      'expected text but got a boolean; it is ignored',
    ]);
  });

  it('makes initials in any script', () => {
    expect(initials('Kassym-Jomart Tokayev', 'en')).to.equal('KT');
    expect(initials('Қасым-Жомарт Тоқаев', 'kk')).to.equal('ҚТ');
    expect(initials('孙业礼', 'zh')).to.equal('孙');
    expect(initials('«Aida» Balayeva', 'en')).to.equal('AB');
    expect(initials('محمد علي', 'ar')).to.equal('مع');
    expect(initials('', 'en')).to.equal('');
    // A letter keeps the combining marks written after it: the initial is "É", not a bare "E".
    expect(initials('E\u0301mile Zola', 'fr')).to.equal('E\u0301Z');
    expect(initials('Ä\u0308 Ya', 'en')).to.equal('Ä\u0308Y');
  });

  it('shortens values for logs', () => {
    expect(describeValue('x'.repeat(500))).to.match(/… \(500 characters\)$/);
    expect(describeValue({ a: 1 })).to.equal('{"a":1}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).to.equal('[object Object]');
  });
});

describe('core/language', () => {
  it('resolves own lang, then ancestors through shadow roots, then en', () => {
    const outer = document.createElement('div');
    outer.lang = 'kk';
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    outer.append(host);
    document.body.append(outer);
    try {
      expect(resolveLanguage(inner).lang).to.equal('kk');
      inner.lang = 'zh-hans';
      expect(resolveLanguage(inner).lang).to.equal('zh-Hans');
      inner.lang = 'not a tag!';
      expect(resolveLanguage(inner)).to.deep.equal({ lang: 'en', invalid: 'not a tag!' });
    } finally {
      outer.remove();
    }
    const loose = document.createElement('p');
    const documentLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    expect(resolveLanguage(loose).lang).to.equal('en');
    if (documentLang !== null) document.documentElement.setAttribute('lang', documentLang);
  });

  it('picks UI strings: any Chinese to zh-Hans, kk, ru, else English', () => {
    const table = { en: 'en', 'zh-Hans': 'zh', kk: 'kk', ru: 'ru' };
    expect(pickTranslation(table, 'zh-CN')).to.deep.equal({ lang: 'zh-Hans', strings: 'zh' });
    expect(pickTranslation(table, 'zh-Hant-TW').lang).to.equal('zh-Hans');
    expect(pickTranslation(table, 'kk-KZ').lang).to.equal('kk');
    expect(pickTranslation(table, 'ru').lang).to.equal('ru');
    expect(pickTranslation(table, 'ar').lang).to.equal('en');
    expect(pickTranslation(table, '!!').lang).to.equal('en');
  });

  it('names languages as Intl does, by their language alone', () => {
    expect(languageName('zh-Hans', 'ru')).to.equal(new Intl.DisplayNames('ru', { type: 'language' }).of('zh'));
    expect(languageName('not a tag', 'en')).to.equal('not a tag');
  });
});

describe('core/intl memoize', () => {
  it('computes each key once, and forgets everything when full rather than growing', () => {
    const calls: string[] = [];
    const length = memoize(key => {
      calls.push(key);
      return key.length;
    });
    expect([length('USD'), length('USD'), length('kilometer')]).to.deep.equal([3, 3, 9]);
    expect(calls).to.deep.equal(['USD', 'kilometer']);
    for (let i = 0; i < 300; i++) length(`key-${i}`);
    length('USD');
    expect(calls.filter(key => key === 'USD'), 'recomputed after the map was emptied').to.have.length(2);
  });

  it('gives the canonical form of a language tag, or nothing for a malformed one', () => {
    expect(canonicalLocale('zh-hans')).to.equal('zh-Hans');
    expect(canonicalLocale('KK')).to.equal('kk');
    expect(canonicalLocale('not a tag')).to.equal(undefined);
  });
});

describe('core/first-render', () => {
  const task = () => new Promise(resolve => setTimeout(resolve));
  function cards(count: number): HTMLElement {
    const container = document.createElement('div');
    for (let i = 0; i < count; i++) {
      const card = document.createElement('gb-quote-card');
      card.innerHTML = `<blockquote>Quote ${i}</blockquote><span slot="speaker">Kassym-Jomart Tokayev</span>`;
      container.append(card);
    }
    return container;
  }
  const drawn = (card: Element) => card.shadowRoot?.querySelector('[part=base]') != null;
  const pendingSelector = CSS.supports('selector(:state(gb-pending))') ? ':state(gb-pending)' : undefined;

  it('starts drawing a few widgets within the task that upgraded them, waiting for no frame', async () => {
    const container = cards(20);
    document.body.append(container);
    try {
      await task();
      expect([...container.children].filter(drawn)).to.not.be.empty;
    } finally {
      container.remove();
    }
  });

  it('spreads the first renders of a thousand widgets over tasks, light DOM showing meanwhile, and draws them all', async () => {
    const container = cards(1000);
    document.body.append(container);
    try {
      await task();
      const all = [...container.children];
      const afterFirstSlice = all.filter(drawn).length;
      expect(afterFirstSlice, 'some drawn in the first slice').to.be.greaterThan(0);
      expect(afterFirstSlice, 'not all in one slice').to.be.lessThan(1000);
      const waiting = all.find(card => !drawn(card))!;
      expect(waiting.shadowRoot, 'no shadow root hides the light DOM of a waiting widget').to.equal(null);
      expect(waiting.querySelector('blockquote')!.getClientRects().length, 'its light DOM is laid out').to.be.greaterThan(0);
      if (pendingSelector) {
        expect(waiting.matches(pendingSelector)).to.equal(true);
        expect(all[0].matches(pendingSelector), 'a drawn widget has left the pending state').to.equal(false);
      }
      await (all[999] as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(all.filter(drawn)).to.have.length(1000);
    } finally {
      container.remove();
    }
  });

  it('skips a widget that leaves the page before its turn, and draws it when it comes back', async () => {
    const container = cards(600);
    document.body.append(container);
    const last = container.lastElementChild!;
    last.remove();
    try {
      while ([...container.children].some(card => !drawn(card))) await task();
      expect(last.shadowRoot, 'not drawn while away').to.equal(null);
      container.append(last);
      await (last as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(drawn(last)).to.equal(true);
    } finally {
      container.remove();
    }
  });
});

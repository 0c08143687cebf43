import { expect } from '@open-wc/testing';
import type { Problem } from './problems.js';
import { collapseWhitespace, describeType, initials, readChoice, readLang, readText } from './text.js';

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

  it('keeps empty text as none, quietly', () => {
    const problems: Problem[] = [];
    for (const value of ['', '  \n ', undefined, null]) expect(readText(value, 'f', problems)).to.equal(undefined);
    expect(problems).to.deep.equal([]);
  });

  it('reads a language tag in its canonical form, and says when one is bad or missing', () => {
    const problems: Problem[] = [];
    expect(readLang('ZH-hans', 'lang', problems)).to.equal('zh-Hans');
    expect(readLang(undefined, 'lang', problems), 'absent and not required').to.equal(undefined);
    expect(problems).to.deep.equal([]);
    expect(readLang('english!', 'lang', problems)).to.equal(undefined);
    expect(readLang('', 'quote-lang', problems, 'has no language')).to.equal(undefined);
    expect(problems.map(p => [p.field, p.message])).to.deep.equal([
      ['lang', 'is not a valid language tag; it is ignored'],
      ['quote-lang', 'has no language'],
    ]);
  });

  it('reads a choice among the allowed, else the fallback with a problem', () => {
    const problems: Problem[] = [];
    const layouts = ['stacked', 'toggle'] as const;
    expect(readChoice('toggle', 'layout', layouts, 'stacked', problems)).to.equal('toggle');
    expect(readChoice('', 'layout', layouts, 'stacked', problems)).to.equal('stacked');
    expect(problems).to.deep.equal([]);
    expect(readChoice('Toggle', 'layout', layouts, 'stacked', problems), 'case matters').to.equal('stacked');
    expect(problems).to.deep.equal([{ field: 'layout', message: 'must be one of stacked, toggle; "stacked" is used', value: 'Toggle' }]);
  });

  it('names types for messages', () => {
    expect([null, [], {}, 1, 'x', true].map(describeType)).to.deep.equal(['null', 'an array', 'an object', 'a number', 'a string', 'a boolean']);
  });
});

import { expect } from '@open-wc/testing';
import type { Problem } from '../core/problems.js';
import { TRADE, nf } from './stat-badge.fixtures.js';
import { parseStatBadge, readStatBadgeLightDom, type StatBadgeInput } from './stat-badge.model.js';

// The badge's parse on its own: plain input in, plain model and problems out, nothing rendered.
function parse(props: StatBadgeInput, light: StatBadgeInput = {}, lang = 'en') {
  const problems: Problem[] = [];
  const model = parseStatBadge(props, light, lang, problems);
  return { model, fields: problems.map(problem => problem.field), problems };
}

const compactUsd = (lang: string, value: number) => nf(lang, { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }, value);

describe('parseStatBadge', () => {
  it('formats a whole figure with its change, date, source and series, and in words for a screen reader', () => {
    const { model, problems } = parse({
      value: TRADE,
      currency: 'usd',
      notation: 'compact',
      change: '6.8',
      changePeriod: 'year on year',
      label: '  China–Kazakhstan\n trade ',
      asOf: '2024',
      source: 'Customs',
      sourceUrl: 'https://english.customs.gov.cn/',
      sparkline: '[1, 2, 3, 5]',
    });
    expect(problems).to.deep.equal([]);
    expect(model.number).to.equal(TRADE);
    expect(model.display).to.equal(compactUsd('en', TRADE));
    expect(model.figure).to.deep.equal({ measure: { kind: 'currency', code: 'USD' }, notation: 'compact', precision: undefined });
    expect(model.label).to.equal('China–Kazakhstan trade');
    expect(model.asOf).to.deep.equal({ datetime: '2024', text: '2024' });
    const percent = nf('en', { style: 'percent', maximumFractionDigits: 2 }, 0.068);
    expect(model.change).to.deep.include({ direction: 'up', tone: 'good', text: `up ${percent}` });
    expect(model.changePeriod).to.equal('year on year');
    expect(model.source).to.deep.equal({ text: 'Customs', url: 'https://english.customs.gov.cn/' });
    expect(model.sparkline!.points).to.deep.equal([1, 2, 3, 5]);
    expect(model.sparkline!.description).to.equal('Trend over 4 values, from $1 to $5');
    expect(model.figureWords).to.match(/^43\.8 billion US dollars$/);
    expect(model.change!.words).to.equal('up 6.8 percent');
    expect(model.uiLang).to.equal('en');
  });

  it('lets attributes and properties win over light DOM, field by field', () => {
    const { model, problems } = parse({ label: 'From the attribute', value: '5' }, { value: '7', valueText: 'seven', label: 'From the light DOM', asOf: '2023-05', source: 'Light source' });
    expect(problems).to.deep.equal([]);
    expect(model.number).to.equal(5);
    expect(model.label).to.equal('From the attribute');
    expect(model.asOf!.datetime).to.equal('2023-05');
    expect(model.source).to.deep.equal({ text: 'Light source', url: undefined });
  });

  it('reads the change\'s direction, tone and kind', () => {
    expect(parse({ value: 1, change: -2, goodDirection: 'down' }).model.change).to.include({ direction: 'down', tone: 'good' });
    expect(parse({ value: 1, change: -2 }).model.change).to.include({ direction: 'down', tone: 'bad' });
    expect(parse({ value: 1, change: 0 }, {}, 'zh-Hans').model.change).to.include({ direction: 'flat', tone: 'neutral', text: '持平' });
    const absolute = parse({ value: TRADE, currency: 'USD', notation: 'compact', change: 2.79e9, changeKind: 'absolute' }).model.change!;
    expect(absolute.text).to.equal(`up ${compactUsd('en', 2.79e9)}`);
    expect(parse({ value: 1, changePeriod: 'a year' }).model.changePeriod, 'no period without a change').to.equal(undefined);
  });

  it('picks the UI language by the element\'s, and falls back to English', () => {
    expect(parse({ value: 1 }, {}, 'kk-KZ').model.uiLang).to.equal('kk');
    expect(parse({ value: 1 }, {}, 'ar').model.uiLang).to.equal('en');
  });

  it('keeps the author\'s text when the value is not a number, with one problem', () => {
    const light = parse({}, { valueText: 'about $44 billion' });
    expect(light.model.display).to.equal('about $44 billion');
    expect(light.model.number).to.equal(undefined);
    expect(light.fields).to.deep.equal(['value']);
    const attribute = parse({ value: 'forty-four' });
    expect(attribute.model.display).to.equal('forty-four');
    expect(attribute.fields).to.deep.equal(['value']);
    expect(parse({}).problems.map(p => p.message)).to.deep.equal(['is missing: give a <data value="…"> or the value attribute']);
  });

  it('collects every problem and goes on: currency, notation, precision, change, URL, series', () => {
    const { model, fields } = parse({
      value: '1000',
      currency: 'dollars!',
      notation: 'huge',
      precision: '2.5',
      change: 'a lot',
      sourceUrl: 'javascript:alert(1)',
      source: 'Customs',
      sparkline: '1,,2',
      asOf: '2025-13-45',
    });
    expect(fields).to.have.members(['currency', 'notation', 'precision', 'change', 'source-url', 'sparkline', 'as-of']);
    expect(model.display).to.equal('1,000 dollars!');
    expect([model.change, model.sparkline, model.asOf]).to.deep.equal([undefined, undefined, undefined]);
    expect(model.source).to.deep.equal({ text: 'Customs', url: undefined });
    expect(parse({ value: 1, currency: 'XQZ' }).model.figure!.measure, 'unknown but well-formed code').to.deep.equal({ kind: 'currency', code: 'XQZ' });
  });

  it('tells an Intl unit from a free noun', () => {
    expect(parse({ value: 2000, unit: 'kilometer' }).model.figure!.measure).to.deep.equal({ kind: 'unit', unit: 'kilometer' });
    expect(parse({ value: 2000, unit: 'trips' }).model.figure!.measure).to.deep.equal({ kind: 'noun', noun: 'trips' });
  });

  it('keeps the last 500 values of a long series, with a problem', () => {
    const { model, problems } = parse({ value: 1, sparkline: Array.from({ length: 600 }, (_, i) => i) });
    expect(model.sparkline!.points).to.have.length(500);
    expect(model.sparkline!.points[0]).to.equal(100);
    expect(problems.map(p => p.message)).to.deep.equal(['has 600 values; only the last 500 are drawn']);
  });
});

describe('readStatBadgeLightDom', () => {
  it('reads <data>, the label, the as-of <time> and the source link, ignoring a nested widget', () => {
    const host = document.createElement('gb-stat-badge');
    host.innerHTML = `<data value="43820000000">$43.82 billion</data><span slot="label">Trade</span>
      <time slot="as-of" datetime="2024">2024</time><span slot="source"><a href="https://example.org/">Customs</a></span>
      <gb-quote-card><span slot="label">not the badge's</span></gb-quote-card>`;
    expect(readStatBadgeLightDom(host)).to.deep.equal({
      value: '43820000000',
      valueText: '$43.82 billion',
      label: 'Trade',
      labelLang: undefined,
      asOf: '2024',
      source: 'Customs',
      sourceLang: undefined,
      sourceUrl: 'https://example.org/',
    });
    expect(readStatBadgeLightDom(document.createElement('gb-stat-badge'))).to.deep.equal({
      value: undefined,
      valueText: undefined,
      label: undefined,
      labelLang: undefined,
      asOf: undefined,
      source: undefined,
      sourceLang: undefined,
      sourceUrl: undefined,
    });
  });
});

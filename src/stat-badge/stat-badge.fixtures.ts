import { html } from 'lit';
import './index.js';
import { localeIntl } from '../test-helpers/intl.js';

// What the stat badge and stat group tests share: one figure, by light DOM, attributes and
// properties, and Intl's own formatting to compare with (each engine ships its own CLDR).
export const TRADE = 43_820_000_000;
export const LABEL = 'China–Kazakhstan trade';
export const SOURCE = 'General Administration of Customs of China';
export const SOURCE_URL = 'https://english.customs.gov.cn/';

/** The number as this engine's Intl writes it. */
export const nf = (lang: string, options: Intl.NumberFormatOptions, value: number): string => localeIntl(Intl.NumberFormat, lang, options).format(value);

/** Trade in US dollars with its change: what only attributes or properties can give stays an attribute here. */
export function lightBadge(lang = 'en') {
  return html`<gb-stat-badge lang=${lang} currency="USD" notation="compact" change="6.8" change-period="year on year" sparkline="1,2,3,5">
    <data value=${String(TRADE)}>$43.82 billion</data>
    <span slot="label">${LABEL}</span>
    <time slot="as-of" datetime="2024">2024</time>
    <a slot="source" href=${SOURCE_URL}>${SOURCE}</a>
  </gb-stat-badge>`;
}

export function attributeBadge(lang = 'en') {
  return html`<gb-stat-badge lang=${lang} value=${String(TRADE)} currency="USD" notation="compact" change="6.8" change-period="year on year"
    sparkline="1,2,3,5" label=${LABEL} as-of="2024" source=${SOURCE} source-url=${SOURCE_URL}></gb-stat-badge>`;
}

/** The same figure as properties, numbers as numbers, on an element made by script. */
export function propertyBadge(lang = 'en'): HTMLElement {
  const badge = document.createElement('gb-stat-badge');
  badge.lang = lang;
  Object.assign(badge, {
    value: TRADE,
    currency: 'USD',
    notation: 'compact',
    change: 6.8,
    changePeriod: 'year on year',
    sparkline: [1, 2, 3, 5],
    label: LABEL,
    asOf: '2024',
    source: SOURCE,
    sourceUrl: SOURCE_URL,
  });
  return badge;
}

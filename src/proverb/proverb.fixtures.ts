import { html } from 'lit';
import './index.js';

// What the proverb tests share: one saying in Chinese with pinyin, English and Russian, by light DOM,
// attributes (JSON) and properties, and one in Kazakh.
export const ORIGINAL = '一花独放不是春，百花齐放春满园';
export const PINYIN = 'yī huā dú fàng bù shì chūn, bǎi huā qí fàng chūn mǎn yuán';
export const ENGLISH = 'One flower does not make spring, it comes when all the flowers bloom.';
export const RUSSIAN = 'Один цветок — ещё не весна.';
export const KAZAKH = 'Бірлік бар жерде тірлік бар.';
export const KAZAKH_ENGLISH = 'Where there is unity, there is life.';
const ATTRIBUTION = 'Kassym-Jomart Tokayev, Beijing, 2 September 2025';

const original = { text: ORIGINAL, lang: 'zh-Hans', romanization: PINYIN };
const translations = [
  { text: ENGLISH, lang: 'en' },
  { text: RUSSIAN, lang: 'ru' },
];

export function lightProverb(layout = 'interlinear') {
  return html`<gb-proverb layout=${layout} lang="en">
    <p lang="zh-Hans" data-romanization=${PINYIN}>${ORIGINAL}</p>
    <p lang="en">${ENGLISH}</p>
    <p lang="ru">${RUSSIAN}</p>
    <footer slot="attribution">Kassym-Jomart Tokayev, Beijing, <time datetime="2025-09-02">2 September 2025</time></footer>
  </gb-proverb>`;
}

export function attributeProverb(layout = 'interlinear') {
  return html`<gb-proverb layout=${layout} lang="en" original=${JSON.stringify(original)} translations=${JSON.stringify(translations)}
    attribution=${ATTRIBUTION}></gb-proverb>`;
}

/** The same saying as properties, objects as objects, on an element made by script. */
export function propertyProverb(layout = 'interlinear'): HTMLElement {
  return Object.assign(document.createElement('gb-proverb'), { lang: 'en', layout, original, translations, attribution: ATTRIBUTION });
}

import { html } from 'lit';
import './index.js';

// The content the quote card tests share: one quotation, by light DOM, attributes and properties.
export const QUOTE = 'Art and culture are a golden bridge that unites different nations.';
export const SPEAKER = 'Kassym-Jomart Tokayev';
export const ROLE = 'President of Kazakhstan';
export const SOURCE = 'Akorda';
export const SOURCE_URL = 'https://www.akorda.kz/en';
// A photo the test server really serves, so "loaded" and "broken" can both be tested.
export const PHOTO = '/src/test-helpers/portrait.svg';

export function lightCard(lang = 'en') {
  return html`<gb-quote-card variant="card" lang=${lang}>
    <blockquote lang="en">${QUOTE}</blockquote>
    <span slot="speaker">${SPEAKER}</span>
    <span slot="role">${ROLE}</span>
    <img slot="photo" src=${PHOTO} alt="Kassym-Jomart Tokayev speaking in Beijing" />
    <time slot="date" datetime="2025-09-02">2 September 2025</time>
    <a slot="source" href=${SOURCE_URL}>${SOURCE}</a>
  </gb-quote-card>`;
}

export function attributeCard(lang = 'en') {
  return html`<gb-quote-card
    variant="card"
    lang=${lang}
    quote=${QUOTE}
    quote-lang="en"
    speaker=${SPEAKER}
    speaker-role=${ROLE}
    photo=${PHOTO}
    photo-alt="Kassym-Jomart Tokayev speaking in Beijing"
    date="2025-09-02"
    source=${SOURCE}
    source-url=${SOURCE_URL}
  ></gb-quote-card>`;
}

/** The same content as properties, on an element made by script. */
export function propertyCard(lang = 'en'): HTMLElement {
  const card = document.createElement('gb-quote-card');
  Object.assign(card, {
    variant: 'card',
    quote: QUOTE,
    quoteLang: 'en',
    speaker: SPEAKER,
    speakerRole: ROLE,
    photo: PHOTO,
    photoAlt: 'Kassym-Jomart Tokayev speaking in Beijing',
    date: '2025-09-02',
    source: SOURCE,
    sourceUrl: SOURCE_URL,
  });
  card.lang = lang;
  return card;
}

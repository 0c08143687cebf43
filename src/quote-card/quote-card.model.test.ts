import { expect } from '@open-wc/testing';
import type { Problem } from '../core/problems.js';
import { parseQuoteCard, readQuoteCardLightDom, type QuoteCardInput } from './quote-card.model.js';
import { PHOTO, QUOTE, ROLE, SOURCE, SOURCE_URL, SPEAKER } from './quote-card.fixtures.js';

// The quote card's parse on its own: plain input in, plain model and problems out, nothing rendered.
function parse(props: QuoteCardInput, light: QuoteCardInput = {}, lang = 'en', brokenPhoto?: string) {
  const problems: Problem[] = [];
  const model = parseQuoteCard(props, light, lang, problems, brokenPhoto);
  return { model, fields: problems.map(problem => problem.field), problems };
}

const dateIn = (lang: string) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(Date.UTC(2025, 8, 2));

describe('parseQuoteCard', () => {
  it('reads every field, formats the date in the card\'s language, and keeps the photo', () => {
    const { model, problems } = parse(
      { quote: `  ${QUOTE}\n`, quoteLang: 'EN', speaker: SPEAKER, speakerRole: ROLE, photo: PHOTO, photoAlt: 'Portrait', date: '2025-09-02', source: SOURCE, sourceUrl: SOURCE_URL, variant: 'hero' },
      {},
      'ru',
    );
    expect(problems).to.deep.equal([]);
    expect(model).to.deep.equal({
      variant: 'hero',
      quote: { text: QUOTE, lang: 'en' },
      speaker: SPEAKER,
      role: ROLE,
      photo: { src: PHOTO, alt: 'Portrait' },
      date: { datetime: '2025-09-02', text: dateIn('ru') },
      source: { text: SOURCE, url: SOURCE_URL },
    });
  });

  it('lets attributes and properties win over light DOM, field by field', () => {
    const { model } = parse({ speaker: 'Sun Yeli' }, { quote: QUOTE, speaker: SPEAKER, speakerRole: ROLE, variant: 'pull' });
    expect(model).to.deep.include({ speaker: 'Sun Yeli', role: ROLE, variant: 'pull', quote: { text: QUOTE, lang: undefined } });
  });

  it('shows initials in place of a missing or broken photo, in the card\'s language', () => {
    expect(parse({ quote: QUOTE, speaker: 'Қасым-Жомарт Тоқаев' }, {}, 'kk').model.initials).to.equal('ҚТ');
    const broken = parse({ quote: QUOTE, speaker: SPEAKER, photo: PHOTO }, {}, 'en', PHOTO);
    expect(broken.model.photo).to.equal(undefined);
    expect(broken.model.initials).to.equal('KT');
    expect(broken.fields).to.deep.equal(['photo']);
    expect(parse({ quote: QUOTE, speaker: SPEAKER, photo: PHOTO }).model.initials, 'none beside a photo').to.equal(undefined);
  });

  it('keeps a translation\'s original, and the light DOM\'s own date text when the date is not machine-readable', () => {
    const { model } = parse({ quote: QUOTE, original: '金桥', originalLang: 'zh-Hans' }, { dateText: 'in September' });
    expect(model.original).to.deep.equal({ text: '金桥', lang: 'zh-Hans' });
    expect(model.date).to.deep.equal({ text: 'in September' });
  });

  it('uses the source URL as its text when there is no other', () => {
    expect(parse({ quote: QUOTE, sourceUrl: SOURCE_URL }).model.source).to.deep.equal({ text: SOURCE_URL, url: SOURCE_URL });
  });

  it('collects every problem and goes on', () => {
    const { model, fields } = parse({
      speaker: 42,
      photo: 'javascript:alert(1)',
      sourceUrl: 'data:text/html,x',
      source: SOURCE,
      date: '2025-13-45',
      variant: 'poster',
      quoteLang: 'english!',
      quote: QUOTE,
    });
    expect(fields).to.have.members(['speaker', 'photo', 'source-url', 'date', 'variant', 'quote-lang']);
    expect(model.variant).to.equal('card');
    expect(model.quote).to.deep.equal({ text: QUOTE, lang: undefined });
    expect(model.source).to.deep.equal({ text: SOURCE, url: undefined });
    expect([model.speaker, model.photo, model.date]).to.deep.equal([undefined, undefined, undefined]);
    expect(parse({}).problems.map(p => p.message)).to.deep.equal(['is missing: give a <blockquote> or the quote attribute']);
    expect(parse({ quote: 7 }).fields, 'a wrong type is reported once, not as missing too').to.deep.equal(['quote']);
    expect(parse({ quote: QUOTE, photo: 'http://example.org/a.jpg' }).fields, 'http photos are allowed').to.deep.equal([]);
    expect(parse({ quote: QUOTE, photo: 'mailto:a@b.c' }).fields, 'a photo is not a mail link').to.deep.equal(['photo']);
  });
});

describe('readQuoteCardLightDom', () => {
  it('reads the quote, original, speaker, role, photo, date and source link, ignoring a nested widget', () => {
    const host = document.createElement('gb-quote-card');
    host.innerHTML = `<blockquote lang="en">${QUOTE}</blockquote><blockquote slot="original" lang="kk">Алтын көпір</blockquote>
      <span slot="speaker">${SPEAKER}</span><span slot="role">${ROLE}</span><span slot="photo"><img src="${PHOTO}" alt="Portrait"></span>
      <time slot="date" datetime="2025-09-02">2 September 2025</time><a slot="source" href="${SOURCE_URL}">${SOURCE}</a>
      <gb-stat-badge><span slot="speaker">not the card's</span></gb-stat-badge>`;
    expect(readQuoteCardLightDom(host)).to.deep.equal({
      quote: QUOTE,
      quoteLang: 'en',
      original: 'Алтын көпір',
      originalLang: 'kk',
      speaker: SPEAKER,
      speakerLang: undefined,
      speakerRole: ROLE,
      speakerRoleLang: undefined,
      photo: PHOTO,
      photoAlt: 'Portrait',
      date: '2025-09-02',
      dateText: '2 September 2025',
      source: SOURCE,
      sourceLang: undefined,
      sourceUrl: SOURCE_URL,
    });
    expect(Object.values(readQuoteCardLightDom(document.createElement('gb-quote-card'))).every(value => value === undefined)).to.equal(true);
  });
});

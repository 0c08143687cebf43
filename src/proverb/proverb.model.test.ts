import { expect } from '@open-wc/testing';
import type { Problem } from '../core/problems.js';
import { ENGLISH, KAZAKH, ORIGINAL, PINYIN, RUSSIAN } from './proverb.fixtures.js';
import { parseProverb, readProverbLightDom, type ProverbInput } from './proverb.model.js';

// The proverb's parse on its own: plain input in, plain model and problems out, nothing rendered.
function parse(props: ProverbInput, light: ProverbInput = {}) {
  const problems: Problem[] = [];
  const model = parseProverb(props, light, problems);
  return { model, fields: problems.map(problem => problem.field), problems };
}

const chinese = { text: ORIGINAL, lang: 'zh-Hans', romanization: PINYIN };
const translations = [
  { text: ENGLISH, lang: 'en' },
  { text: RUSSIAN, lang: 'ru' },
];

describe('parseProverb', () => {
  it('reads a saying with its translations, and aligns its romanization as ruby', () => {
    const { model, problems } = parse({ original: chinese, translations, layout: 'interlinear', attribution: ' Akorda ' });
    expect(problems).to.deep.equal([]);
    expect(model.layout).to.equal('interlinear');
    expect(model.original).to.deep.include({ text: ORIGINAL, lang: 'zh-Hans', romanization: PINYIN });
    expect(model.original!.ruby!.filter(segment => segment.ruby)).to.have.length(14);
    expect(model.translations).to.deep.equal(translations.map(t => ({ ...t, romanization: undefined })));
    expect(model).to.include({ attribution: 'Akorda', note: undefined, shown: 0 });
  });

  it('reads JSON text from attributes as it reads objects from properties', () => {
    const fromJson = parse({ original: JSON.stringify(chinese), translations: JSON.stringify(translations) });
    expect(fromJson.model).to.deep.equal(parse({ original: chinese, translations }).model);
  });

  it('lets attributes and properties win over light DOM, field by field', () => {
    const light = { original: { text: KAZAKH, lang: 'kk' }, translations: [{ text: 'Unity is life.', lang: 'en' }], attribution: 'Light', note: 'Light note' };
    const { model } = parse({ translations, note: 'Property note' }, light);
    expect(model.original!.text).to.equal(KAZAKH);
    expect(model.translations.map(t => t.lang)).to.deep.equal(['en', 'ru']);
    expect(model).to.include({ attribution: 'Light', note: 'Property note' });
  });

  it('writes Kazakh Cyrillic in Latin with script="latn", marked kk-Latn, and leaves other languages alone', () => {
    const { model } = parse({ script: 'latn', original: { text: KAZAKH, lang: 'kk' }, translations: [{ text: 'Бірлік', lang: 'kk-Cyrl' }, { text: RUSSIAN, lang: 'ru' }] });
    expect(model.original).to.deep.include({ text: 'Bırlık bar jerde tırlık bar.', lang: 'kk-Latn' });
    expect(model.translations.map(t => [t.text, t.lang])).to.deep.equal([['Bırlık', 'kk-Latn'], [RUSSIAN, 'ru']]);
  });

  it('shows first the translation `show` names, by tag or by language', () => {
    expect(parse({ original: chinese, translations, show: 'RU' }).model.shown).to.equal(1);
    const regional = parse({ original: chinese, translations: [{ text: ENGLISH, lang: 'en' }, { text: RUSSIAN, lang: 'ru-KZ' }], show: 'ru' });
    expect(regional.model.shown).to.equal(1);
    const unknown = parse({ original: chinese, translations, show: 'fr' });
    expect(unknown.model.shown).to.equal(0);
    expect(unknown.fields).to.deep.equal(['show']);
  });

  it('keeps the romanization on its own line, with a problem only in the interlinear layout, when it does not align', () => {
    const misaligned = { ...chinese, romanization: 'yī huā' };
    const interlinear = parse({ original: misaligned, translations, layout: 'interlinear' });
    expect(interlinear.model.original!.ruby).to.equal(undefined);
    expect(interlinear.model.original!.romanization).to.equal('yī huā');
    expect(interlinear.fields).to.deep.equal(['romanization']);
    expect(parse({ original: misaligned, translations, layout: 'stacked' }).problems).to.deep.equal([]);
  });

  it('collects every problem and goes on', () => {
    expect(parse({ translations }).fields, 'no original').to.deep.equal(['original']);
    expect(parse({ original: 42, translations }).fields, 'a wrong type, reported once').to.deep.equal(['original']);
    expect(parse({ original: chinese }).fields, 'no translation').to.deep.equal(['translations']);
    expect(parse({ original: chinese, translations: '[{text: oops' }).fields).to.deep.equal(['translations', 'translations']);
    expect(parse({ original: chinese, translations: { text: 'x' } }).fields).to.deep.equal(['translations', 'translations']);
    const noLang = parse({ original: chinese, translations: [{ text: 'x' }, { text: 'y', lang: 'english!' }, { lang: 'en' }] });
    expect(noLang.fields).to.deep.equal(['translations[0].lang', 'translations[1].lang', 'translations[2].text']);
    expect(noLang.model.translations.map(t => [t.text, t.lang])).to.deep.equal([['x', undefined], ['y', undefined]]);
    const layout = parse({ original: chinese, translations, layout: 'grid', script: 'arab' });
    expect(layout.model.layout).to.equal('stacked');
    expect(layout.fields).to.deep.equal(['layout', 'script']);
  });

  it('shows the first 50 translations and shortens a 100 KB text', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ text: `t${i}`, lang: 'en' }));
    const { model, problems } = parse({ original: { text: 'Ж'.repeat(100_000), lang: 'kk' }, translations: many });
    expect(model.translations).to.have.length(50);
    expect(model.original!.text).to.have.length(10_001);
    expect(problems.map(p => p.field)).to.deep.equal(['original.text', 'translations']);
  });
});

describe('readProverbLightDom', () => {
  it('takes the first <p> as the original, the others as translations, and the slotted attribution and note', () => {
    const host = document.createElement('gb-proverb');
    host.innerHTML = `<p lang="zh-Hans" data-romanization="${PINYIN}">${ORIGINAL}</p><p lang="en">${ENGLISH}</p>
      <p slot="note">A note.</p><footer slot="attribution">Akorda, <time>2025</time></footer><p lang="ru">${RUSSIAN}</p>`;
    expect(readProverbLightDom(host)).to.deep.equal({
      original: { text: ORIGINAL, lang: 'zh-Hans', romanization: PINYIN },
      translations: [
        { text: ENGLISH, lang: 'en', romanization: undefined },
        { text: RUSSIAN, lang: 'ru', romanization: undefined },
      ],
      attribution: 'Akorda, 2025',
      attributionLang: undefined,
      note: 'A note.',
      noteLang: undefined,
    });
    expect(readProverbLightDom(document.createElement('gb-proverb'))).to.deep.equal({
      original: undefined,
      translations: undefined,
      attribution: undefined,
      attributionLang: undefined,
      note: undefined,
      noteLang: undefined,
    });
  });
});

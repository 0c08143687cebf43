import { expect } from '@open-wc/testing';
import { languageName } from './intl.js';
import { pickTranslation, resolveLanguage } from './language.js';

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

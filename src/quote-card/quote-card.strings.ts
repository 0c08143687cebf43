import type { Translations } from '../core/language.js';

/** UI text of `<gb-quote-card>` in each shipped language. */
export interface QuoteCardStrings {
  copy: string;
  copied: string;
  copyFailed: string;
  /** Label above the original of a translated quote; `language` is already in this language. */
  translatedFrom: (language: string) => string;
  /** Quotation marks for the copied text, as this language writes them. */
  open: string;
  close: string;
  /** Joins the parts of the attribution in the copied text. */
  separator: string;
  dash: string;
}

export const quoteCardStrings: Translations<QuoteCardStrings> = {
  en: {
    copy: 'Copy quote',
    copied: 'Quote copied to the clipboard',
    copyFailed: 'Could not copy the quote',
    translatedFrom: language => `Translated from ${language}`,
    open: '“',
    close: '”',
    separator: ', ',
    dash: '— ',
  },
  'zh-Hans': {
    copy: '复制引语',
    copied: '引语已复制到剪贴板',
    copyFailed: '无法复制引语',
    translatedFrom: language => `译自${language}`,
    open: '“',
    close: '”',
    separator: '，',
    dash: '——',
  },
  kk: {
    copy: 'Дәйексөзді көшіру',
    copied: 'Дәйексөз алмасу буферіне көшірілді',
    copyFailed: 'Дәйексөзді көшіру мүмкін болмады',
    // "Translation; original language: …" sidesteps the case ending Kazakh would need on the name.
    translatedFrom: language => `Аударма. Түпнұсқа тілі: ${language}`,
    open: '«',
    close: '»',
    separator: ', ',
    dash: '— ',
  },
  ru: {
    copy: 'Скопировать цитату',
    copied: 'Цитата скопирована в буфер обмена',
    copyFailed: 'Не удалось скопировать цитату',
    // "Перевод с китайского" needs the genitive, which Intl.DisplayNames does not give.
    translatedFrom: language => `Перевод. Язык оригинала: ${language}`,
    open: '«',
    close: '»',
    separator: ', ',
    dash: '— ',
  },
};

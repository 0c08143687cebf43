import type { Translations } from './language.js';

/** UI text every widget shares, in each shipped language. */
export interface ElementStrings {
  /** Shown in place of a widget given nothing it can show, and no content of the page's own. */
  nothingToShow: string;
}

export const elementStrings: Translations<ElementStrings> = {
  en: { nothingToShow: 'Nothing to show here.' },
  'zh-Hans': { nothingToShow: '此处没有可显示的内容。' },
  kk: { nothingToShow: 'Мұнда көрсететін ештеңе жоқ.' },
  ru: { nothingToShow: 'Здесь нечего показать.' },
};

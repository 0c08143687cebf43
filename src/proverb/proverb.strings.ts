import type { Translations } from '../core/language.js';

/** UI text of `<gb-proverb>` in each shipped language. */
export interface ProverbStrings {
  /** Accessible name of a listen button; `language` is already in this language. */
  listen: (language: string) => string;
  /** Label of the list of translations in the toggle layout. */
  translations: string;
  /** Announced when the reader picks a translation. */
  showing: (language: string) => string;
}

export const proverbStrings: Translations<ProverbStrings> = {
  en: {
    listen: language => `Listen (${language})`,
    translations: 'Translations',
    showing: language => `Showing the ${language} translation`,
  },
  'zh-Hans': {
    listen: language => `朗读（${language}）`,
    translations: '译文',
    showing: language => `正在显示${language}译文`,
  },
  kk: {
    listen: language => `Тыңдау (${language})`,
    translations: 'Аудармалар',
    showing: language => `Аударма: ${language}`,
  },
  ru: {
    listen: language => `Прослушать (${language})`,
    translations: 'Переводы',
    showing: language => `Показан перевод: ${language}`,
  },
};

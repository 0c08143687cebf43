/**
 * People quoted in the seed articles (shared/seeds), with their names and roles as each language
 * writes them. English names and roles follow the articles; the Chinese, Kazakh and Russian forms
 * are the customary ones, and where no customary form was found the rendering is ours (marked).
 */
export type StoryLang = 'en' | 'zh-Hans' | 'kk' | 'ru';

export interface Person {
  name: Record<StoryLang, string>;
  role: Record<StoryLang, string>;
}

export const tokayev: Person = {
  name: {
    en: 'Kassym-Jomart Tokayev',
    'zh-Hans': '卡瑟姆-若马尔特·托卡耶夫',
    kk: 'Қасым-Жомарт Тоқаев',
    ru: 'Касым-Жомарт Токаев',
  },
  role: {
    en: 'President of Kazakhstan',
    'zh-Hans': '哈萨克斯坦总统',
    kk: 'Қазақстан Республикасының Президенті',
    ru: 'Президент Казахстана',
  },
};

export const balayeva: Person = {
  name: { en: 'Aida Balayeva', 'zh-Hans': '阿伊达·巴拉耶娃', kk: 'Аида Балаева', ru: 'Аида Балаева' },
  role: {
    en: 'Minister of Culture and Information of Kazakhstan',
    'zh-Hans': '哈萨克斯坦文化和信息部部长',
    kk: 'Қазақстан Республикасының Мәдениет және ақпарат министрі',
    ru: 'Министр культуры и информации Казахстана',
  },
};

export const sunYeli: Person = {
  name: { en: 'Sun Yeli', 'zh-Hans': '孙业礼', kk: 'Сунь Ели', ru: 'Сунь Ели' },
  role: {
    en: "China's Minister of Culture and Tourism",
    'zh-Hans': '中国文化和旅游部部长',
    kk: 'ҚХР Мәдениет және туризм министрі',
    ru: 'Министр культуры и туризма КНР',
  },
};

export const shaimergenova: Person = {
  name: {
    en: 'Gulnar Shaimergenova',
    // our transliteration: no customary Chinese form was found
    'zh-Hans': '古丽娜尔·沙伊梅尔格诺娃',
    kk: 'Гүлнар Шаймергенова',
    ru: 'Гульнар Шаймергенова',
  },
  role: {
    en: 'Director of the China Studies Center, Astana',
    'zh-Hans': '阿斯塔纳中国研究中心主任',
    kk: 'Астанадағы Қытайтану орталығының директоры',
    ru: 'Директор Центра китайских исследований, Астана',
  },
};

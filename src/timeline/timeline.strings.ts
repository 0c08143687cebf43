import type { Translations } from '../core/language.js';

/** UI text of `<gb-timeline>` in each shipped language; counts go through Intl.PluralRules. */
export interface TimelineStrings {
  /** "Showing 3 of 12 events"; `plural` is the plural category of the total. */
  showing: (shown: string, total: string, plural: Intl.LDMLPluralRule) => string;
  all: string;
  filter: string;
  loading: string;
  failed: string;
  empty: string;
  undated: string;
  decade: (start: string) => string;
  readMore: string;
  copyLink: string;
  linkCopied: string;
}

export const timelineStrings: Translations<TimelineStrings> = {
  en: {
    showing: (shown, total, plural) => `Showing ${shown} of ${total} ${plural === 'one' ? 'event' : 'events'}`,
    all: 'All',
    filter: 'Filter by category',
    loading: 'Loading the timeline…',
    failed: 'The timeline could not be loaded.',
    empty: 'No events to show.',
    undated: 'Undated',
    decade: start => `${start}s`,
    readMore: 'Read more',
    copyLink: 'Copy link to this event',
    linkCopied: 'Link copied',
  },
  'zh-Hans': {
    showing: (shown, total) => `显示 ${total} 个事件中的 ${shown} 个`,
    all: '全部',
    filter: '按类别筛选',
    loading: '正在加载时间线…',
    failed: '时间线无法加载。',
    empty: '没有可显示的事件。',
    undated: '日期不详',
    decade: start => `${start}年代`,
    readMore: '阅读全文',
    copyLink: '复制此事件的链接',
    linkCopied: '链接已复制',
  },
  kk: {
    showing: (shown, total) => `${total} оқиғаның ${shown} көрсетілді`,
    all: 'Барлығы',
    filter: 'Санат бойынша сүзу',
    loading: 'Хронология жүктелуде…',
    failed: 'Хронологияны жүктеу мүмкін болмады.',
    empty: 'Көрсететін оқиға жоқ.',
    undated: 'Күні белгісіз',
    decade: start => `${start} жылдар`,
    readMore: 'Толығырақ',
    copyLink: 'Оқиғаға сілтемені көшіру',
    linkCopied: 'Сілтеме көшірілді',
  },
  ru: {
    // "из N" takes the genitive: "из 1 события", "из 3 событий"
    showing: (shown, total, plural) => `Показано ${shown} из ${total} ${plural === 'one' ? 'события' : 'событий'}`,
    all: 'Все',
    filter: 'Фильтр по категориям',
    loading: 'Загрузка хронологии…',
    failed: 'Не удалось загрузить хронологию.',
    empty: 'Нет событий для показа.',
    undated: 'Без даты',
    decade: start => `${start}-е`,
    readMore: 'Подробнее',
    copyLink: 'Скопировать ссылку на событие',
    linkCopied: 'Ссылка скопирована',
  },
};

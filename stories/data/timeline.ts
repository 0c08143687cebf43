import type { TimelineEventData } from '../../src/timeline/index.js';
import type { StoryLang } from './people.js';

/**
 * Events from the seed articles. `inferred` says where a date is worked out rather than stated:
 * "last year" in an article of a known date, a weekday named in a dated article, or a month known
 * from the event itself. Titles and texts are ours; facts and dates are the articles'.
 */
interface SeedEvent {
  date: string;
  category: 'culture' | 'diplomacy' | 'travel' | 'education';
  title: Record<StoryLang, string>;
  text: string;
  seed: string;
  inferred?: string;
}

export const seedEvents: SeedEvent[] = [
  {
    date: '1943', category: 'culture', seed: '003',
    title: { en: 'Xian Xinghai and Bakhytzhan Baikadamov meet', 'zh-Hans': '冼星海与巴赫特江·拜卡达莫夫相识', kk: 'Сянь Синхай мен Бақытжан Байқадамов танысты', ru: 'Встреча Сянь Синхая и Бахытжана Байкадамова' },
    text: 'The Chinese composer, far from home, is taken in by the Kazakh composer; the two become lifelong friends.',
  },
  {
    date: '1991-12-16', category: 'diplomacy', seed: '003',
    title: { en: 'Kazakhstan declares independence', 'zh-Hans': '哈萨克斯坦宣布独立', kk: 'Қазақстан тәуелсіздігін жариялады', ru: 'Казахстан провозглашает независимость' },
    text: 'Kazakhstan becomes an independent state as the Soviet Union dissolves.',
  },
  {
    date: '1992-01-03', category: 'diplomacy', seed: '003',
    title: { en: 'Diplomatic relations established', 'zh-Hans': '两国建立外交关系', kk: 'Дипломатиялық қатынастар орнатылды', ru: 'Установлены дипломатические отношения' },
    text: "China's first deputy foreign minister arrives; after talks the two countries establish diplomatic relations.",
  },
  {
    date: '2017', category: 'culture', seed: '003',
    title: { en: 'Dimash Kudaibergen on "Singer 2017"', 'zh-Hans': '迪玛希参加《歌手2017》', kk: 'Димаш Құдайберген «Singer 2017» байқауында', ru: 'Димаш Кудайберген на шоу «Singer 2017»' },
    text: 'The Kazakh singer takes second place in the Chinese singing competition and wins a huge audience in China.',
  },
  {
    date: '2022', category: 'culture', seed: '000',
    title: { en: 'Heads of state agree on cultural centres', 'zh-Hans': '两国元首就互设文化中心达成共识', kk: 'Мемлекет басшылары мәдениет орталықтарын ашуға келісті', ru: 'Главы государств договорились о культурных центрах' },
    text: 'The two presidents agree that each country will open a cultural centre in the other.',
  },
  {
    date: '2023', category: 'travel', seed: '003', inferred: '"last year" in an article of July 2024',
    title: { en: 'Visa exemption and 600,000 trips', 'zh-Hans': '互免签证，跨境往来60万人次', kk: 'Визасыз режим және 600 мың сапар', ru: 'Безвизовый режим и 600 тысяч поездок' },
    text: 'Mutual visa exemption takes effect, and 600,000 cross-border trips are recorded in the year.',
  },
  {
    date: '2024', category: 'education', seed: '000',
    title: { en: 'Beijing Language and Culture University opens a branch in Astana', 'zh-Hans': '北京语言大学阿斯塔纳分校开办', kk: 'Бейжің тіл және мәдениет университетінің Астанадағы филиалы ашылды', ru: 'Филиал Пекинского университета языка и культуры открылся в Астане' },
    text: 'A branch campus of the Beijing university opens in the Kazakh capital.',
  },
  {
    date: '2024', category: 'education', seed: '000', inferred: 'the year is given for the university branch beside it; the workshops are "recent"',
    title: { en: 'Luban Workshops launched in Kazakhstan', 'zh-Hans': '鲁班工坊在哈萨克斯坦启动', kk: 'Қазақстанда «Лубань шеберханалары» ашылды', ru: 'В Казахстане открылись «мастерские Лубань»' },
    text: 'Vocational training workshops named after the craftsman Lu Ban open in Kazakhstan.',
  },
  {
    date: '2024', category: 'travel', seed: '004', inferred: '"last year" in an article of June 2025',
    title: { en: 'Kazakhstan Tourism Year in China', 'zh-Hans': '中国“哈萨克斯坦旅游年”', kk: 'Қытайдағы Қазақстан туризмі жылы', ru: 'Год туризма Казахстана в Китае' },
    text: 'A year of events promotes travel to Kazakhstan among Chinese visitors.',
  },
  {
    date: '2024-07', category: 'culture', seed: '000',
    title: { en: 'Chinese Cultural Center opens in Astana', 'zh-Hans': '阿斯塔纳中国文化中心开幕', kk: 'Астанада Қытай мәдениет орталығы ашылды', ru: 'В Астане открылся Китайский культурный центр' },
    text: "China's cultural centre in the Kazakh capital opens its doors.",
  },
  {
    date: '2024-07', category: 'diplomacy', seed: '003', inferred: 'the month of the Astana summit, which the article reports as happening',
    title: { en: '24th SCO heads-of-state meeting in Astana', 'zh-Hans': '上合组织成员国元首理事会第二十四次会议在阿斯塔纳举行', kk: 'Астанада ШЫҰ мемлекет басшылары кеңесінің 24-отырысы', ru: '24-е заседание Совета глав государств ШОС в Астане' },
    text: 'Xi Jinping makes a state visit to Kazakhstan and attends the summit.',
  },
  {
    date: '2025', category: 'travel', seed: '004',
    title: { en: 'China Tourism Year in Kazakhstan', 'zh-Hans': '哈萨克斯坦“中国旅游年”', kk: 'Қазақстандағы Қытай туризмі жылы', ru: 'Год китайского туризма в Казахстане' },
    text: 'The exchange of tourism years continues, now in the other direction.',
  },
  {
    date: '2025-06', category: 'diplomacy', seed: '004', inferred: 'the article of 17 June 2025 looks ahead to the summit',
    title: { en: 'Second China–Central Asia Summit', 'zh-Hans': '第二届中国—中亚峰会', kk: 'Екінші «Қытай – Орталық Азия» саммиті', ru: 'Второй саммит «Китай – Центральная Азия»' },
    text: 'Leaders meet again, with culture and people-to-people ties on the agenda.',
  },
  {
    date: '2025-09-01', category: 'diplomacy', seed: '000', inferred: '"Monday" in an article published on Friday 5 September 2025',
    title: { en: 'Tianjin Declaration signed', 'zh-Hans': '签署《天津宣言》', kk: 'Тяньцзинь декларациясына қол қойылды', ru: 'Подписана Тяньцзиньская декларация' },
    text: 'The SCO summit closes with a declaration that widens cooperation in sports, culture and tourism.',
  },
  {
    date: '2025-09-02', category: 'culture', seed: '000',
    title: { en: 'Kazakhstan Cultural Center opens in Beijing', 'zh-Hans': '哈萨克斯坦驻北京文化中心开幕', kk: 'Бейжіңде Қазақстан мәдениет орталығы ашылды', ru: 'В Пекине открылся Культурный центр Казахстана' },
    text: 'President Tokayev opens Kazakhstan\'s first national cultural centre abroad, calling art and culture a golden bridge between nations.',
  },
];

/**
 * The seed events as plain event objects for `events`, with titles in `lang`. Texts and category
 * names are in English only: in another language's timeline they say so, so that a screen reader
 * reads them with an English voice.
 */
export function seedTimeline(lang: StoryLang = 'en'): TimelineEventData[] {
  const english = lang === 'en' ? {} : { 'text-lang': 'en', 'category-lang': 'en' };
  return seedEvents.map(event => ({ date: event.date, title: event.title[lang], text: event.text, category: event.category, id: `${event.date}-${event.title.en}`, ...english }));
}

/** `count` generated events, one a day from 1 January 2000 (for scale). */
export function generatedEvents(count: number): TimelineEventData[] {
  const categories = ['culture', 'diplomacy', 'travel', 'education'];
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2000, 0, 1 + index));
    return {
      date: day.toISOString().slice(0, 10),
      title: `Generated event ${index + 1}`,
      text: 'A generated event, to show the timeline at scale.',
      category: categories[index % categories.length],
      id: `generated-${index + 1}`,
    };
  });
}

/** The seed timeline in Knight Lab's TimelineJS3 JSON format, as a newsroom's existing file would be. */
export const seedTimelineJs = {
  title: { text: { headline: 'Kazakhstan and China', text: '<p>From 1943 to the <em>golden bridge</em> of 2025.</p>' } },
  eras: [
    { start_date: { year: 1943 }, end_date: { year: 1991 }, text: { headline: 'Before independence' } },
    { start_date: { year: 1991 }, end_date: { year: 2025, month: 12 }, text: { headline: 'Independent Kazakhstan' } },
  ],
  events: seedEvents.map(event => {
    const [year, month, day] = event.date.split('-');
    return {
      start_date: { year, month, day },
      text: { headline: event.title.en, text: `<p>${event.text}</p>` },
      group: event.category,
      unique_id: `tjs-${event.date}-${event.category}`,
    };
  }),
};

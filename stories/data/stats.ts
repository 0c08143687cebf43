import type { StoryLang } from './people.js';

/**
 * Figures from the seed articles. Labels and periods in Chinese, Kazakh and Russian are our own
 * wording; the figures, dates and sources are the articles'.
 */
export interface SeedStat {
  value: number;
  currency?: string;
  unit?: Record<StoryLang, string> | string;
  label: Record<StoryLang, string>;
  asOf?: string;
  change?: number;
  changePeriod?: Record<StoryLang, string>;
  source: Record<StoryLang, string>;
  sourceUrl?: string;
  /** Where the figure is stated. */
  seed: string;
}

const customs: Record<StoryLang, string> = {
  en: 'General Administration of Customs of China',
  'zh-Hans': '中国海关总署',
  kk: 'ҚХР Бас кеден басқармасы',
  ru: 'Главное таможенное управление КНР',
};
const yearOnYear: Record<StoryLang, string> = { en: 'year on year', 'zh-Hans': '同比', kk: 'жылдық есеппен', ru: 'в годовом выражении' };
const cgtn: Record<StoryLang, string> = { en: 'CGTN', 'zh-Hans': 'CGTN', kk: 'CGTN', ru: 'CGTN' };
const astanaTimes: Record<StoryLang, string> = { en: 'The Astana Times', 'zh-Hans': '《阿斯塔纳时报》', kk: 'The Astana Times', ru: 'The Astana Times' };

/** Bilateral trade in 2024, as China's customs reported it (seed 002). */
export const trade2024: SeedStat = {
  value: 43_820_000_000,
  currency: 'USD',
  label: {
    en: 'China–Kazakhstan trade',
    'zh-Hans': '中哈双边贸易额',
    kk: 'Қытай мен Қазақстан арасындағы тауар айналымы',
    ru: 'Товарооборот Китая и Казахстана',
  },
  asOf: '2024',
  change: 6.8,
  changePeriod: yearOnYear,
  source: customs,
  seed: '002',
};

/** The same year's trade as Kazakhstan's presidency rounded it: a record $44 billion (seed 001). */
export const tradeRecord: SeedStat = {
  value: 44_000_000_000,
  currency: 'USD',
  label: {
    en: 'Record bilateral trade',
    'zh-Hans': '创纪录的双边贸易额',
    kk: 'Екіжақты сауданың рекордтық көлемі',
    ru: 'Рекордный двусторонний товарооборот',
  },
  asOf: '2024',
  source: { en: 'Akorda', 'zh-Hans': '阿克奥尔达（哈萨克斯坦总统府）', kk: 'Ақорда', ru: 'Акорда' },
  seed: '001',
};

/** Cross-border trips in 2023, the year visa exemption took effect (seed 003, published July 2024). */
export const trips2023: SeedStat = {
  value: 600_000,
  unit: { en: 'trips', 'zh-Hans': '人次', kk: 'сапар', ru: 'поездок' },
  label: { en: 'Cross-border trips', 'zh-Hans': '跨境往来', kk: 'Шекарадан өту сапарлары', ru: 'Поездки через границу' },
  asOf: '2023',
  source: cgtn,
  seed: '003',
};

/** Trips in the first quarter of 2024 (seed 003). */
export const tripsQ1: SeedStat = {
  value: 200_000,
  unit: { en: 'trips', 'zh-Hans': '人次', kk: 'сапар', ru: 'поездок' },
  label: {
    en: 'Trips in the first quarter',
    'zh-Hans': '一季度往来',
    kk: 'Бірінші тоқсандағы сапарлар',
    ru: 'Поездки за первый квартал',
  },
  asOf: '2024-03',
  source: cgtn,
  seed: '003',
};

/** Patients Saulebek Kabibekov treated in 25 years in northeastern China (seed 003). */
export const patients: SeedStat = {
  value: 200_000,
  unit: { en: 'patients', 'zh-Hans': '名患者', kk: 'науқас', ru: 'пациентов' },
  label: {
    en: 'Patients treated by Saulebek Kabibekov in 25 years',
    'zh-Hans': '萨乌列别克·卡比别科夫25年间诊治的患者',
    kk: 'Сәулебек Қабибековтің 25 жылда емдеген науқастары',
    ru: 'Пациенты Саулебека Кабибекова за 25 лет',
  },
  source: cgtn,
  seed: '003',
};

/** Books in the Beijing center's library, in four languages (seed 001). */
export const books: SeedStat = {
  value: 1_000,
  unit: { en: 'books', 'zh-Hans': '册图书', kk: 'кітап', ru: 'книг' },
  label: {
    en: 'Library of the Cultural Center in Beijing, in four languages',
    'zh-Hans': '北京文化中心图书馆藏书（四种语言）',
    kk: 'Бейжіңдегі мәдениет орталығының кітапханасы, төрт тілде',
    ru: 'Библиотека Культурного центра в Пекине, на четырёх языках',
  },
  asOf: '2025-09',
  source: astanaTimes,
  seed: '001',
};

/** The shared border (seed 003). */
export const border: SeedStat = {
  value: 2_000,
  unit: 'kilometer',
  label: { en: 'Shared border (more than)', 'zh-Hans': '共同边界（超过）', kk: 'Ортақ шекара (астам)', ru: 'Общая граница (более)' },
  source: cgtn,
  seed: '003',
};

/** Agreements signed on the first official visit to China, 1992 (seed 003). */
export const agreements: SeedStat = {
  value: 10,
  unit: { en: 'agreements', 'zh-Hans': '项协议', kk: 'келісім', ru: 'соглашений' },
  label: {
    en: 'Agreements signed on the first official visit (more than)',
    'zh-Hans': '首次正式访问签署的协议（超过）',
    kk: 'Алғашқы ресми сапарда қол қойылған келісімдер (астам)',
    ru: 'Соглашения, подписанные в ходе первого визита (более)',
  },
  asOf: '1992',
  source: cgtn,
  seed: '003',
};

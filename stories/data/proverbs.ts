import type { ProverbText } from '../../src/proverb/index.js';

/**
 * Proverbs for the stories. The seed proverb is the one President Tokayev quoted in Chinese at the
 * opening of the Kazakhstan Cultural Center in Beijing on 2 September 2025 (seeds 001 and 002); its
 * two English renderings are as those articles published them. Renderings marked "ours" are our own
 * translations; the pinyin follows standard Mandarin readings.
 */
export interface SeedProverb {
  original: ProverbText;
  translations: ProverbText[];
  attribution?: Record<'en' | 'ru' | 'kk' | 'zh-Hans', string>;
  note?: string;
}

export const oneFlower: SeedProverb = {
  original: {
    text: '一花独放不是春，百花齐放春满园。',
    lang: 'zh-Hans',
    romanization: 'yī huā dú fàng bù shì chūn, bǎi huā qí fàng chūn mǎn yuán.',
  },
  translations: [
    // The Astana Times (seed 001)
    { text: 'One flower does not make spring, it comes when all the flowers bloom.', lang: 'en' },
    // a second report of the ceremony (seed 002; the seed does not name its publisher)
    { text: 'A single flower does not make spring; a hundred flowers in full bloom bring spring to the garden.', lang: 'en-GB' },
    // ours
    { text: 'Бір гүл ашылғанмен көктем келмейді, жүз гүл жайнағанда бақ көктемге толады.', lang: 'kk' },
    // ours
    { text: 'Один цветок — ещё не весна; расцветут сто цветов — и весь сад полон весны.', lang: 'ru' },
  ],
  attribution: {
    en: 'Kassym-Jomart Tokayev, Beijing, 2 September 2025',
    ru: 'Касым-Жомарт Токаев, Пекин, 2 сентября 2025 года',
    kk: 'Қасым-Жомарт Тоқаев, Бейжің, 2025 жылғы 2 қыркүйек',
    'zh-Hans': '卡瑟姆-若马尔特·托卡耶夫，北京，2025年9月2日',
  },
  note: 'Cultures grow strong when they flourish together, not alone.',
};

/** A well-attested Chinese proverb of neighbourliness: "a distant relative is not as good as a near neighbour". */
export const nearNeighbour: SeedProverb = {
  original: { text: '远亲不如近邻', lang: 'zh-Hans', romanization: 'yuǎn qīn bù rú jìn lín' },
  translations: [
    { text: 'A distant relative is not as good as a near neighbour.', lang: 'en' },
    // ours; Russian has its own close saying, «Близкий сосед лучше дальней родни»
    { text: 'Близкий сосед лучше дальней родни.', lang: 'ru' },
    // ours
    { text: 'Алыстағы туыстан жақындағы көрші артық.', lang: 'kk' },
  ],
};

/** A Kazakh proverb: "where there is unity, there is life". */
export const unity: SeedProverb = {
  original: { text: 'Бірлік бар жерде тірлік бар.', lang: 'kk' },
  translations: [
    // ours
    { text: 'Where there is unity, there is life.', lang: 'en' },
    // ours
    { text: 'Где единство, там и жизнь.', lang: 'ru' },
    // ours
    { text: '有团结的地方就有生机。', lang: 'zh-Hans' },
  ],
};

/** A Russian proverb: "have not a hundred roubles, but a hundred friends". */
export const hundredFriends: SeedProverb = {
  original: { text: 'Не имей сто рублей, а имей сто друзей.', lang: 'ru' },
  translations: [
    // ours
    { text: 'Better a hundred friends than a hundred roubles.', lang: 'en' },
    // ours
    { text: 'Жүз сомың болғанша, жүз досың болсын.', lang: 'kk' },
    // ours
    { text: '与其有一百卢布，不如有一百个朋友。', lang: 'zh-Hans' },
  ],
};

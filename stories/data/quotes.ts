import { balayeva, shaimergenova, sunYeli, tokayev, type Person, type StoryLang } from './people.js';

/**
 * Quotations from the seed articles. `text.en` is the English as the source published it; the
 * other languages are our own renderings of that English (so a story showing one carries the
 * English as its original), except where `spokenIn` says the words were first said in that language.
 */
export interface SeedQuote {
  person: Person;
  text: Partial<Record<StoryLang, string>> & { en: string };
  date: string;
  source: string;
  sourceUrl: string;
  spokenIn?: { lang: string; text: string };
}

/** Opening of the Kazakhstan Cultural Center in Beijing, 2 September 2025 (seeds 000, 001, 002). */
export const goldenBridge: SeedQuote = {
  person: tokayev,
  text: {
    en: 'Art and culture are a golden bridge that unites different nations.',
    'zh-Hans': '艺术和文化是连接不同民族的金色桥梁。',
    kk: 'Өнер мен мәдениет — түрлі халықтарды біріктіретін алтын көпір.',
    ru: 'Искусство и культура — золотой мост, объединяющий разные народы.',
  },
  date: '2025-09-02',
  source: 'Akorda, via The Astana Times',
  sourceUrl: 'https://astanatimes.com/',
};

/** Spoken in Chinese at the same ceremony (seed 002); English as seed 001 published it. */
export const oneFlower: SeedQuote = {
  person: tokayev,
  text: {
    en: 'One flower does not make spring, it comes when all the flowers bloom.',
    ru: 'Один цветок — ещё не весна; весна приходит, когда расцветают все цветы.',
    kk: 'Бір гүл көктем әкелмейді; барлық гүл ашылғанда ғана көктем келеді.',
  },
  date: '2025-09-02',
  source: 'Akorda, via The Astana Times',
  sourceUrl: 'https://astanatimes.com/',
  spokenIn: { lang: 'zh-Hans', text: '一花独放不是春，百花齐放春满园。' },
};

/** Global Times interview, published 5 September 2025 (seed 000). */
export const balayevaCenter: SeedQuote = {
  person: balayeva,
  text: {
    en: "We believe the center will expand our cultural exchange and the people's connections between our two countries.",
  },
  date: '2025-09-05',
  source: 'Global Times',
  sourceUrl: 'https://www.globaltimes.cn/',
};

/** Remarks at the opening ceremony, 2 September 2025 (seed 000). */
export const sunYeliPlatform: SeedQuote = {
  person: sunYeli,
  text: {
    en: 'It will function as an important platform for the cultural and art institutions of the two countries to carry out joint work and cooperation.',
  },
  date: '2025-09-02',
  source: 'Global Times',
  sourceUrl: 'https://www.globaltimes.cn/',
};

/** Written note to the Global Times, published 5 September 2025 (seed 000). */
export const shaimergenovaAddress: SeedQuote = {
  person: shaimergenova,
  text: {
    en: 'The opening of the Kazakhstan Cultural Center in Beijing is not just a new address on the map; it is a qualitative step toward deepening trust and mutual understanding between our peoples.',
  },
  date: '2025-09-05',
  source: 'Global Times',
  sourceUrl: 'https://www.globaltimes.cn/',
};

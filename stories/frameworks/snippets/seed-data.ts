// Data the framework examples pass as properties: arrays and objects, which an HTML attribute
// could carry only as JSON. Facts, dates and the proverb's renderings are the seed articles'.
import type { ProverbText, TimelineEventData } from 'golden-bridge';

export const cultureEvents: TimelineEventData[] = [
  { date: '1992-01-03', category: 'diplomacy', title: 'Diplomatic relations established', text: 'After talks in Almaty, China and Kazakhstan establish diplomatic relations.' },
  { date: '2022', category: 'culture', title: 'Cultural centres agreed', text: 'The two heads of state agree that each country will open a cultural centre in the other.' },
  { date: '2024-07', category: 'culture', title: 'Chinese Cultural Center opens in Astana', text: 'China opens its cultural centre in the Kazakh capital.' },
  { date: '2025-09-02', category: 'culture', title: 'Kazakhstan Cultural Center opens in Beijing', text: "Kazakhstan's first national cultural centre abroad opens its doors." },
];

/** The saying President Tokayev quoted in Chinese in Beijing on 2 September 2025. */
export const oneFlower: { original: ProverbText; translations: ProverbText[] } = {
  original: { text: '一花独放不是春，百花齐放春满园。', lang: 'zh-Hans', romanization: 'yī huā dú fàng bù shì chūn, bǎi huā qí fàng chūn mǎn yuán.' },
  translations: [
    { text: 'One flower does not make spring, it comes when all the flowers bloom.', lang: 'en' },
    { text: 'Один цветок — ещё не весна; расцветут сто цветов — и весь сад полон весны.', lang: 'ru' },
  ],
};

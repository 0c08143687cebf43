/**
 * What each widget's form holds when the page opens: one real example per widget, so the preview
 * shows a finished widget at once. The facts are those of the stories (stories/data/, from the seed
 * articles); the wording of labels and titles is ours.
 */
import type { BuilderData, WidgetKind } from './specs.js';

export const startingData = (): Record<WidgetKind, BuilderData> => ({
  'quote-card': {
    widget: 'quote-card',
    values: {
      lang: 'en',
      quote: 'Art and culture are a golden bridge that unites different nations.',
      speaker: 'Kassym-Jomart Tokayev',
      'speaker-role': 'President of Kazakhstan',
      date: '2025-09-02',
      source: 'The Astana Times',
      'source-url': 'https://astanatimes.com/',
      id: 'golden-bridge-quote',
    },
    items: [],
  },
  'stat-group': {
    widget: 'stat-group',
    values: { lang: 'en', label: 'China and Kazakhstan, 2024', id: 'trade-2024' },
    items: [
      {
        value: '43820000000', currency: 'USD', notation: 'compact', label: 'China–Kazakhstan trade', 'as-of': '2024',
        change: '6.8', 'change-period': 'year on year', source: 'General Administration of Customs of China',
      },
      { value: '44000000000', currency: 'USD', notation: 'compact', label: 'Record bilateral trade', 'as-of': '2024', source: 'Akorda' },
    ],
  },
  proverb: {
    widget: 'proverb',
    values: {
      lang: 'en',
      original: '一花独放不是春，百花齐放春满园。',
      'original-lang': 'zh-Hans',
      romanization: 'yī huā dú fàng bù shì chūn, bǎi huā qí fàng chūn mǎn yuán.',
      attribution: 'Kassym-Jomart Tokayev, Beijing, 2 September 2025',
      id: 'one-flower',
    },
    items: [
      { text: 'One flower does not make spring, it comes when all the flowers bloom.', lang: 'en' },
      { text: 'Один цветок — ещё не весна; расцветут сто цветов — и весь сад полон весны.', lang: 'ru' },
    ],
  },
  timeline: {
    widget: 'timeline',
    values: { lang: 'en', id: 'kazakhstan-china' },
    items: [
      { date: '1991-12-16', title: 'Kazakhstan declares independence', text: 'Kazakhstan becomes an independent state as the Soviet Union dissolves.', category: 'diplomacy' },
      { date: '1992-01-03', title: 'Diplomatic relations established', text: 'After talks with China’s first deputy foreign minister, the two countries establish diplomatic relations.', category: 'diplomacy' },
    ],
  },
});

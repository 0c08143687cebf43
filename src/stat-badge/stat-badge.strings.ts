import type { Translations } from '../core/language.js';

/** UI text of `<gb-stat-badge>`: how a change reads in words, in each shipped language. */
export interface StatBadgeStrings {
  /** "up 6.8%": `amount` is already formatted in this language. */
  up: (amount: string) => string;
  down: (amount: string) => string;
  unchanged: string;
  /** Text alternative of the sparkline. */
  trend: (first: string, last: string, count: number) => string;
}

export const statBadgeStrings: Translations<StatBadgeStrings> = {
  en: {
    up: amount => `up ${amount}`,
    down: amount => `down ${amount}`,
    unchanged: 'unchanged',
    trend: (first, last, count) => `Trend over ${count} values, from ${first} to ${last}`,
  },
  'zh-Hans': {
    up: amount => `增长${amount}`,
    down: amount => `下降${amount}`,
    unchanged: '持平',
    trend: (first, last, count) => `${count}个数值的走势：从${first}到${last}`,
  },
  kk: {
    up: amount => `${amount} өсім`,
    down: amount => `${amount} төмендеу`,
    unchanged: 'өзгеріссіз',
    trend: (first, last, count) => `${count} мәннің үрдісі: ${first} → ${last}`,
  },
  ru: {
    up: amount => `рост на ${amount}`,
    down: amount => `снижение на ${amount}`,
    unchanged: 'без изменений',
    trend: (first, last, count) => `Динамика по ${count} значениям: от ${first} до ${last}`,
  },
};

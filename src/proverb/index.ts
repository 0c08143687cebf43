import { define } from '../core/define.js';
import { GbProverb } from './proverb.js';

export { GbProverb };
export { kazakhToLatin } from './kazakh-latin.js';
export type { ProverbLayout, ProverbText } from './proverb.model.js';

define('gb-proverb', GbProverb);

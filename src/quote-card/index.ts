import { define } from '../core/define.js';
import { GbQuoteCard } from './quote-card.js';

export { GbQuoteCard };
export type { QuoteVariant } from './quote-card.model.js';

define('gb-quote-card', GbQuoteCard);

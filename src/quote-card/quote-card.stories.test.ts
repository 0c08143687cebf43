import { expect } from '@open-wc/testing';
import { describeStories } from '../test-helpers/stories.js';
import { QUOTE_VARIANTS } from './quote-card.model.js';
import * as stories from '../../stories/quote-card.stories.js';

const shown = describeStories(stories);

describe('stories: the quote card as the definition of done asks', () => {
  it('shows every variant, each language, dark, 320 px and wide, from light DOM and properties', () => {
    expect(shown.values('gb-quote-card', 'variant')).to.include.members([...QUOTE_VARIANTS]);
    expect(shown.missing('gb-quote-card')).to.deep.equal([]);
  });
});

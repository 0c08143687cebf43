import { expect } from '@open-wc/testing';
import { describeStories } from '../test-helpers/stories.js';
import { PROVERB_LAYOUTS } from './proverb.model.js';
import * as stories from '../../stories/proverb.stories.js';

const shown = describeStories(stories);

describe('stories: the proverb as the definition of done asks', () => {
  it('shows every layout and both scripts, each language, dark, 320 px and wide, from light DOM and properties', () => {
    expect(shown.values('gb-proverb', 'layout')).to.include.members([...PROVERB_LAYOUTS]);
    expect(shown.values('gb-proverb', 'script')).to.include('latn');
    expect(shown.missing('gb-proverb')).to.deep.equal([]);
  });
});

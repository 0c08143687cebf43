import { expect } from '@open-wc/testing';
import { describeStories } from '../test-helpers/stories.js';
import { TIMELINE_GROUPS, TIMELINE_LAYOUTS } from './timeline.js';
import * as stories from '../../stories/timeline.stories.js';

const shown = describeStories(stories);

describe('stories: the timeline as the definition of done asks', () => {
  it('shows every layout and grouping, each language, dark, 320 px and wide, from light DOM and properties', () => {
    expect(shown.values('gb-timeline', 'layout')).to.include.members([...TIMELINE_LAYOUTS]);
    expect(shown.values('gb-timeline', 'group-by')).to.include.members(TIMELINE_GROUPS.filter(group => group !== 'year'));
    expect(shown.missing('gb-timeline')).to.deep.equal([]);
  });

  it('shows a timeline loaded from a spreadsheet', () => {
    expect(shown.values('gb-timeline', 'src').some(src => src.endsWith('.csv'))).to.equal(true);
  });
});

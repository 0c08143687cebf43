import { expect } from '@open-wc/testing';
import { describeStories } from '../test-helpers/stories.js';
import * as stories from '../../stories/stat-badge.stories.js';

const shown = describeStories(stories);

describe('stories: the stat badge as the definition of done asks', () => {
  it('shows both notations, both kinds of change, a falling figure that is good, and a group', () => {
    expect(shown.values('gb-stat-badge', 'notation')).to.include.members(['standard', 'compact']);
    expect(shown.values('gb-stat-badge', 'change-kind')).to.include('absolute');
    expect(shown.values('gb-stat-badge', 'good-direction')).to.include('down');
    expect(shown.widgets.some(widget => widget.tag === 'gb-stat-group')).to.equal(true);
    expect(shown.values('gb-stat-group', 'src').some(src => src.endsWith('.csv')), 'a group from a spreadsheet').to.equal(true);
  });

  it('shows each language, dark, 320 px and wide, from light DOM and properties', () => {
    expect(shown.missing('gb-stat-badge')).to.deep.equal([]);
  });
});

import { describeStories } from '../test-helpers/stories.js';
import * as stories from '../../stories/proverb.stories.js';

describeStories(stories);

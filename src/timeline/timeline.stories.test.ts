import { describeStories } from '../test-helpers/stories.js';
import * as stories from '../../stories/timeline.stories.js';

describeStories(stories);

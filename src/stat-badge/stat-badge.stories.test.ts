import { describeStories } from '../test-helpers/stories.js';
import * as stories from '../../stories/stat-badge.stories.js';

describeStories(stories);

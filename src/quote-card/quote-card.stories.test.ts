import { describeStories } from '../test-helpers/stories.js';
import * as stories from '../../stories/quote-card.stories.js';

describeStories(stories);

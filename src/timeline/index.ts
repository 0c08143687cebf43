import { define } from '../core/define.js';
import { GbTimelineEvent } from './timeline-event.js';
import { GbTimeline } from './timeline.js';

export { GbTimeline, GbTimelineEvent };
export type { RawEvent as TimelineEventData, GroupBy } from './timeline.model.js';

define('gb-timeline-event', GbTimelineEvent);
define('gb-timeline', GbTimeline);

import { define } from '../core/define.js';
import { GbStatGroup } from './stat-group.js';

export { GbStatGroup };

define('gb-stat-group', GbStatGroup);

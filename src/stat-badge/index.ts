import { define } from '../core/define.js';
import { GbStatBadge } from './stat-badge.js';

export { GbStatBadge };

define('gb-stat-badge', GbStatBadge);

// The builder page's script (dist/builder/builder.js): the builder element, with every widget
// registered from the same sources as dist/golden-bridge.js, so its preview is the bundle's rendering.
import '../index.js';
import { define } from '../core/define.js';
import { GbBuilder } from './builder.js';

define('gb-builder', GbBuilder);

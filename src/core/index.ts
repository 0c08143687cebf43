/**
 * golden-bridge/core: what a page or a framework using the widgets needs from their shared core.
 * Everything else in src/core/ is the widgets' own machinery, internal and free to change, as
 * Shoelace and Web Awesome keep theirs in `internal/`.
 */
export { define } from './define.js';
export { GbErrorEvent, type GbErrorDetail } from './problems.js';
export type { Theme } from './element.js';

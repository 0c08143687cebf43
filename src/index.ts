/**
 * golden-bridge: the one bundle a news article loads with a `<script type="module">` tag.
 * Importing it registers every widget.
 */
// First, before Lit: see lit-globals.ts.
import { releaseLitGlobals } from './core/lit-globals.js';
export * from './proverb/index.js';
export * from './quote-card/index.js';
export * from './stat-badge/index.js';
export * from './stat-group/index.js';
export * from './timeline/index.js';
export { GbErrorEvent, type GbErrorDetail } from './core/problems.js';

releaseLitGlobals();

/**
 * Keeps a host page's named elements away from the globals Lit reads while it loads.
 *
 * Every element with an `id` (and some with a `name`) is readable as `window[thatName]`. Lit reads
 * a few globals once, as its modules are evaluated: with `<div id="ShadyCSS">` on the page it
 * thinks a ShadyCSS polyfill is in charge and draws styles in `<style>` elements, which a strict
 * `style-src` blocks; with an element named after one of its polyfill hooks or version lists
 * (`litHtmlPolyfillSupport`, `reactiveElementVersions`…) it throws, and no widget is registered.
 * The bundle's entry imports this module first: it hides each such element behind an own property
 * set to `undefined` while Lit loads, and `releaseLitGlobals` (at the end of the entry) gives the
 * page its names back. A real polyfill or an earlier copy of Lit sets these as own properties of
 * the window, which are left as they are.
 */

/** Every global the production build of Lit (lit-html, reactive-element, lit-element) reads. */
export const LIT_GLOBALS = [
  'ShadyCSS',
  'litNonce',
  'trustedTypes',
  'litHtmlPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'litHtmlVersions',
  'reactiveElementVersions',
  'litElementVersions',
  'litPropertyMetadata',
] as const;

const global = globalThis as unknown as Record<string, unknown>;
const own = (name: string) => Object.prototype.hasOwnProperty.call(global, name);

// Named elements are not own properties of the window (they come through its prototype chain), nor
// is the window's own `trustedTypes` ever hidden: where the browser has it, it is an own property.
const hidden = LIT_GLOBALS.filter(name => !own(name) && global[name] !== undefined);
for (const name of hidden) global[name] = undefined;

/** Gives the page back the names hidden while Lit loaded, those Lit did not set for itself. */
export function releaseLitGlobals(): void {
  for (const name of hidden) if (global[name] === undefined) delete global[name];
}

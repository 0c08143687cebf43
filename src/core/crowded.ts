/**
 * Crowded pages: there, a thousand widgets cost more to lay out than to draw.
 *
 * When more than CROWDED_PAGE widgets draw their first time in one burst (see first-render.ts),
 * each one far from the viewport is drawn but neither laid out nor painted until it nears it
 * (`content-visibility: auto` on its host), holding meanwhile the height it had while it waited:
 * laid out by dist/golden-bridge.css, that is the widget's own height, so nothing moves. An
 * article's dozen widgets cost little to lay out, and there every one is laid out at once, as the
 * page's own elements are.
 */
import { supportsAdoptingStyleSheets } from 'lit';

/** More first renders than this in one burst make a crowded page. */
export const CROWDED_PAGE = 100;

/**
 * The height of each waiting widget as the browser last laid it out. Asked for, it would have the
 * browser lay out the page there and then; a ResizeObserver is told it after each layout the
 * browser does anyway. A widget never laid out while waiting has none.
 */
const laidOutHeights = new WeakMap<Element, number>();
let sizes: ResizeObserver | undefined;

/**
 * Starts a crowded burst: the widgets' heights are noted and the probe placed, both ready once the
 * browser has laid out a frame. The first slice draws before that, without holding heights: it
 * draws the first widgets of the page, those likeliest to be in view.
 */
export function startCrowdedBurst(widgets: Iterable<Element>): void {
  noteHeights(widgets);
  if (verdict === undefined) placeProbe();
}

/** Has the laid-out height of each widget noted, until it is drawn or the burst ends. */
export function noteHeights(widgets: Iterable<Element>): void {
  sizes ??= new ResizeObserver(entries => {
    for (const entry of entries) laidOutHeights.set(entry.target, entry.borderBoxSize?.[0]?.blockSize ?? 0);
  });
  for (const widget of widgets) sizes.observe(widget);
}

/** The burst is over. */
export function endCrowdedBurst(): void {
  sizes?.disconnect();
  sizes = undefined;
  probe?.remove();
  probe = undefined;
}

/** One stylesheet per height held, shared by every widget of that height. */
const sheets = new Map<number, CSSStyleSheet>();

/**
 * The stylesheet that lets a widget about to be drawn skip layout and paint while far from the
 * viewport, holding the height it had while waiting: its host, which has no padding or border of
 * its own, is told that height as its content's, until it has been laid out once and the browser
 * holds the real one (`auto`). Undefined when there is nothing to hold. An adopted stylesheet
 * rather than a style attribute: the host's attributes are the page's. The widget adopts it with
 * its own styles, when its shadow root is attached: a second adoption would restyle the root.
 * Asked for as the widget is drawn, it also stops noting the widget's height, which is now known.
 */
export function heldHeightSheet(widget: Element): CSSStyleSheet | undefined {
  sizes?.unobserve(widget);
  const height = Math.round(laidOutHeights.get(widget) ?? 0);
  // Not laid out while waiting (drawn before any layout, display: none, a hidden tab): nothing to hold.
  if (!verdict || !height || !supportsAdoptingStyleSheets) return undefined;
  let sheet = sheets.get(height);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host{content-visibility:auto;contain-intrinsic-block-size:auto ${height}px}`);
    sheets.set(height, sheet);
  }
  return sheet;
}

/**
 * Whether this browser gives a skipped host the height it is told: Firefox 153 gives none to a
 * skipped element that is also an inline-size container, as every widget's host is, and there the
 * widgets are laid out whole instead. A probe far above the page tells (1 px skipped as told, 0 px
 * as in Firefox, 5 px if drawn after all): an empty box of the page's for one frame, read before
 * the second slice draws, when a frame has laid it out and reading costs next to nothing.
 */
let verdict: boolean | undefined;
let probe: HTMLElement | undefined;

function placeProbe(): void {
  const content = document.createElement('div');
  probe = document.createElement('div');
  // Through the CSSOM, which a strict style-src allows.
  content.style.height = '5px';
  probe.style.cssText = 'position:absolute;top:-1e5px;container-type:inline-size;content-visibility:auto;contain-intrinsic-height:1px';
  probe.append(content);
  document.body?.append(probe);
}

/** Reads the probe; call before a slice draws. */
export function readProbe(): void {
  if (!probe) return;
  const height = probe.offsetHeight;
  verdict = height === 1 ? true : height === 0 ? false : undefined;
  probe.remove();
  probe = undefined;
}

/**
 * The script inside every embed page written by `golden-bridge embed`, inlined (its hash is in the
 * page's Content-Security-Policy). It reports the content's height to the host on every change,
 * in each protocol a host listens for, lets a fragment (`#event-id`) reach the event, passes
 * `?theme=` to the widgets and sends links out of the frame.
 */
import { EMBED_MESSAGE, heightMessages, readFragment } from './protocol.js';

const root = document.querySelector('main')!;
const fragment = readFragment(location.hash);
const secret = fragment.secret;
let anchor = fragment.anchor;
let lastHeight = -1;

// WordPress's secret is for this script; the widgets (the timeline follows `#id`) see the event alone.
if (secret) {
  try {
    history.replaceState(null, '', location.href.split('#')[0] + (anchor ? `#${anchor}` : ''));
  } catch {
    // some engines refuse it in an opaque origin: the anchor is still followed below
  }
}

const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') {
  for (const widget of root.children) if (widget.localName.startsWith('gb-')) widget.setAttribute('theme', theme);
}

const post = (message: object) => {
  if (parent !== window) parent.postMessage(message, '*');
};

function sendHeight(force = false): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === lastHeight && !force) return;
  lastHeight = height;
  for (const message of heightMessages(height, secret)) post(message);
}

/** The element an id names, in the page or inside a widget's shadow root. */
function findById(id: string): Element | null {
  const own = document.getElementById(id);
  if (own) return own;
  for (const widget of root.querySelectorAll('*')) {
    const found = widget.shadowRoot?.getElementById(id);
    if (found) return found;
  }
  return null;
}

/** Tells the host where the named event is, once it is drawn, so that the host can scroll to it. */
function sendAnchor(): void {
  if (!anchor) return;
  let id = anchor;
  try {
    id = decodeURIComponent(anchor);
  } catch {
    // a malformed escape: look for the id as written
  }
  const target = findById(id);
  if (!target) return;
  anchor = '';
  post({ type: EMBED_MESSAGE, anchorTop: Math.round(target.getBoundingClientRect().top + scrollY) });
}

new ResizeObserver(() => {
  sendHeight();
  sendAnchor();
}).observe(root);
// Chromium skips the rendering updates, ResizeObserver's included, of a cross-origin frame that is
// hidden (WordPress clips its frames until they report a height) or out of view (below the fold).
// So the height is also reported now, at load, and a few times after it, as the widgets draw over
// later tasks: timers still run there.
const remeasure = (delay: number): void => {
  setTimeout(() => {
    sendHeight();
    if (delay < 3200) remeasure(delay * 2);
  }, delay);
};
sendHeight(true);
addEventListener('load', () => {
  sendHeight(true);
  remeasure(100);
});

addEventListener('hashchange', () => {
  anchor = readFragment(location.hash).anchor;
  requestAnimationFrame(() => requestAnimationFrame(sendAnchor));
});

addEventListener('message', (event: MessageEvent) => {
  // Only the page that frames us may ask for the height again (a host script or wp-embed.js that
  // started after our first report).
  if (event.source !== parent || !event.data || typeof event.data !== 'object') return;
  const data = event.data as { type?: string; message?: string; secret?: string };
  if (data.type === EMBED_MESSAGE || (secret && data.message === 'ready' && data.secret === secret)) sendHeight(true);
});

// <base target="_blank"> sends links to a new tab; where WordPress frames us (no popups in its
// sandbox) a link to the embed's own host goes through wp-embed.js's link message instead.
document.addEventListener('click', (event: MouseEvent) => {
  if (!secret) return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && Boolean(node.href));
  if (!link || new URL(link.href).host !== location.host || link.hash && link.href.split('#')[0] === location.href.split('#')[0]) return;
  event.preventDefault();
  post({ secret, message: 'link', value: link.href });
});

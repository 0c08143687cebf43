/**
 * golden-bridge's host script: sizes every `<iframe data-golden-bridge>` on the page to its embed's
 * exact content height (no clamping), scrolls to an event a fragment names, and passes the page's
 * own fragment (`#event-id`) on to the embeds when it names nothing on the page itself.
 */
import { EMBED_MESSAGE, originMatches, type EmbedMessage } from './protocol.js';

const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-golden-bridge]');

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as EmbedMessage | null;
  if (!data || data.type !== EMBED_MESSAGE) return;
  for (const frame of frames()) {
    if (frame.contentWindow !== event.source || !originMatches(event.origin, frame.src, location.href)) continue;
    if (typeof data.height === 'number' && data.height >= 0) {
      // content-box: the height is the frame's viewport, whatever border or padding the page gives it.
      frame.style.boxSizing = 'content-box';
      frame.style.height = `${data.height}px`;
    }
    if (typeof data.anchorTop === 'number') scrollTo({ top: frame.getBoundingClientRect().top + scrollY + data.anchorTop });
  }
});

function passFragment(): void {
  const id = location.hash.slice(1);
  if (!id || document.getElementById(decodeURIComponent(id))) return;
  for (const frame of frames()) {
    const url = new URL(frame.src, location.href);
    if (url.hash === location.hash) continue;
    url.hash = location.hash;
    frame.src = url.href;
  }
}

addEventListener('hashchange', passFragment);
passFragment();
// Embeds that reported before this script arrived report again.
for (const frame of frames()) frame.contentWindow?.postMessage({ type: EMBED_MESSAGE, hello: true } satisfies EmbedMessage, '*');

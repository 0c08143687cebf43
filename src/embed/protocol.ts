/**
 * The messages an embed page (frame.ts) and its hosts exchange: golden-bridge's own host script
 * (host.ts), WordPress's wp-embed.js and AMP's <amp-iframe resizable>. Pure, so tests check shapes.
 */

/** `type` of golden-bridge's own messages, both ways. */
export const EMBED_MESSAGE = 'golden-bridge-embed';

/** Frame → host: the embed's content height, and where a named event sits in it. */
export interface EmbedMessage {
  type: typeof EMBED_MESSAGE;
  height?: number;
  anchorTop?: number;
  hello?: true;
}

/** What an embed URL's fragment carries: an event's id, and WordPress's `#?secret=…`. */
export interface EmbedFragment {
  anchor: string;
  secret?: string;
}

/** Reads `#event-id`, `#?secret=abc` and `#event-id#?secret=abc` (WordPress appends its secret). */
export function readFragment(hash: string): EmbedFragment {
  const secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(hash)?.[1];
  const anchor = hash.replace(/^#/, '').split('#')[0].replace(/\?secret=[A-Za-z0-9]*$/, '');
  return secret ? { anchor, secret } : { anchor };
}

/** Every height message for one content height: AMP's, WordPress's (with a secret), ours. */
export function heightMessages(height: number, secret?: string): object[] {
  const messages: object[] = [
    { sentinel: 'amp', type: 'embed-size', height },
    { type: EMBED_MESSAGE, height } satisfies EmbedMessage,
  ];
  // wp-embed.js ignores any message without a secret, and its own frames' messages carry one.
  if (secret) messages.push({ secret, message: 'height', value: height });
  return messages;
}

/** Whether a message from `origin` may come from the frame whose `src` is given. */
export const originMatches = (origin: string, src: string, base: string): boolean =>
  // A frame sandboxed without allow-same-origin posts from the opaque origin, serialized "null".
  origin === 'null' || origin === new URL(src, base).origin;

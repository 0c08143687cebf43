/* global document, getComputedStyle */
// What the Chromium checks of embeds (embed-test.mjs, wordpress-test.mjs) measure: every frame of
// a puppeteer page, its content's height beside the height its host gave the frame.

/**
 * Each child frame's URL, content height (its document's laid-out height, whatever the frame's own
 * height) and box (the iframe element's rendered size), and whether the host still hides it the
 * way WordPress does until the frame reports (an inline style, the fallback blockquote shown).
 */
export function frameSizes(page) {
  return Promise.all(
    page.frames().slice(1).map(async frame => {
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const host = await (await frame.frameElement()).evaluate(element => {
        const rect = element.getBoundingClientRect();
        const secret = element.getAttribute('data-secret');
        const quote = secret ? document.querySelector(`blockquote[data-secret="${secret}"]`) : null;
        return { box: rect.height, width: rect.width, hidden: element.hasAttribute('style') || Boolean(quote && getComputedStyle(quote).display !== 'none') };
      });
      return { url: frame.url(), content, ...host };
    }),
  );
}

/** Measures every `every` ms until `done(sizes)` holds or `tries` run out; returns the last sizes. */
export async function settledFrameSizes(page, done, { tries = 50, every = 200 } = {}) {
  let sizes = [];
  for (let attempt = 0; attempt < tries; attempt++) {
    await new Promise(resolve => setTimeout(resolve, every));
    sizes = await frameSizes(page);
    if (done(sizes)) break;
  }
  return sizes;
}

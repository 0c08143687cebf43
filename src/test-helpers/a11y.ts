import { expect } from '@open-wc/testing';

/**
 * Checks a rendered widget with axe-core in both colour themes: zero violations, contrast included.
 * The element's own `theme` is restored afterwards.
 */
export async function expectAccessible(element: HTMLElement): Promise<void> {
  const original = element.getAttribute('theme');
  for (const theme of ['light', 'dark']) {
    element.setAttribute('theme', theme);
    await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    await expect(element, `axe, ${theme} theme`).to.be.accessible();
  }
  if (original === null) element.removeAttribute('theme');
  else element.setAttribute('theme', original);
}

/**
 * The text of a widget's shadow DOM as a screen reader goes through it: every text node outside
 * `aria-hidden` subtrees, in document order, each with the language it is in (its nearest `lang`).
 */
export function spokenText(widget: Element): Array<{ text: string; lang: string }> {
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  const spoken: Array<{ text: string; lang: string }> = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    const text = node.textContent!.trim();
    if (!text || parent.closest('[aria-hidden="true"], style')) continue;
    spoken.push({ text, lang: parent.closest('[lang]')?.getAttribute('lang') ?? '' });
  }
  return spoken;
}

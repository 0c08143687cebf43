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

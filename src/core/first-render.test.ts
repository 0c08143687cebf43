import { expect } from '@open-wc/testing';
import '../quote-card/index.js';

describe('core/first-render', () => {
  const task = () => new Promise(resolve => setTimeout(resolve));
  function cards(count: number): HTMLElement {
    const container = document.createElement('div');
    for (let i = 0; i < count; i++) {
      const card = document.createElement('gb-quote-card');
      card.innerHTML = `<blockquote>Quote ${i}</blockquote><span slot="speaker">Kassym-Jomart Tokayev</span>`;
      container.append(card);
    }
    return container;
  }
  const drawn = (card: Element) => card.shadowRoot?.querySelector('[part=base]') != null;
  const pendingSelector = CSS.supports('selector(:state(gb-pending))') ? ':state(gb-pending)' : undefined;

  it('starts drawing a few widgets within the task that upgraded them, waiting for no frame', async () => {
    const container = cards(20);
    document.body.append(container);
    try {
      await task();
      expect([...container.children].filter(drawn)).to.not.be.empty;
    } finally {
      container.remove();
    }
  });

  it('spreads the first renders of a thousand widgets over tasks, light DOM showing meanwhile, and draws them all', async function () {
    // A thousand first renders take seconds in Firefox and WebKit on a loaded two-core machine.
    this.timeout(60_000);
    const container = cards(1000);
    document.body.append(container);
    try {
      await task();
      const all = [...container.children];
      const afterFirstSlice = all.filter(drawn).length;
      expect(afterFirstSlice, 'some drawn in the first slice').to.be.greaterThan(0);
      expect(afterFirstSlice, 'not all in one slice').to.be.lessThan(1000);
      const waiting = all.find(card => !drawn(card))!;
      expect(waiting.shadowRoot, 'no shadow root hides the light DOM of a waiting widget').to.equal(null);
      expect(waiting.querySelector('blockquote')!.getClientRects().length, 'its light DOM is laid out').to.be.greaterThan(0);
      if (pendingSelector) {
        expect(waiting.matches(pendingSelector)).to.equal(true);
        expect(all[0].matches(pendingSelector), 'a drawn widget has left the pending state').to.equal(false);
      }
      await (all[999] as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(all.filter(drawn)).to.have.length(1000);
    } finally {
      container.remove();
    }
  });

  it('skips a widget that leaves the page before its turn, and draws it when it comes back', async () => {
    const container = cards(600);
    document.body.append(container);
    const last = container.lastElementChild!;
    last.remove();
    try {
      while ([...container.children].some(card => !drawn(card))) await task();
      expect(last.shadowRoot, 'not drawn while away').to.equal(null);
      container.append(last);
      await (last as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(drawn(last)).to.equal(true);
    } finally {
      container.remove();
    }
  });
});

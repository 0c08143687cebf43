/**
 * The script-tag bundle itself (dist/golden-bridge.js, built by `npm run build` before the tests):
 * a page that loads it twice, from two URLs, throws nothing and renders each widget once; and the
 * light-DOM content reads correctly before the bundle arrives.
 */
import { expect } from '@open-wc/testing';
import { settle, watchConsole } from './test-helpers/console.js';

const LIGHT_DOM = `
  <gb-quote-card variant="card" id="from-light-dom">
    <blockquote lang="en">Art and culture are a golden bridge that unites different nations.</blockquote>
    <span slot="speaker">Kassym-Jomart Tokayev</span>
    <span slot="role">President of Kazakhstan</span>
    <time slot="date" datetime="2025-09-02">2 September 2025</time>
    <a slot="source" href="https://astanatimes.com/">The Astana Times</a>
  </gb-quote-card>
  <gb-quote-card id="from-attributes" variant="pull" quote="&lt;script&gt;window.__gbRan = 1&lt;/script&gt;Hostile text stays text."
    speaker="Sun Yeli" date="2025-09-02" source="Global Times" source-url="javascript:alert(1)"></gb-quote-card>`;

describe('dist/golden-bridge.js', () => {
  it('reads correctly before the bundle loads, then renders once when loaded twice', async () => {
    const page = document.createElement('main');
    // Static test markup, not content: this is the HTML a CMS would hold.
    page.innerHTML = LIGHT_DOM;
    document.body.append(page);

    // Before any JavaScript of ours: the article still shows the quote, who said it, and when.
    expect(customElements.get('gb-quote-card')).to.equal(undefined);
    const before = page.innerText;
    expect(before).to.contain('Art and culture are a golden bridge');
    expect(before).to.contain('Kassym-Jomart Tokayev');
    expect(before).to.contain('2 September 2025');

    const console = watchConsole();
    try {
      await import(/* @vite-ignore */ `${location.origin}/dist/golden-bridge.js`);
      await import(/* @vite-ignore */ `${location.origin}/dist/golden-bridge.js?second-copy`);
      await settle(page);
    } finally {
      console.restore();
    }
    expect(console.errors, 'errors').to.deep.equal([]);
    // The second copy says once per tag that another copy renders it; nothing throws.
    expect(console.warnings.filter(w => String(w[0]).includes('already defined')).length).to.be.greaterThan(0);

    const fromLight = page.querySelector('#from-light-dom')!;
    const fromAttributes = page.querySelector('#from-attributes')!;
    expect(fromLight.shadowRoot!.querySelectorAll('figure')).to.have.length(1);
    expect(fromLight.shadowRoot!.querySelector('[part=speaker]')!.textContent).to.equal('Kassym-Jomart Tokayev');
    expect(fromAttributes.shadowRoot!.querySelector('[part=quote]')!.textContent!.trim()).to.equal(
      '<script>window.__gbRan = 1</script>Hostile text stays text.',
    );
    expect(fromAttributes.shadowRoot!.querySelector('a')).to.equal(null);
    expect((window as { __gbRan?: number }).__gbRan).to.equal(undefined);
    page.remove();
  });
});

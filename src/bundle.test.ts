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

  // The bundle is minified past what the widget suites run (internal member names mangled, attribute
  // quotes dropped, `id=tab-${i}` unquoted): the interactive paths must work in it too.
  it('keeps the interactive widgets working in the minified bundle', async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/golden-bridge.js`);
    const page = document.createElement('main');
    // Static test markup, as a CMS would hold it.
    page.innerHTML = `
      <gb-proverb layout="toggle" lang="en">
        <p lang="zh-Hans">授人以鱼不如授人以渔</p>
        <p lang="en">Teach a man to fish.</p>
        <p lang="ru">Научи человека ловить рыбу.</p>
      </gb-proverb>
      <gb-timeline lang="en" events='[{"date":"2023-05-18","title":"Xi&#39;an summit","category":"Summits"},
        {"date":"2024-07-03","title":"Astana visit","category":"Visits"},{"date":"2025-09-02","title":"SCO Tianjin","category":"Summits"}]'>
      </gb-timeline>`;
    document.body.append(page);
    const console = watchConsole();
    try {
      await settle(page);
      const proverb = page.querySelector('gb-proverb')!.shadowRoot!;
      const tabs = [...proverb.querySelectorAll<HTMLElement>('[part=tab]')];
      expect(tabs.map(tab => tab.id)).to.deep.equal(['tab-0', 'tab-1']);
      expect(proverb.querySelector('[role=tabpanel]')!.getAttribute('aria-labelledby')).to.equal('tab-0');
      tabs[1].click();
      await settle(page);
      expect(proverb.querySelector('[role=tabpanel]')!.getAttribute('aria-labelledby')).to.equal('tab-1');
      expect(proverb.querySelector('[role=tabpanel]')!.textContent).to.contain('Научи');
      expect(proverb.querySelector('[role=status]')!.textContent).to.not.equal('');

      const timeline = page.querySelector('gb-timeline')!.shadowRoot!;
      const buttons = [...timeline.querySelectorAll<HTMLElement>('[part=filter] button')];
      expect(buttons.map(button => button.className)).to.deep.equal(['cat-0', 'cat-1', 'cat-2']);
      expect(timeline.querySelectorAll('[part=event]')).to.have.length(3);
      buttons[1].click();
      await settle(page);
      await new Promise(resolve => setTimeout(resolve, 50));
      await settle(page);
      expect([...timeline.querySelectorAll('[part=title]')].map(title => title.textContent)).to.deep.equal(["Xi'an summit", 'SCO Tianjin']);
      expect(timeline.querySelector('[role=status]')!.textContent).to.contain('2');
      const first = timeline.querySelector<HTMLElement>('article')!;
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(timeline.activeElement?.querySelector('[part=title]')?.textContent).to.equal('SCO Tianjin');
    } finally {
      console.restore();
      page.remove();
    }
    expect(console.errors, 'errors').to.deep.equal([]);
    expect(console.warnings, 'warnings').to.deep.equal([]);
  });
});

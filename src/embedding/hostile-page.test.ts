/**
 * The bundle on pages that get in its way: a Trusted Types policy that refuses golden-bridge's HTML
 * reader, and elements named after the globals Lit reads (DOM clobbering).
 */
import { expect } from '@open-wc/testing';
import { part } from '../test-helpers/dom.js';
import { openPage, probe, widgetsRendered } from '../test-helpers/embedding.js';

type PageWindow = Window & typeof globalThis & { trustedTypes?: unknown; __ran?: number } & Record<string, unknown>;

describe('the bundle on a hostile page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach(frame => frame.remove()));

  it('reads TimelineJS3 HTML through its policy under the strict CSP: text and safe links, no markup, nothing run', async () => {
    const frame = await openPage('/src/embedding/pages/strict-csp.html');
    const [timeline] = (await widgetsRendered(frame)).filter(widget => widget.localName === 'gb-timeline');
    const article = [...timeline.shadowRoot!.querySelectorAll('article')].find(each => each.textContent!.includes('Opened by'))!;
    expect(article.querySelector('p')!.textContent).to.equal('Opened by the president.');
    expect(article.textContent).not.to.contain('__ran').and.not.to.contain('<');
    expect((frame.contentWindow as PageWindow).__ran).to.equal(undefined);
    expect(probe(frame).violations).to.deep.equal([]);
    expect(probe(frame).problems.filter(problem => problem.startsWith('gb-timeline'))).to.deep.equal([]);
  });

  it('shows TimelineJS3 HTML as plain text, reported once, when the page refuses its policy', async () => {
    const frame = await openPage('/src/embedding/pages/trusted-types-refused.html');
    const [timeline] = await widgetsRendered(frame);
    const win = frame.contentWindow as PageWindow;
    const article = timeline.shadowRoot!.querySelector('article')!;
    const paragraphs = [...article.querySelectorAll('p')].map(p => p.textContent!.trim());
    expect(part(timeline, 'title')!.textContent!.trim()).to.equal('Centre opens');
    expect(article.textContent).not.to.contain('<').and.not.to.contain('__ran').and.not.to.contain('href');
    expect(win.__ran).to.equal(undefined);
    expect(probe(frame).errors).to.deep.equal([]);
    if (win.trustedTypes) {
      // Refused: one paragraph of plain text, no emphasis, no link, and the timeline says so once.
      // The page's only violations are the policy's refusal and the one plain-string attempt
      // (Chromium reports both as events; Firefox and WebKit, at the time of writing, neither).
      expect(paragraphs).to.deep.equal(['Opened by the president. More here and']);
      expect(article.querySelector('em, a[href]')).to.equal(null);
      const directives = probe(frame).violations.map(violation => violation.split(':')[0]);
      expect(directives.filter(directive => directive !== 'trusted-types' && directive !== 'require-trusted-types-for')).to.deep.equal([]);
      expect(directives.length).to.be.at.most(2);
      expect(probe(frame).problems).to.deep.equal(['gb-timeline events[0].text']);
    } else {
      // An engine without Trusted Types parses as usual.
      expect(paragraphs).to.deep.equal(['Opened by the president.', 'More here and']);
      expect(probe(frame).problems).to.deep.equal([]);
    }
  });

  it('keeps Lit on adopted stylesheets and every widget registered when page elements are named like Lit\'s globals', async () => {
    const frame = await openPage('/src/embedding/pages/clobbered.html');
    const widgets = await widgetsRendered(frame);
    expect(widgets.map(widget => widget.localName)).to.deep.equal(['gb-quote-card', 'gb-stat-badge', 'gb-proverb', 'gb-timeline']);
    for (const widget of widgets) {
      expect(widget.shadowRoot!.querySelector('style'), `${widget.localName} draws no <style> element`).to.equal(null);
      expect(widget.shadowRoot!.adoptedStyleSheets.length, `${widget.localName} adopts its styles`).to.be.greaterThan(0);
    }
    expect(getComputedStyle(part(widgets[0], 'base')!).display).to.equal('grid');
    expect(probe(frame).violations, 'CSP violations').to.deep.equal([]);
    expect(probe(frame).errors, 'errors').to.deep.equal([]);
    // The page has its names back once the bundle has loaded; Lit's own globals are Lit's.
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    expect(win.ShadyCSS).to.equal(doc.getElementById('ShadyCSS'));
    expect(win.litHtmlPolyfillSupport).to.equal(doc.getElementById('litHtmlPolyfillSupport'));
    expect(Array.isArray(win.litHtmlVersions)).to.equal(true);
    expect(win.litPropertyMetadata).to.be.instanceOf(win.WeakMap);
  });
});

/**
 * The script-tag path, as a host page meets it: the built bundle (dist/golden-bridge.js) in whole
 * pages loaded in an iframe — under a strict Content-Security-Policy with Trusted Types, inside a
 * hostile global stylesheet, right to left, at 200 % text, and printed. Before the bundle arrives,
 * and when it comes late: embedding.late-bundle.test.ts.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { part } from '../test-helpers/dom.js';
import { openPage, probe, widgetsRendered } from '../test-helpers/embedding.js';

describe('embedding the bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach(frame => frame.remove()));

  it('works under default-src/script-src/style-src \'self\' with Trusted Types required, with no violation', async () => {
    const frame = await openPage('/src/embedding/pages/strict-csp.html');
    const widgets = await widgetsRendered(frame);
    expect(widgets).to.have.length(6);
    // TimelineJS3 text went through the allow-list without touching a Trusted Types sink
    expect(widgets[5].shadowRoot!.querySelector('em')!.textContent).to.equal('the president');
    expect(part(widgets[4], 'tab')!.getAttribute('role')).to.equal('tab');
    expect(part(widgets[0], 'speaker')!.textContent).to.equal('Kassym-Jomart Tokayev');
    expect(part(widgets[1], 'original')!.textContent!.trim()).to.equal('一花独放不是春，百花齐放春满园。');
    expect(part(widgets[3], 'sparkline')!.querySelector('polyline')).to.exist;
    // Styles applied: adopted stylesheets are allowed by style-src 'self'.
    expect(getComputedStyle(part(widgets[0], 'base')!).display).to.equal('grid');
    // The count-up animates the shown text only, which no policy objects to.
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(probe(frame).violations, 'CSP violations').to.deep.equal([]);
    expect(probe(frame).errors, 'errors').to.deep.equal([]);

    // Where the engine enforces Trusted Types, prove the policy is really in force for this page.
    const win = frame.contentWindow as Window & { trustedTypes?: unknown };
    if (win.trustedTypes) {
      const probeDiv = frame.contentDocument!.createElement('div');
      expect(() => (probeDiv.innerHTML = '<b>x</b>')).to.throw();
    }
  });

  it('looks right inside an aggressive global stylesheet', async () => {
    const frame = await openPage('/src/embedding/pages/hostile.html', 400);
    const [card] = await widgetsRendered(frame);
    const photo = part<HTMLImageElement>(card, 'photo')!;
    expect(getComputedStyle(photo).display, 'img { display: none } does not reach the photo').to.not.equal('none');
    expect(getComputedStyle(part(card, 'copy-button') ?? card).display).to.not.equal('none');
    expect(getComputedStyle(part(card, 'base')!).boxSizing).to.equal('border-box');
    const base = part(card, 'base')!;
    expect(base.scrollWidth, 'no horizontal overflow').to.be.at.most(base.clientWidth + 1);
    expect(getComputedStyle(part(card, 'speaker')!).textTransform).to.equal('none');
    expect(probe(frame).errors).to.deep.equal([]);
  });

  it('mirrors in a right-to-left page', async () => {
    const frame = await openPage('/src/embedding/pages/rtl.html', 700);
    const [card] = await widgetsRendered(frame);
    const base = part(card, 'base')!;
    expect(getComputedStyle(base).direction).to.equal('rtl');
    // The hero's accent rule is on the inline start: the right, in Arabic.
    expect(parseFloat(getComputedStyle(base).borderRightWidth)).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(base).borderLeftWidth)).to.equal(0);
    const initials = part(card, 'initials')!.getBoundingClientRect();
    const speaker = part(card, 'speaker')!.getBoundingClientRect();
    expect(initials.left, 'portrait before the name, on the right').to.be.greaterThan(speaker.left);
  });

  it('reflows at 200 % text in a 320 px column without overflowing', async () => {
    const frame = await openPage('/src/embedding/pages/hostile.html', 320);
    const [card] = await widgetsRendered(frame);
    frame.contentDocument!.documentElement.style.fontSize = '200%';
    await new Promise(resolve => setTimeout(resolve, 50));
    const base = part(card, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(card.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('prints without buttons and keeps each card on one page', async function () {
    const frame = await openPage('/src/embedding/pages/strict-csp.html');
    const [card] = await widgetsRendered(frame);
    // The print rules themselves, in every engine.
    const sheets = card.shadowRoot!.adoptedStyleSheets;
    const printRules = sheets
      .flatMap(sheet => [...sheet.cssRules])
      // the rules come from the iframe's realm, so `instanceof CSSMediaRule` of this one would be false
      .filter((rule): rule is CSSMediaRule => 'media' in rule && (rule as CSSMediaRule).media.mediaText.includes('print'))
      .map(rule => rule.cssText)
      .join('\n');
    expect(printRules).to.match(/copy-button[^}]*display:\s*none/);
    // And as printed, where the engine can emulate print media.
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      return; // WebKitGTK's driver cannot emulate media: the rules above still hold
    }
    try {
      // the button exists only where the Clipboard API does; when it is there, print hides it
      const button = part(card, 'copy-button')!;
      if (button) expect(getComputedStyle(button).display).to.equal('none');
      expect(getComputedStyle(part(card, 'base')!).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import { scriptFaces, tokens } from './tokens.js';

/** The smallest widget built on the shared styles: a surface, a Latin line and a Chinese one. */
class TokensProbe extends LitElement {
  static override styles = [
    tokens,
    css`
      div {
        background: var(--_surface);
        border-radius: var(--_radius);
        font-family: var(--_font-display);
      }
    `,
    scriptFaces,
  ];
  override render() {
    return litHtml`<div><p id="latin">Golden bridge</p><p id="han" lang="zh-Hans">金桥</p></div>`;
  }
}
customElements.define('gb-test-tokens', TokensProbe);

const shadow = (probe: Element, selector: string) => getComputedStyle(probe.shadowRoot!.querySelector(selector)!);

describe('core/tokens', () => {
  it('takes --gb-* tokens from any ancestor, and falls back to its own values', async () => {
    const page = await fixture<HTMLElement>(html`<div style="color-scheme: light">
      <gb-test-tokens id="plain"></gb-test-tokens>
      <section style="--gb-color-text: rgb(1, 2, 3); --gb-color-surface: rgb(4, 5, 6); --gb-radius: 3px">
        <gb-test-tokens id="themed"></gb-test-tokens>
      </section>
    </div>`);
    const plain = page.querySelector('#plain')!;
    const themed = page.querySelector('#themed')!;
    await (themed as TokensProbe).updateComplete;
    await (plain as TokensProbe).updateComplete;
    expect(getComputedStyle(plain).color).to.equal('rgb(29, 31, 35)');
    expect(shadow(plain, 'div').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(themed).color).to.equal('rgb(1, 2, 3)');
    expect(shadow(themed, 'div').backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(shadow(themed, 'div').borderTopLeftRadius).to.equal('3px');
  });

  it('keeps the page\'s text effects out, and sets Han in the CJK face whatever the display face', async () => {
    const page = await fixture<HTMLElement>(html`<div style="text-transform: uppercase; letter-spacing: 4px; --gb-font-display: 'Test Display'; --gb-font-cjk: 'Test CJK'">
      <gb-test-tokens></gb-test-tokens>
    </div>`);
    const probe = page.querySelector('gb-test-tokens')!;
    await (probe as TokensProbe).updateComplete;
    expect(shadow(probe, '#latin').textTransform).to.equal('none');
    expect(shadow(probe, '#latin').fontFamily).to.contain('Test Display');
    expect(shadow(probe, '#han').fontFamily).to.contain('Test CJK');
    expect(shadow(probe, '#han').lineBreak).to.equal('strict');
    expect(['normal', '0px']).to.include(shadow(probe, '#han').letterSpacing);
  });
});

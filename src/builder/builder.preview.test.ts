// The preview as a reader's page would show it: dark or light, 320 px or wide, in a page language
// to try, while the copied HTML stays the content's own.
import { expect } from '@open-wc/testing';
import { $, code, openBuilder, settleStage, stage } from '../test-helpers/builder.js';

describe('builder: the preview', () => {
  it('keeps both of two changes made in one task: dark and 320 px', async () => {
    const builder = await openBuilder();
    $(builder, 'input[name="theme"][value="dark"]').click();
    $(builder, 'input[name="width"][value="narrow"]').click();
    await settleStage(builder);
    const widget = stage(builder).firstElementChild!;
    expect(getComputedStyle(widget).colorScheme).to.equal('dark');
    expect(stage(builder).getBoundingClientRect().width).to.equal(320);
    $(builder, 'input[name="theme"][value="light"]').click();
    await settleStage(builder);
    expect(getComputedStyle(stage(builder).firstElementChild!).colorScheme).to.equal('light');
  });

  it('tries a page language on the widget, not on the code it copies', async () => {
    const builder = await openBuilder();
    $(builder, 'input[name="widget"][value="timeline"]').click();
    await settleStage(builder);
    const filterAll = () => stage(builder).querySelector('gb-timeline')!.shadowRoot!.querySelector('[part="filter"] button')!.textContent!.trim();
    expect(filterAll()).to.equal('All');
    for (const [lang, all] of [['ru', 'Все'], ['kk', 'Барлығы'], ['zh-Hans', '全部'], ['', 'All']]) {
      const picker = $<HTMLSelectElement>(builder, '#preview-lang');
      picker.value = lang;
      picker.dispatchEvent(new Event('change'));
      await settleStage(builder);
      expect(filterAll(), lang).to.equal(all);
      expect(code(builder)).to.contain('\n  lang="en"\n').and.not.to.contain(`lang="${lang}"\n`);
    }
  });
});

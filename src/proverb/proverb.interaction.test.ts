import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../test-helpers/a11y.js';
import { settle } from '../test-helpers/console.js';
import { parts, root, stubSpeech } from '../test-helpers/dom.js';
import { expectNoProblem } from '../test-helpers/problems.js';
import './index.js';
import type { GbProverb } from './proverb.js';
import { ENGLISH, ORIGINAL, RUSSIAN, lightProverb } from './proverb.fixtures.js';

// What a reader does with a proverb: switch translations, and listen.
describe('gb-proverb', () => {
  describe('toggle', () => {
    it('is a tab list the keyboard drives, announcing the choice', async () => {
      const proverb = await fixture<GbProverb>(lightProverb('toggle'));
      const tabs = () => parts(proverb, 'tab');
      expect(root(proverb).querySelector('[role=tablist]')).to.exist;
      expect(tabs().map(tab => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false']);
      expect(tabs().map(tab => tab.tabIndex)).to.deep.equal([0, -1]);
      expect(parts(proverb, 'translation')[0].textContent!.trim()).to.equal(ENGLISH);
      tabs()[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(proverb);
      expect(tabs()[1].getAttribute('aria-selected')).to.equal('true');
      expect(root(proverb).activeElement).to.equal(tabs()[1]);
      expect(parts(proverb, 'translation')[0].getAttribute('lang')).to.equal('ru');
      expect(root(proverb).querySelector('[role=status]')!.textContent).to.equal(
        `Showing the ${new Intl.DisplayNames('en', { type: 'language' }).of('ru')} translation`,
      );
      await sendKeys({ press: 'Home' });
      await settle(proverb);
      expect(tabs()[0].getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'End' });
      await settle(proverb);
      expect(tabs()[1].getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowRight' });
      await settle(proverb);
      expect(tabs()[0].getAttribute('aria-selected'), 'wraps around').to.equal('true');
      await expectAccessible(proverb);
    });

    it('names each tab in its own language and shows the one `show` names first', async () => {
      const proverb = await fixture<GbProverb>(html`<gb-proverb layout="toggle" show="ru" lang="kk">
        <p lang="zh-Hans">${ORIGINAL}</p><p lang="en">${ENGLISH}</p><p lang="ru">${RUSSIAN}</p></gb-proverb>`);
      const tabs = parts(proverb, 'tab');
      expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
      expect(tabs[1].textContent!.trim()).to.equal(new Intl.DisplayNames('ru', { type: 'language' }).of('ru'));
      expect(root(proverb).querySelector('[role=tablist]')!.getAttribute('aria-label')).to.equal('Аудармалар');
    });

    it('is chosen by mouse too', async () => {
      const proverb = await fixture<GbProverb>(lightProverb('toggle'));
      parts(proverb, 'tab')[1].click();
      await settle(proverb);
      expect(parts(proverb, 'translation')[0].textContent!.trim()).to.equal(RUSSIAN);
    });
  });

  describe('listen', () => {
    it('is absent where speech synthesis is not, and nothing throws', async () => {
      const speech = stubSpeech(true);
      try {
        const proverb = await expectNoProblem<GbProverb>(lightProverb('stacked'));
        expect(parts(proverb, 'listen-button')).to.have.length(0);
      } finally {
        speech.restore();
      }
    });

    it('offers a button only for languages a voice speaks, and speaks in that language', async () => {
      const speech = stubSpeech();
      try {
        const proverb = await fixture<GbProverb>(lightProverb('stacked'));
        expect(parts(proverb, 'listen-button')).to.have.length(0);
        // voices arrive later, as in Chromium
        speech.voices.push({ lang: 'zh-CN', name: 'Chinese' }, { lang: 'ru-RU', name: 'Russian' });
        speech.voicesChanged();
        await settle(proverb);
        const buttons = parts(proverb, 'listen-button');
        expect(buttons).to.have.length(2);
        expect(buttons.map(button => button.parentElement!.closest('[lang]')!.getAttribute('lang'))).to.deep.equal(['zh-Hans', 'ru']);
        buttons[1].click();
        expect(speech.spoken).to.deep.equal([{ text: RUSSIAN, lang: 'ru-RU' }]);
      } finally {
        speech.restore();
      }
    });
  });
});

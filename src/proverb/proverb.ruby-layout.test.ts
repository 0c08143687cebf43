import { expect, fixture, html } from '@open-wc/testing';
import { settle } from '../test-helpers/console.js';
import { nearNeighbour, oneFlower } from '../../stories/data/proverbs.js';
import './index.js';
import type { GbProverb } from './proverb.js';

/**
 * Interlinear pinyin as clreq (W3C Requirements for Chinese Text Layout) sets it: each syllable
 * centred over its character, neighbouring syllables visibly apart, base characters spread where
 * the annotations are wider. Measured on the glyphs (Range boxes of the text), not on the boxes.
 */
const glyphBox = (node: Node): DOMRect => {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
};

interface Column {
  syllable: string;
  base: DOMRect;
  annotation: DOMRect;
  fontSize: number;
}

function columns(proverb: GbProverb): Column[] {
  return [...proverb.shadowRoot!.querySelectorAll('ruby')].map(ruby => {
    const rt = ruby.querySelector('rt')!;
    const baseText = [...ruby.childNodes].find(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    return { syllable: rt.textContent!, base: glyphBox(baseText), annotation: glyphBox(rt), fontSize: parseFloat(getComputedStyle(rt).fontSize) };
  });
}

const seeds = { 'one flower (seeds 001, 002)': oneFlower, 'near neighbour': nearNeighbour };

describe('gb-proverb: interlinear pinyin layout (clreq)', () => {
  for (const [name, seed] of Object.entries(seeds)) {
    for (const width of [320, 900]) {
      it(`${name}, ${width} px: syllables centred over their characters and visibly apart`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px">
          <gb-proverb lang="en" layout="interlinear" .original=${seed.original} .translations=${seed.translations}></gb-proverb>
        </div>`);
        const proverb = wrapper.querySelector('gb-proverb')!;
        await settle(wrapper);
        await document.fonts.ready;
        const cols = columns(proverb);
        expect(cols.length, 'one ruby per Han character').to.equal(Array.from(seed.original.text).filter(c => /\p{Script=Han}/u.test(c)).length);
        for (const col of cols) {
          const baseCentre = col.base.left + col.base.width / 2;
          const annotationCentre = col.annotation.left + col.annotation.width / 2;
          expect(Math.abs(baseCentre - annotationCentre), `"${col.syllable}" centred over its character`).to.be.below(1.5);
        }
        for (let i = 1; i < cols.length; i++) {
          const [before, after] = [cols[i - 1], cols[i]];
          // a new line: nothing to keep apart
          if (Math.abs(after.annotation.top - before.annotation.top) > before.annotation.height / 2) continue;
          const gap = after.annotation.left - before.annotation.right;
          expect(gap, `gap between "${before.syllable}" and "${after.syllable}"`).to.be.at.least(before.fontSize / 4 - 0.5);
        }
      });
    }
  }

  it('the base characters of a clause sit on one baseline and never overlap', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px">
      <gb-proverb lang="en" layout="interlinear" .original=${oneFlower.original} .translations=${oneFlower.translations}></gb-proverb>
    </div>`);
    const proverb = wrapper.querySelector('gb-proverb')!;
    await settle(wrapper);
    const cols = columns(proverb);
    for (let i = 1; i < cols.length; i++) {
      if (Math.abs(cols[i].base.top - cols[i - 1].base.top) > 2) continue;
      expect(cols[i].base.left, 'characters in reading order, apart').to.be.at.least(cols[i - 1].base.right - 0.5);
    }
  });
});

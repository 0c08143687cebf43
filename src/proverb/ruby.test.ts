import { expect } from '@open-wc/testing';
import { ORIGINAL, PINYIN } from './proverb.fixtures.js';
import { alignRuby } from './ruby.js';

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

import { expect } from '@open-wc/testing';
import { canonicalLocale, memoize } from './intl.js';

describe('core/intl memoize', () => {
  it('computes each key once, and forgets everything when full rather than growing', () => {
    const calls: string[] = [];
    const length = memoize(key => {
      calls.push(key);
      return key.length;
    });
    expect([length('USD'), length('USD'), length('kilometer')]).to.deep.equal([3, 3, 9]);
    expect(calls).to.deep.equal(['USD', 'kilometer']);
    for (let i = 0; i < 300; i++) length(`key-${i}`);
    length('USD');
    expect(calls.filter(key => key === 'USD'), 'recomputed after the map was emptied').to.have.length(2);
  });

  it('gives the canonical form of a language tag, or nothing for a malformed one', () => {
    expect(canonicalLocale('zh-hans')).to.equal('zh-Hans');
    expect(canonicalLocale('KK')).to.equal('kk');
    expect(canonicalLocale('not a tag')).to.equal(undefined);
  });
});

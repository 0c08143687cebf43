import { expect } from '@open-wc/testing';
import { stubClipboard } from '../test-helpers/dom.js';
import { canCopy } from './clipboard.js';

describe('core/clipboard', () => {
  it('offers copying only where navigator.clipboard.writeText exists', () => {
    const present = stubClipboard();
    try {
      expect(canCopy()).to.equal(true);
    } finally {
      present.restore();
    }
    const absent = stubClipboard(undefined, true);
    try {
      expect(canCopy(), 'no Clipboard API').to.equal(false);
    } finally {
      absent.restore();
    }
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: 'not a function' }, configurable: true });
    try {
      expect(canCopy(), 'a clipboard without writeText').to.equal(false);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

import { expect } from '@open-wc/testing';
import type { Problem } from './problems.js';
import { readUrl, safeUrl } from './url.js';

describe('core/url', () => {
  it('accepts http, https, mailto and relative URLs', () => {
    for (const ok of ['https://astanatimes.com/', 'http://example.org/a?b#c', 'mailto:press@example.org', '/photo.jpg', 'photo.jpg', '#event-3', '//cdn.example.org/x.js']) {
      expect(safeUrl(ok), ok).to.equal(ok);
    }
  });

  it('refuses script-bearing and other schemes however they are dressed', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'java\tscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/y', '']) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(undefined);
    }
    expect(safeUrl('mailto:a@b.c', ['http:', 'https:'])).to.equal(undefined);
  });

  it('reports an unsafe or non-string URL as a problem', () => {
    const problems: Problem[] = [];
    expect(readUrl('javascript:x', 'href', problems)).to.equal(undefined);
    expect(readUrl(42, 'href', problems)).to.equal(undefined);
    expect(readUrl(undefined, 'href', problems)).to.equal(undefined);
    expect(problems.map(p => p.field)).to.deep.equal(['href', 'href']);
  });
});

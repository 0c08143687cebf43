import { expect } from '@open-wc/testing';
import { watchConsole } from '../test-helpers/console.js';
import { define } from './define.js';

describe('core/define', () => {
  it('defines once, ignores the same class, and warns once for another class', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const console = watchConsole();
    try {
      define('gb-test-define', First);
      define('gb-test-define', First);
      define('gb-test-define', Second);
      define('gb-test-define', Second);
    } finally {
      console.restore();
    }
    expect(customElements.get('gb-test-define')).to.equal(First);
    expect(console.warnings).to.have.length(1);
    expect(String(console.warnings[0][0])).to.contain('<gb-test-define> is already defined');
  });
});

import { expect } from '@open-wc/testing';
import { watchConsole } from '../test-helpers/console.js';
import { addProblem, describeValue, reportProblems, type GbErrorDetail, type Problem } from './problems.js';

describe('core/problems', () => {
  it('shortens values for logs', () => {
    expect(describeValue('x'.repeat(500))).to.match(/… \(500 characters\)$/);
    expect(describeValue({ a: 1 })).to.equal('{"a":1}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).to.equal('[object Object]');
  });

  it('collects a problem with its value shortened, and with no value key when none is given', () => {
    const problems: Problem[] = [];
    addProblem(problems, 'label', 'is too long', 'y'.repeat(1000));
    addProblem(problems, 'quote', 'is missing');
    expect(problems[0].value).to.have.length.lessThan(200);
    expect(problems[1]).to.deep.equal({ field: 'quote', message: 'is missing' });
    expect('value' in problems[1]).to.equal(false);
  });

  it('reports each new problem once: one warning naming the element, one bubbling, composed gb-error', () => {
    const host = document.createElement('gb-test-problems');
    document.body.append(host);
    const events: Event[] = [];
    const onError = (event: Event) => void events.push(event);
    document.addEventListener('gb-error', onError);
    const console = watchConsole();
    try {
      const date = { field: 'date', message: 'is not a valid date', value: '2025-13-45' };
      const first = reportProblems(host, [date], new Set());
      expect(console.warnings.map(w => w[0])).to.deep.equal(['<gb-test-problems> date: is not a valid date']);
      expect(console.warnings[0][1], 'the element, to find it from the console').to.equal(host);
      // the same problem again is not news; a new one is
      const second = reportProblems(host, [date, { field: 'photo', message: 'could not be loaded' }], first);
      expect(console.warnings).to.have.length(2);
      expect(second.size).to.equal(2);
      // once fixed, the same mistake made again is reported again
      reportProblems(host, [date], reportProblems(host, [], second));
      expect(console.warnings).to.have.length(3);
    } finally {
      console.restore();
      document.removeEventListener('gb-error', onError);
      host.remove();
    }
    expect(events.map(event => (event as CustomEvent<GbErrorDetail>).detail.field)).to.deep.equal(['date', 'photo', 'date']);
    expect(events.every(event => event.bubbles && event.composed)).to.equal(true);
    expect((events[0] as CustomEvent<GbErrorDetail>).detail).to.deep.equal({ element: 'gb-test-problems', field: 'date', message: 'is not a valid date', value: '2025-13-45' });
  });
});

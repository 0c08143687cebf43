import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT, MAX_SOURCE_BYTES, SourceController } from './source-controller.js';

const EVENTS = '/src/timeline/fixtures/events.json';

/** A host that only counts the updates the controller asks for. */
function host() {
  const controllers: ReactiveController[] = [];
  const counted = { updates: 0, controllers };
  const value: ReactiveControllerHost & typeof counted = Object.assign(counted, {
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController() {},
    requestUpdate: () => void counted.updates++,
    updateComplete: Promise.resolve(true),
  });
  return value;
}

const parseJson = (text: string) => JSON.parse(text) as unknown;
const messages = (controller: SourceController<unknown>) => controller.problems.map(p => `${p.field}: ${p.message}`);

/** Replaces fetch for one test; `restore()` after. */
function stubFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const original = window.fetch;
  const asked: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), answer(String(input), init))) as typeof fetch;
  return { asked, restore: () => (window.fetch = original) };
}

describe('core/source-controller', () => {
  it('registers with its host, loads and parses src, and asks for one update', async () => {
    const widget = host();
    const source = new SourceController(widget, parseJson, 'the list is shown');
    expect(widget.controllers).to.deep.equal([source]);
    expect(await source.load(` ${EVENTS} `)).to.equal(true);
    expect(source.state).to.equal('loaded');
    expect((source.data as { events: unknown[] }).events).to.have.length(3);
    expect(source.requested).to.equal(` ${EVENTS} `);
    expect(source.problems).to.deep.equal([]);
    expect(widget.updates).to.equal(1);
  });

  it('fetches nothing for no src, and refuses an unsafe one', async () => {
    const fetches = stubFetch(() => Promise.reject(new Error('must not be asked')));
    try {
      const source = new SourceController(host(), parseJson, 'the list is shown');
      expect(await source.load(undefined)).to.equal(false);
      expect(await source.load('   ')).to.equal(false);
      expect(source.state).to.equal('idle');
      for (const unsafe of ['javascript:alert(1)', 'data:application/json,[]', 'mailto:a@b.c']) {
        expect(await source.load(unsafe)).to.equal(false);
        expect(source.state).to.equal('failed');
        expect(messages(source)).to.deep.equal(['src: is not a safe URL (http, https or relative); nothing is fetched']);
      }
      expect(fetches.asked).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('says why a load failed, with what is shown instead', async () => {
    const source = new SourceController(host(), parseJson, 'the list is shown');
    expect(await source.load('/src/timeline/fixtures/missing.json')).to.equal(false);
    expect(source.state).to.equal('failed');
    expect(messages(source)).to.deep.equal(['src: could not be loaded (the server answered 404); the list is shown']);
    // a parser that finds nothing and says nothing
    const empty = new SourceController(host(), () => undefined, 'the list is shown');
    await empty.load(EVENTS);
    expect(messages(empty)).to.deep.equal(['src: could not be loaded (the answer holds nothing to show); the list is shown']);
    // a parser's own problems are kept, and no second one is added
    const picky = new SourceController(host(), (_text, _type, problems) => void problems.push({ field: 'events', message: 'is empty' }), 'x');
    await picky.load(EVENTS);
    expect(messages(picky)).to.deep.equal(['events: is empty']);
  });

  it('gives the parser the content type, in lower case', async () => {
    let seen = '';
    const source = new SourceController(host(), (text, type) => ((seen = type), text), 'x');
    await source.load(EVENTS);
    expect(seen).to.match(/^application\/json/);
  });

  it('gives up after timeout milliseconds, and warns about a timeout that is not one', async () => {
    const fetches = stubFetch((_url, init) => new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    try {
      const source = new SourceController(host(), parseJson, 'the list is shown');
      expect(await source.load(EVENTS, '30')).to.equal(false);
      expect(messages(source)).to.deep.equal(['src: could not be loaded (no answer within 30 ms); the list is shown']);
      const loose = new SourceController(host(), parseJson, 'x');
      const pending = loose.load(EVENTS, -5);
      expect(messages(loose)).to.deep.equal([`timeout: must be a number of milliseconds from 1 to ${2 ** 31 - 1}; ${DEFAULT_TIMEOUT} is used`]);
      loose.abandon();
      expect(await pending, 'abandoned: not a failure').to.equal(false);
      expect(loose.state).to.equal('idle');
    } finally {
      fetches.restore();
    }
  });

  it('lets a newer load win over the one under way, and reports nothing for the old one', async () => {
    const widget = host();
    const source = new SourceController(widget, text => text, 'x');
    const first = source.load(`${EVENTS}?first`);
    const second = source.load(EVENTS);
    expect(await first).to.equal(false);
    expect(await second).to.equal(true);
    expect(source.problems).to.deep.equal([]);
    expect(source.requested).to.equal(EVENTS);
    expect(widget.updates).to.equal(1);
  });

  it('refuses an answer larger than MAX_SOURCE_BYTES by its declared length', async () => {
    const fetches = stubFetch(() => Promise.resolve(new Response('[]', { headers: { 'content-length': String(MAX_SOURCE_BYTES + 1) } })));
    try {
      const source = new SourceController(host(), parseJson, 'x');
      expect(await source.load(EVENTS)).to.equal(false);
      expect(messages(source)).to.deep.equal([`src: could not be loaded (the answer is larger than ${MAX_SOURCE_BYTES} bytes); x`]);
    } finally {
      fetches.restore();
    }
  });

  it('aborts the request under way when its host leaves', async () => {
    let aborted = false;
    const fetches = stubFetch((_url, init) => new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => ((aborted = true), reject(new DOMException('aborted', 'AbortError'))))));
    try {
      const source = new SourceController(host(), parseJson, 'x');
      const pending = source.load(EVENTS);
      source.hostDisconnected();
      expect(await pending).to.equal(false);
      expect(aborted).to.equal(true);
      expect(source.problems).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });
});

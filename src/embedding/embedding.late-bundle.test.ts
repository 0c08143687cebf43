/**
 * The script-tag path before the bundle runs: pages that read as plain HTML with it blocked, and the
 * demo article when it comes late (no layout shift, pre-upgrade boxes kept, nothing drawn in the
 * task that evaluates it).
 */
import { expect } from '@open-wc/testing';
import { addBundle, customElementsOf, demoWithoutBundle, loadBundleInto, openPage, pageOfDemoWidgets, probe, widgetsRendered } from '../test-helpers/embedding.js';

describe('embedding the bundle: before it arrives, and when it comes late', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach(frame => frame.remove()));

  it('reads as plain HTML with the bundle blocked, events with their dates and titles', async () => {
    const frame = await openPage('/src/embedding/pages/no-bundle.html');
    await new Promise(resolve => setTimeout(resolve, 100));
    const doc = frame.contentDocument!;
    expect(customElementsOf(frame).get('gb-timeline')).to.equal(undefined);
    const event = doc.querySelector('gb-timeline-event')!;
    const style = (pseudo: string) => frame.contentWindow!.getComputedStyle(event, pseudo).content;
    // Chromium and WebKit resolve attr() in the computed value; Firefox reports it as written.
    expect(style('::before')).to.satisfy((value: string) => value.includes('1991-12-16') || value.includes('attr(date)'));
    expect(style('::after')).to.satisfy((value: string) => value.includes('Kazakhstan declares independence') || value.includes('attr(title)'));
    expect(event.getBoundingClientRect().height, 'the date and title rows are laid out').to.be.greaterThan(50);
    const text = doc.body.innerText;
    expect(text).to.contain('$43.82 billion').and.to.contain('China–Kazakhstan trade').and.to.contain('Бірлік бар жерде тірлік бар.');
  });

  it('reads as plain HTML with the bundle blocked: the demo article shows every quote, figure, event and proverb', async () => {
    const frame = await openPage('', 800, await demoWithoutBundle());
    await new Promise(resolve => setTimeout(resolve, 100));
    const doc = frame.contentDocument!;
    expect(customElementsOf(frame).get('gb-quote-card')).to.equal(undefined);
    const text = doc.body.innerText;
    for (const expected of [
      'Art and culture are a golden bridge that unites different nations.',
      '$43.8B',
      'Cross-border trips',
      '一花独放不是春，百花齐放春满园。',
      '16 December 1991',
      'Diplomatic relations established',
      'Бірлік бар жерде тірлік бар.',
      'Культурный центр Казахстана в Пекине',
    ]) {
      expect(text).to.contain(expected);
    }
    // every widget family is on the page
    for (const tag of ['gb-quote-card', 'gb-stat-group', 'gb-stat-badge', 'gb-proverb', 'gb-timeline']) {
      expect(doc.querySelector(tag), tag).to.exist;
    }
  });

  it('adds no layout shift to the demo article when the bundle arrives late', async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip(); // Chromium only
    const frame = await openPage('', 800, await demoWithoutBundle());
    await new Promise(resolve => setTimeout(resolve, 300));
    const before = probe(frame).shifts.reduce((sum, value) => sum + value, 0);
    await loadBundleInto(frame);
    const shift = probe(frame).shifts.reduce((sum, value) => sum + value, 0) - before;
    expect(shift, 'cumulative layout shift caused by the bundle').to.be.at.most(0.01);
  });

  // With many widgets, first renders are spread over tasks (core/first-render.ts), so frames are
  // painted while some widgets still wait their turn. Every such frame must show each widget in its
  // pre-upgrade box: the waiting ones keep their light DOM, laid out by golden-bridge.css.
  it('keeps widgets waiting for their first render in their pre-upgrade box, frame after frame', async () => {
    const frame = await openPage('', 800, await pageOfDemoWidgets('gb-quote-card, gb-stat-badge', 300));
    await frame.contentDocument!.fonts.ready;
    const widgets = [...frame.contentDocument!.body.children];
    const before = widgets.map(el => el.getBoundingClientRect().height);
    addBundle(frame);
    let framesWithWaiting = 0;
    const moved = new Set<string>();
    for (const start = performance.now(); performance.now() - start < 20_000; ) {
      await new Promise(resolve => frame.contentWindow!.requestAnimationFrame(resolve));
      if (!customElementsOf(frame).get('gb-quote-card')) continue;
      const waiting = widgets.filter(el => !el.shadowRoot);
      widgets.forEach((el, i) => {
        const height = el.getBoundingClientRect().height;
        if (Math.abs(height - before[i]) > 1) moved.add(`${el.localName} #${i} (${el.shadowRoot ? 'drawn' : 'waiting'}): ${Math.round(before[i])} → ${Math.round(height)} px`);
      });
      if (waiting.length === 0) break;
      framesWithWaiting++;
    }
    expect(framesWithWaiting, 'frames painted while some widgets waited their turn').to.be.greaterThan(0);
    expect(widgets.every(el => el.shadowRoot?.querySelector('[part=base]')), 'all drawn in the end').to.equal(true);
    expect([...moved].slice(0, 5), 'widgets out of their pre-upgrade box in some frame').to.deep.equal([]);
  });

  // Evaluating the bundle takes its own time; drawing the first slice of widgets (up to 30 ms) in the
  // same task would make one task of over 50 ms, which blocks input. The script's load event comes
  // in the task that evaluated it, after its microtasks: by then nothing may be drawn.
  it('draws nothing in the task that evaluates the bundle, and everything soon after', async () => {
    const frame = await openPage('', 800, await demoWithoutBundle());
    const widgets = [...frame.contentDocument!.querySelectorAll('gb-quote-card, gb-stat-badge, gb-proverb')];
    expect(await drawnWhenBundleLoads(frame, widgets, 'own-task'), 'widgets drawn in the task that evaluated the bundle').to.equal(0);
    await widgetsRendered(frame);
  });

  /**
   * Adds the bundle (a fresh instance of it, by `query`) and counts the widgets drawn when its load
   * event fires: in the task that evaluated it, after its microtasks.
   */
  function drawnWhenBundleLoads(frame: HTMLIFrameElement, widgets: Element[], query: string): Promise<number> {
    // Listening right after the script is added is in time: it loads in a later task.
    const script = addBundle(frame, query);
    return new Promise<number>(resolve =>
      script.addEventListener('load', () => resolve(widgets.filter(el => el.shadowRoot).length), { once: true }),
    );
  }

  // Layout shift counts only what is in the viewport, so the test above cannot see a widget lower
  // down that changes size. Here every widget on the article must keep its height within a pixel,
  // so a reader scrolled anywhere sees nothing move. Proverbs whose text takes another shape once
  // drawn are the documented exception: ruby over each character (interlinear, which WebKit sets
  // wider), tabs in place of the list of translations (toggle), Kazakh in Latin letters.
  const RESHAPED = 'gb-proverb:is([layout=interlinear], [layout=toggle], [script=latn])';
  for (const width of [800, 360]) {
    it(`keeps every widget of the demo article in its pre-upgrade box (${width} px wide)`, async () => {
      const frame = await openPage('', width, await demoWithoutBundle());
      // Firefox settles system-font fallback for Kazakh letters late; that moves text with or
      // without the bundle, so it is waited out before the "before".
      await frame.contentDocument!.fonts.ready;
      await new Promise(resolve => setTimeout(resolve, 500));
      const widgets = [...frame.contentDocument!.querySelectorAll('*')].filter(el => el.localName.startsWith('gb-') && !el.matches(RESHAPED));
      const boxes = () => widgets.map(el => el.getBoundingClientRect());
      const before = boxes();
      expect(widgets.filter(el => el.localName === 'gb-timeline')).to.have.length(2);
      await loadBundleInto(frame);
      const after = boxes();
      // within a pixel: Firefox and WebKit round sub-pixel sizes differently across a re-layout
      const resized = widgets
        .map((el, i) => ({ el, before: before[i].height, after: after[i].height }))
        .filter(({ before, after }) => Math.abs(before - after) > 1)
        .map(({ el, before, after }) => `${el.localName} (${el.textContent!.trim().slice(0, 30)}…): ${Math.round(before)} → ${Math.round(after)} px high`);
      expect(resized, 'widgets whose height changed on upgrade').to.deep.equal([]);
    });
  }
});

/**
 * The host script (dist/golden-bridge-host.js) with the embed pages `golden-bridge embed` writes for
 * the fixture article (served under /__embeds/ by scripts/embed-fixture-plugin.mjs): each framed as
 * its `iframe` snippet says, sandboxed into an opaque origin, must be exactly as tall as its content
 * at 320 and 800 px, and again after a reader's click on the timeline's filter changes its height.
 *
 * The sandboxed frame's document is out of reach, so each has a twin: the same page in a
 * same-origin frame of the same width that no script sizes, whose content the test can measure
 * (and click in the same way).
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { waitFor } from '../test-helpers/dom.js';

const EMBEDS = '/__embeds/';
/** How long after load an embed page re-measures itself on a timer (frame.ts): a click after it is answered by ResizeObserver alone. */
const REMEASURED_FOR = 6500;
/** Every widget of the fixture article, by the id the command gives its embed. */
const IDS = ['golden-bridge-quote', 'in-figures', 'milestones', 'centres', 'proverb-5'];

interface Embed {
  id: string;
  /** As the snippet frames it: sandboxed, sized by the host script. */
  frame: HTMLIFrameElement;
  /** The same page, same-origin and left alone, to measure. */
  twin: HTMLIFrameElement;
}

const loaded = (frame: HTMLIFrameElement) => new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
const contentHeight = (twin: HTMLIFrameElement) => twin.contentDocument!.documentElement.getBoundingClientRect().height;
const frameHeight = (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height;
const rendered = (twin: HTMLIFrameElement) =>
  [...twin.contentDocument!.querySelectorAll('main > *')].every(widget => widget.shadowRoot?.querySelector('[part~=base]'));

/** The frame from the embed's `iframe` snippet, as a page author pastes it (the host script aside). */
async function snippetFrame(id: string): Promise<{ frame: HTMLIFrameElement; hostScript: string }> {
  const { iframe } = (await (await fetch(`${EMBEDS}${id}.snippets.json`)).json()) as { iframe: string };
  const template = document.createElement('template');
  template.innerHTML = iframe;
  const frame = template.content.querySelector('iframe')!;
  // lazy loading would wait for the frame to near the viewport: the test wants them all at once.
  frame.removeAttribute('loading');
  return { frame, hostScript: template.content.querySelector('script')!.src };
}

async function frameAll(width: number): Promise<Embed[]> {
  const column = document.createElement('div');
  column.style.inlineSize = `${width}px`;
  document.body.append(column);
  const embeds: Embed[] = [];
  let hostScript = '';
  for (const id of IDS) {
    const snippet = await snippetFrame(id);
    hostScript = snippet.hostScript;
    const twin = document.createElement('iframe');
    twin.src = snippet.frame.src;
    twin.title = `${id} (twin)`;
    twin.style.cssText = 'display:block;inline-size:100%;block-size:400px;border:0';
    const ready = Promise.all([loaded(snippet.frame), loaded(twin)]);
    column.append(snippet.frame, twin);
    await ready;
    // Shorter than its content, the twin would get a scrollbar in Firefox and WebKit, and its
    // content, narrower, would grow taller than the sized frame's.
    twin.contentDocument!.documentElement.style.overflow = 'hidden';
    embeds.push({ id, frame: snippet.frame, twin });
  }
  // The host script arrives after the frames, as an async script may: they report again for it.
  const script = document.createElement('script');
  script.src = hostScript;
  document.head.append(script);
  await waitFor(() => embeds.every(({ twin }) => rendered(twin)), 15_000);
  return embeds;
}

/** Waits until every frame is as tall as its twin's content (or the time is up), then checks it. */
async function expectSized(embeds: Embed[], when: string): Promise<void> {
  const sized = (embed: Embed) => Math.abs(frameHeight(embed.frame) - contentHeight(embed.twin)) < 1;
  await waitFor(() => embeds.every(sized), 10_000).catch(() => {});
  for (const { id, frame, twin } of embeds) {
    expect(frameHeight(frame), `${id} ${when}: frame height against its content`).to.be.closeTo(contentHeight(twin), 0.99);
  }
}

describe('the host script sizes sandboxed embeds to their content', () => {
  afterEach(async () => {
    document.querySelectorAll('body > div, head > script[src*="golden-bridge-host"]').forEach(node => node.remove());
    await resetMouse();
  });

  for (const width of [320, 800]) {
    it(`at ${width} px, and after a click on the timeline's filter`, async function () {
      this.timeout(60_000);
      const embeds = await frameAll(width);
      const framed = performance.now();
      for (const { frame } of embeds) {
        expect(frame.getAttribute('sandbox')).to.include('allow-scripts').and.not.include('allow-same-origin');
        expect(frame.hasAttribute('data-golden-bridge')).to.equal(true);
      }
      await expectSized(embeds, 'when drawn');

      // A reader picks the timeline's smallest category: the list, and so the frame, gets shorter.
      await new Promise(resolve => setTimeout(resolve, REMEASURED_FOR - (performance.now() - framed)));
      const timeline = embeds.find(embed => embed.id === 'milestones')!;
      const before = frameHeight(timeline.frame);
      const widget = timeline.twin.contentDocument!.querySelector('gb-timeline')!;
      const button = [...widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=filter] button')].find(b => b.textContent!.trim() === 'travel')!;
      const spot = button.getBoundingClientRect();
      timeline.frame.scrollIntoView({ block: 'start' });
      const box = timeline.frame.getBoundingClientRect();
      // The same spot of the sandboxed frame, clicked as a reader would (its document is out of reach).
      await sendMouse({ type: 'click', position: [Math.round(box.left + spot.left + spot.width / 2), Math.round(box.top + spot.top + spot.height / 2)] });
      button.click();
      await waitFor(() => button.getAttribute('aria-pressed') === 'true');
      expect(contentHeight(timeline.twin), 'the filter shortens the timeline').to.be.below(before - 50);
      await expectSized(embeds, 'after the filter click');
    });
  }

  it('reports to a host that hides the frame until its first height (as WordPress does)', async () => {
    // wp-embed.js's part, in short: the frame stays clipped to nothing until it posts its height
    // with the secret; then it is shown at that height.
    const { frame } = await snippetFrame('centres');
    frame.src += '#?secret=abc123';
    frame.style.cssText = 'position: absolute; clip: rect(1px, 1px, 1px, 1px)';
    const shown = new Promise<number>(resolve => {
      addEventListener('message', function show(event: MessageEvent) {
        const data = event.data as { secret?: string; message?: string; value?: number };
        if (event.source !== frame.contentWindow || data?.secret !== 'abc123' || data.message !== 'height') return;
        removeEventListener('message', show);
        frame.removeAttribute('style');
        resolve(data.value!);
      });
    });
    const column = document.createElement('div');
    column.style.inlineSize = '640px';
    column.append(frame);
    document.body.append(column);
    const height = await Promise.race([shown, new Promise<number>(resolve => setTimeout(() => resolve(-1), 8000))]);
    expect(height, 'a height message while hidden').to.be.above(0);
  });
});

// What the builder copies renders in a blank page exactly as its preview did: the same shadow DOM,
// the same problem events in the same order.
import { expect } from '@open-wc/testing';
import type { GbErrorDetail } from '../core/problems.js';
import { $, blankPage, code, flatText, openBuilder, said, settleStage, shadows, stage } from '../test-helpers/builder.js';
import { stubClipboard, waitFor } from '../test-helpers/dom.js';
import type { GbBuilder } from './builder.js';
import { writeHtml } from './html.js';
import { dataFile, embedPageFile } from './output.js';
import { startingData } from './starting-data.js';
import type { WidgetKind } from './specs.js';

const type = async (builder: GbBuilder, selector: string, value: string) => {
  const field = $<HTMLInputElement>(builder, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await builder.updateComplete;
};

/** Picks a widget, lets `edit` change it, and records the problem events of the preview's last widgets. */
async function preview(builder: GbBuilder, kind: WidgetKind, edit?: () => Promise<void>): Promise<GbErrorDetail[]> {
  const seen: { detail: GbErrorDetail; target: Element }[] = [];
  builder.addEventListener('gb-error', event => seen.push({ detail: event.detail, target: event.target as Element }));
  $<HTMLInputElement>(builder, `input[name="widget"][value="${kind}"]`).click();
  await builder.updateComplete;
  if (edit) await edit();
  await settleStage(builder);
  // each edit draws new widgets; only the ones still shown count
  return seen.filter(({ target }) => target.isConnected).map(({ detail }) => detail);
}

describe('builder: the copied code in a blank page', () => {
  let clipboard: ReturnType<typeof stubClipboard>;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => {
    clipboard.restore();
    document.querySelectorAll('iframe').forEach(frame => frame.remove());
  });

  const cases: [WidgetKind, string, ((b: GbBuilder) => Promise<void>) | undefined][] = [
    ['quote-card', 'a bad date and a refused link', async b => {
      await type(b, '#f-date', '2025-13-45');
      await type(b, '#f-source-url', 'javascript:alert(1)');
    }],
    ['stat-group', 'a figure that is no number', async b => type(b, '#i1-value', 'forty')],
    ['proverb', 'as it opens', undefined],
    ['timeline', 'an event with a bad date', async b => type(b, '#i0-date', '1991-02-30')],
  ];
  for (const [kind, what, edit] of cases) {
    it(`${kind}, ${what}: same shadow DOM, same problems in the same order`, async () => {
      const builder = await openBuilder();
      const events = await preview(builder, kind, edit && (() => edit(builder)));
      if (edit) expect(events, 'the edit raised problems').not.to.be.empty;
      $<HTMLInputElement>(builder, '#base-url').value = `${location.origin}/dist/`;
      $(builder, '#base-url').dispatchEvent(new Event('input'));
      await builder.updateComplete;
      $(builder, '#copy-script').click();
      await waitFor(() => clipboard.written.length === 1);
      const snippet = clipboard.written[0];
      expect(snippet).to.match(/^<script type="module" src="http:\/\/[^"]+\/dist\/golden-bridge\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"><\/script>/);
      expect(code(builder)).to.equal(snippet);
      const page = await blankPage(snippet);
      expect(page.seen.map(said)).to.deep.equal(events.map(said));
      expect(shadows(page.body)).to.deep.equal(shadows(stage(builder)));
    });
  }

  it('shows each problem beside the field it concerns, and counts them', async () => {
    const builder = await openBuilder();
    await preview(builder, 'quote-card', () => type(builder, '#f-date', '2025-13-45'));
    await waitFor(() => !!builder.querySelector('#f-date-problems'));
    expect($(builder, '#f-date').getAttribute('aria-describedby')).to.equal('f-date-problems');
    expect($(builder, '#f-date').getAttribute('aria-invalid')).to.equal('true');
    expect($(builder, '#f-date-problems').textContent).to.contain('2025-13-45');
    expect($(builder, '.count').textContent).to.equal('1 problem');
    await preview(builder, 'timeline', () => type(builder, '#i1-date', 'soon'));
    await waitFor(() => !!builder.querySelector('#i1-date-problems'));
    expect($(builder, '#i1-date-problems').textContent).to.contain('soon');
  });

  it('writes the iframe embed as the embed command does, and its static page', async () => {
    const builder = await openBuilder();
    $(builder, '#copy-iframe').click();
    await waitFor(() => clipboard.written.length === 1);
    const base = new URL('/dist/', location.href).href;
    expect(clipboard.written[0]).to.match(new RegExp(`^<iframe data-golden-bridge src="${base}golden-bridge-quote\\.html" title="“Art and culture[^"]+” — Kassym-Jomart Tokayev" height="\\d+" `));
    expect(clipboard.written[0]).to.contain(`<script src="${base}golden-bridge-host.js" async></script>`);
  });

  it('makes the static embed page the iframe shows: its hashes let the bundle run and the widget draw', async () => {
    const builder = await openBuilder();
    const data = { widget: 'quote-card' as const, values: { quote: 'A golden bridge', speaker: 'Kassym-Jomart Tokayev', date: '2025-13-45' }, items: [] };
    const page = await embedPageFile(data, writeHtml(data), { baseUrl: `${location.origin}/dist/`, integrity: '' }, `${location.origin}/dist/`);
    expect(page).to.contain(`<title>“A golden bridge” — Kassym-Jomart Tokayev</title>`);
    expect(page).to.match(/script-src &#39;sha384-[^&]+&#39; &#39;sha384-[^&]+&#39;/);
    // under its own hash-only Content-Security-Policy: the widget draws only if the hashes are right
    const { body } = await blankPage(page, true);
    expect(body.querySelector('gb-quote-card')!.shadowRoot!.textContent).to.contain('A golden bridge');
    expect(builder.widgetHtml).to.contain('<gb-quote-card');
  });
});

describe('builder: the data as a file for `src`', () => {
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));

  for (const kind of ['timeline', 'stat-group'] as const) {
    it(`${kind}: the file, served and named in src, draws what the preview drew`, async () => {
      const builder = await openBuilder();
      $<HTMLInputElement>(builder, `input[name="widget"][value="${kind}"]`).click();
      await settleStage(builder);
      const file = dataFile(startingData()[kind]);
      expect(file).to.include({ name: kind === 'timeline' ? 'kazakhstan-china.json' : 'trade-2024.json', src: true });
      const url = `/hosted/${file.name}`;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        String(input).endsWith(url) ? Promise.resolve(new Response(file.text, { headers: { 'content-type': 'application/json' } })) : realFetch(input, init);
      // the widget's own HTML with `src` in place of its data, as the hint says
      const data = startingData()[kind];
      const tag = kind === 'timeline' ? 'gb-timeline' : 'gb-stat-group';
      const withSrc = writeHtml({ ...data, items: [] }).replace(`<${tag}`, `<${tag} src="${url}"`);
      const host = document.createElement('div');
      document.body.append(host);
      host.append(...[...new DOMParser().parseFromString(withSrc, 'text/html').body.childNodes].map(node => document.importNode(node, true)));
      const expected = flatText(stage(builder));
      expect(expected).to.contain(kind === 'timeline' ? 'Kazakhstan declares independence' : '$43.8B');
      await waitFor(() => flatText(host) === expected, 8000).catch(() => undefined);
      expect(flatText(host)).to.equal(expected);
      host.remove();
    });
  }
});

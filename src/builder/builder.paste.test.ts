// Pasting to edit: sheets (TSV as spreadsheets copy cells, CSV), TimelineJS3 JSON, golden-bridge
// HTML read inertly; a malformed sheet's problems listed by row.
import { expect } from '@open-wc/testing';
import { $, openBuilder, settleStage, stage } from '../test-helpers/builder.js';
import { waitFor } from '../test-helpers/dom.js';
import type { GbBuilder } from './builder.js';
import { builderStrings } from './builder.strings.js';
import { readHtml, writeHtml } from './html.js';
import { dataFile } from './output.js';
import { readPasted } from './paste.js';
import { startingData } from './starting-data.js';
import { WIDGETS, type WidgetKind } from './specs.js';

const fixture = async (path: string) => (await fetch(path)).text();

async function paste(builder: GbBuilder, text: string, kind?: WidgetKind): Promise<void> {
  if (kind) {
    $<HTMLInputElement>(builder, `input[name="widget"][value="${kind}"]`).click();
    await builder.updateComplete;
  }
  $<HTMLTextAreaElement>(builder, '#paste').value = text;
  $(builder, '.paste button').click();
  await settleStage(builder);
}

const values = (builder: GbBuilder, selector: string) => [...builder.querySelectorAll<HTMLInputElement>(selector)].map(input => input.value);

describe('builder: pasting to edit', () => {
  for (const file of ['newsroom-template.csv', 'newsroom-template.tsv']) {
    it(`reads TimelineJS3's template sheet (${file}) into events, eras and the title left out`, async () => {
      const builder = await openBuilder();
      await paste(builder, await fixture(`/src/timeline/fixtures/${file}`), 'timeline');
      expect($<HTMLInputElement>(builder, 'input[name="widget"][value="timeline"]').checked).to.be.true;
      const titles = values(builder, '[id$="-title"]');
      expect(titles.length).to.be.greaterThan(2);
      expect(titles).not.to.include('Kazakhstan and China, in dates'); // the title row is no event
      expect(titles).not.to.include('Before independence'); // nor an era
      expect(stage(builder).querySelector('gb-timeline')!.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(titles.length);
      expect($(builder, '.status').textContent).to.equal(builderStrings.en.readDone(builderStrings.en.widgets.timeline));
    });
  }

  it('reads a statistics CSV into one badge per row', async () => {
    const builder = await openBuilder();
    await paste(builder, await fixture('/src/stat-group/fixtures/figures.csv'), 'stat-group');
    // a quoted cell keeps its comma; the currency-or-unit column goes where it belongs
    expect(values(builder, '[id$="-label"]').slice(1)).to.deep.equal(['China–Kazakhstan trade', 'Cross-border trips', 'Trips, first quarter']);
    expect(values(builder, '[id$="-value"]')).to.deep.equal(['43820000000', '600000', '200000']);
    expect(values(builder, '[id$="-currency"]')).to.deep.equal(['USD', '', '']);
    expect(values(builder, '[id$="-unit"]')).to.deep.equal(['', 'trips', 'trips']);
    expect(stage(builder).querySelectorAll('gb-stat-badge')).to.have.length(3);
    expect(builder.querySelector('#paste-problems')).to.equal(null);
  });

  it('lists a malformed sheet’s problems by row, in the interface language', async () => {
    const builder = await openBuilder();
    const picker = $<HTMLSelectElement>(builder, '#ui-lang');
    picker.value = 'ru';
    picker.dispatchEvent(new Event('change'));
    await paste(builder, await fixture('/src/timeline/fixtures/malformed-template.csv'), 'timeline');
    await waitFor(() => !!builder.querySelector('#paste-problems'));
    const problems = [...builder.querySelectorAll('#paste-problems li')].map(li => li.textContent!);
    expect(problems.length).to.be.greaterThan(2);
    expect(problems.every(text => /^Строка \d+/.test(text)), problems.join('\n')).to.be.true;
    expect(problems.some(text => text.startsWith('Строка 3, Headline'))).to.be.true;
    expect($(builder, '#paste').getAttribute('aria-describedby')).to.equal('paste-problems');
    // the good rows are still read
    expect(values(builder, '[id$="-title"]')).to.include('Kazakhstan Cultural Center opens in Beijing');
  });

  it('reads TimelineJS3 JSON, its slide HTML as text', async () => {
    const builder = await openBuilder();
    (window as { __tjsRan?: number }).__tjsRan = undefined;
    await paste(builder, await fixture('/src/timeline/fixtures/newsroom-timelinejs.json'), 'quote-card');
    expect($<HTMLInputElement>(builder, 'input[name="widget"][value="timeline"]').checked).to.be.true;
    expect($<HTMLInputElement>(builder, '#i0-title').value).to.equal('Centre opens');
    expect($<HTMLTextAreaElement>(builder, '#i0-text').value).to.match(/^Opened by the president\. Report/);
    expect((window as { __tjsRan?: number }).__tjsRan).to.equal(undefined);
  });

  it('reads golden-bridge HTML inertly, light DOM and attributes, the article’s lang included', async () => {
    const builder = await openBuilder();
    (window as { __ran?: number }).__ran = undefined;
    await paste(builder, `<article lang="kk"><script>window.__ran = 1</script>
      <gb-quote-card variant="pull"><img slot="photo" src="x:" onerror="window.__ran = 2" alt="">
        <blockquote>Өнер мен мәдениет — алтын көпір.</blockquote><span slot="speaker">Қасым-Жомарт Тоқаев</span>
        <time slot="date" datetime="2025-09-02">2 қыркүйек</time><a slot="source" href="https://astanatimes.com/">The Astana Times</a>
      </gb-quote-card></article>`, 'timeline');
    await new Promise(resolve => setTimeout(resolve, 50));
    expect((window as { __ran?: number }).__ran).to.equal(undefined);
    expect($<HTMLInputElement>(builder, 'input[name="widget"][value="quote-card"]').checked).to.be.true;
    expect($<HTMLTextAreaElement>(builder, '#f-quote').value).to.equal('Өнер мен мәдениет — алтын көпір.');
    expect($<HTMLInputElement>(builder, '#f-speaker').value).to.equal('Қасым-Жомарт Тоқаев');
    expect($<HTMLInputElement>(builder, '#f-date').value).to.equal('2025-09-02');
    expect($<HTMLInputElement>(builder, '#f-source-url').value).to.equal('https://astanatimes.com/');
    expect($<HTMLSelectElement>(builder, '#f-variant').value).to.equal('pull');
    expect($<HTMLInputElement>(builder, '#f-lang').value).to.equal('kk');
  });

  it('says what it could not read', async () => {
    const builder = await openBuilder();
    await paste(builder, '<p>no widget here</p>');
    expect($(builder, '#paste-problems').textContent).to.contain('no golden-bridge widget');
    expect($(builder, '.status').textContent).to.equal(builderStrings.en.readFailed);
  });

  for (const kind of WIDGETS) {
    it(`reads back what it writes: ${kind}`, () => {
      const data = startingData()[kind];
      const problems: string[] = [];
      const read = readHtml(writeHtml(data), problems);
      expect(problems).to.deep.equal([]);
      expect(read).to.deep.equal(data);
    });
  }

  for (const kind of WIDGETS) {
    it(`reads back the data file it writes: ${kind}`, () => {
      const data = startingData()[kind];
      const problems: string[] = [];
      const read = readPasted(dataFile(data).text, 'quote-card', problems);
      expect(problems).to.deep.equal([]);
      // a src file holds the list only; the builder's own file holds everything
      expect(read).to.deep.equal(dataFile(data).src ? { widget: kind, values: {}, items: data.items } : data);
    });
  }

  it('reads a lone badge as a group of one, and writes it back as a lone badge', () => {
    const problems: string[] = [];
    const read = readHtml('<gb-stat-badge lang="ru" value="6.8" unit="percent" label="Рост"></gb-stat-badge>', problems)!;
    expect(read).to.deep.equal({ widget: 'stat-group', values: { lang: 'ru' }, items: [{ value: '6.8', unit: 'percent', label: 'Рост' }] });
    expect(writeHtml(read)).to.equal('<gb-stat-badge\n  lang="ru"\n  value="6.8"\n  label="Рост"\n  unit="percent"></gb-stat-badge>');
  });
});

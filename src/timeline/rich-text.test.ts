/**
 * The TimelineJS3 allow-list reader (rich-text.ts) on hostile HTML: the reader must see the text a
 * browser would show and none of the markup, whatever the input, and nothing may run or load.
 */
import { expect } from '@open-wc/testing';
import { plainTextOf, readAsPlainText, readRichText, type RichText } from './rich-text.js';
import { fromTimelineJs } from './timelinejs.js';
import { parseEvents } from './timeline.model.js';
import type { Problem } from '../core/problems.js';

/** All the text the reader would see, paragraphs joined by " | ". */
const shown = (text: RichText) => text.map(paragraph => paragraph.map(run => run.text).join('')).join(' | ');
const hrefs = (text: RichText) => text.flat().flatMap(run => (run.href ? [run.href] : []));

describe('readRichText (TimelineJS3 HTML)', () => {
  it('keeps paragraphs, emphasis and safe links, and the spaces between runs', () => {
    expect(readRichText('<p>a <em>b</em> <strong>c</strong></p><p><a href="https://x.org/">d</a></p>')).to.deep.equal([
      [{ text: 'a ' }, { text: 'b', em: true }, { text: ' ' }, { text: 'c', strong: true }],
      [{ text: 'd', href: 'https://x.org/' }],
    ]);
  });

  it('shows nothing of an unclosed tag', () => {
    expect(shown(readRichText('Talks <a href="https://x.org/'))).to.equal('Talks');
    expect(shown(readRichText('Talks <a href="https://x.org/">in Astana'))).to.equal('Talks in Astana');
    expect(hrefs(readRichText('Talks <a href="https://x.org/">in Astana'))).to.deep.equal(['https://x.org/']);
    expect(readRichText('<p>One<p>Two <b>bold')).to.deep.equal([[{ text: 'One' }], [{ text: 'Two ' }, { text: 'bold', strong: true }]]);
    expect(shown(readRichText('a <b'))).to.equal('a');
    expect(shown(readRichText('a <em class="x'))).to.equal('a');
  });

  it('reads a "<" or ">" inside an attribute value as part of the value', () => {
    const text = readRichText('<p title="a>b<c">Opened <a href="https://x.org/?q=a<b>c">here</a> today</p>');
    expect(shown(text)).to.equal('Opened here today');
    expect(hrefs(text)).to.deep.equal(['https://x.org/?q=a<b>c']);
    expect(shown(readRichText("<span data-x='<script>alert(1)</script>'>safe</span>"))).to.equal('safe');
  });

  it('decodes entities as a browser does, known, legacy, numeric and out of range', () => {
    expect(shown(readRichText('Tom &amp; Jerry &lt;b&gt; &quot;q&quot; &nbsp;x'))).to.equal('Tom & Jerry <b> "q" \u00a0x');
    expect(shown(readRichText('&amp without semicolon, &copy 2025'))).to.equal('& without semicolon, © 2025');
    expect(shown(readRichText('&#65;&#x42;&#0;&#x110000;&#xD800;&#9999999999;'))).to.equal('AB\ufffd\ufffd\ufffd\ufffd');
    // A name no browser knows is text as written: that is what the article showed its readers.
    expect(shown(readRichText('&bogus; &#; &#x; & alone'))).to.equal('&bogus; &#; &#x; & alone');
  });

  it('keeps a "<" that opens no tag as text', () => {
    expect(shown(readRichText('1 < 2 and 3 > 2, a <3 b'))).to.equal('1 < 2 and 3 > 2, a <3 b');
  });

  it('makes each item of nested lists a paragraph', () => {
    expect(shown(readRichText('<ul><li>a<ul><li>b</li><li>c<ol><li>d</li></ol></li></ul></li><li>e</li></ul>'))).to.equal('a | b | c | d | e');
  });

  it('drops comments, closed or not, and CDATA, which HTML reads as a comment', () => {
    expect(shown(readRichText('a<!-- <b>x</b> -->b'))).to.equal('ab');
    expect(shown(readRichText('a<!-- never closed <script>x</script>'))).to.equal('a');
    expect(shown(readRichText('a<!--->b<!---->c'))).to.equal('abc');
    // "<![CDATA[" opens a bogus comment that ends at the first ">", as in the browser.
    expect(shown(readRichText('a<![CDATA[ x ]]>b'))).to.equal('ab');
    expect(shown(readRichText('a<?php echo 1 ?>b'))).to.equal('ab');
  });

  it('drops scripts, styles, frames, SVG and MathML with everything inside them', () => {
    const text = readRichText(
      'ok<script>alert(1)</script><style>p{}</style><noscript>ns</noscript><template>t</template><iframe srcdoc="x">f</iframe>' +
        '<textarea>ta</textarea><title>ti</title><select><option>o</option></select><object>ob</object>' +
        '<svg><script>alert(2)</script><text>svg text</text><foreignObject><p>fo</p></foreignObject></svg>' +
        '<math><mi>x</mi><annotation-xml encoding="text/html"><p>mathml html</p></annotation-xml></math>end',
    );
    expect(shown(text)).to.equal('okend');
  });

  it('gives links only safe URLs; a link to anywhere else keeps its text, plain', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java&#x09;script:alert(1)', '&#106;avascript:alert(1)', ' javascript:x', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd']) {
      const text = readRichText(`<a href="${href}">text</a>`);
      expect(text, href).to.deep.equal([[{ text: 'text' }]]);
    }
    expect(hrefs(readRichText('<a href="https://x.org/?a=1&amp;b=2">t</a>'))).to.deep.equal(['https://x.org/?a=1&b=2']);
    expect(hrefs(readRichText('<a href="mailto:press@example.org">t</a> <a href="/relative">r</a>'))).to.deep.equal(['mailto:press@example.org', '/relative']);
    // A link opened inside a link closes the first, as in the browser: the second's URL is refused alone.
    expect(readRichText('<a href="https://a.org/">x<a href="javascript:y">z</a></a>')).to.deep.equal([[{ text: 'x', href: 'https://a.org/' }, { text: 'z' }]]);
  });

  it('runs and loads nothing it reads', async () => {
    const flag = window as Window & { __ranRichText?: number };
    readRichText('<img src="/no-such-image.png" onerror="window.__ranRichText = 1"><script>window.__ranRichText = 2</script><svg onload="window.__ranRichText = 3"></svg>');
    readRichText('<body onload="window.__ranRichText = 4"><details open ontoggle="window.__ranRichText = 5">x</details>');
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(flag.__ranRichText).to.equal(undefined);
    expect(performance.getEntriesByName(new URL('/no-such-image.png', location.href).href)).to.have.length(0);
  });

  it('reads 100 KB strings of hostile markup, showing no markup', function () {
    // Eleven parses of 100 KB: well under a second on a quiet machine, much more on a loaded one.
    this.timeout(120_000);
    const big = 100_000;
    const cases = [
      '<b>'.repeat(big / 3),
      '<'.repeat(big),
      '<a href="'.concat('x'.repeat(big)),
      '<!--'.concat('-'.repeat(big)),
      '&'.repeat(big),
      '<p>x</p>'.repeat(big / 8),
      '<ul><li>'.repeat(big / 8),
      '<svg>'.repeat(big / 5).concat('hidden'),
    ];
    for (const html of cases) {
      const text = readRichText(html);
      const seen = shown(text);
      expect(seen, html.slice(0, 20)).not.to.match(/<[a-z!/]/i);
    }
    expect(shown(readRichText('<'.repeat(big)))).to.equal('<'.repeat(big));
    expect(readRichText('<p>x</p>'.repeat(big / 8))).to.have.length(big / 8);
    expect(shown(readRichText('<b>'.repeat(big / 3).concat('deep')))).to.equal('deep');
  });

  it('is plain data: a run holds only text and its marks', () => {
    for (const run of readRichText('<p><b><i><a href="https://x.org/" onclick="x()" style="color:red">y</a></i></b></p>').flat()) {
      expect(Object.keys(run).sort()).to.deep.equal(['em', 'href', 'strong', 'text']);
    }
  });
});

describe('TimelineJS3 fields that hold HTML', () => {
  it('shows headlines, captions, credits and eras as their text', () => {
    const source = fromTimelineJs({
      title: { text: { headline: '<b>Kazakhstan</b> &amp; China' } },
      eras: [{ start_date: { year: 1990 }, end_date: { year: 2000 }, text: { headline: '<i>Nineties</i>' } }],
      events: [{ start_date: { year: 1992 }, text: { headline: 'Talks <a href="https://x.org/">begin', text: '<p>x</p>' }, media: { url: 'https://x.org/a.png', caption: '<em>Astana</em>, 1992', credit: '&copy; <b>Akorda</b>', alt: '<b>Leaders</b>' } }],
    } as never);
    expect(source.title).to.equal('Kazakhstan & China');
    expect(source.eras[0].text!.headline).to.equal('Nineties');
    const [event] = parseEvents(source.events, source.eras, 'year', []).events;
    expect(event.title).to.equal('Talks begin');
    expect(event.image).to.deep.equal({ src: 'https://x.org/a.png', alt: 'Leaders', caption: 'Astana, 1992', credit: '© Akorda' });
  });

  it('reads 20,000 characters of an event\'s HTML and says so, once for all events', () => {
    const long = `<p>${'x'.repeat(30_000)}</p>`;
    const problems: Problem[] = [];
    const { events } = parseEvents([{ date: '2020', title: 'a', html: long }, { date: '2021', title: 'b', html: long }], [], 'year', problems);
    expect(shown(events[0].text!)).to.have.length(20_000 - 3);
    expect(problems.map(problem => [problem.field, problem.message])).to.deep.equal([['events[0].text', 'is 30007 characters of HTML; only the first 20000 are read (and 1 more events)']]);
  });

  it('leaves plain events\' titles as written: they are text, not HTML', () => {
    const [event] = parseEvents([{ date: '2020', title: '<b>not bold</b> &amp;' }], [], 'year', []).events;
    expect(event.title).to.equal('<b>not bold</b> &amp;');
  });

  it('flattens rich text to one line', () => {
    expect(plainTextOf(readRichText('<p>a <b>b</b></p><p>c</p>'))).to.equal('a b c');
  });
});

describe('readAsPlainText (where the page refuses the parser)', () => {
  it('shows no tag, no script and no style, and decodes the common entities', () => {
    expect(readAsPlainText('<p>Opened by <em>the president</em>.</p><script>window.x=1</script><style>p{}</style>')).to.equal('Opened by the president.');
    expect(readAsPlainText('Talks <a href="https://x.org/')).to.equal('Talks');
    expect(readAsPlainText('a<!-- c --> &amp; &lt;b&gt; &#65;&#x42; &#0; &bogus; 1 < 2')).to.equal('a & <b> AB \ufffd &bogus; 1 < 2');
  });
});

// The pages each contender is measured on, and the probe script inlined first in each.
//
// What "first screen" and "all" mean, for each contender (the same rule for all: the moment the
// thing is in the DOM, then the end of the frame that paints it — see `painted` in the probe):
//   gb-timeline   first: the first event <li> in its shadow root; all: every event's <li> there
//                 (it draws the rest in chunks, a task each).
//   TimelineJS3   first: its first slide (.tl-slide) and its time-nav marker (.tl-timemarker);
//                 all: one .tl-slide per event (it builds every slide up front).
//   static HTML   first: the first <li>; all: every <li> (the parser has reached the last one).
//   many widgets  first: the first element rendered (its shadow root has content; for the static
//                 page, present); all: all 1,000 rendered (static: present).
// The probe also records every long task (PerformanceObserver 'longtask', buffered), read by the
// harness once "all" is reached plus a short settle.
import { eventsFor, seedQuotes, seedStats, toTimelineJs } from './data.mjs';

const escape = text => String(text).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The probe: `first` and `all` are JavaScript expressions, polled every 5 ms until both hold. */
export const probe = (first, all) => `<script>
window.__bench = { longest: 0, blocking: 0, shifts: 0 };
new PerformanceObserver(list => { for (const e of list.getEntries()) { __bench.longest = Math.max(__bench.longest, e.duration); __bench.blocking += Math.max(0, e.duration - 50); } }).observe({ type: 'longtask', buffered: true });
{
  // The end of the next frame: a task posted from its animation-frame callback runs once the frame
  // is laid out, painted and committed. At user-blocking priority it runs before tasks the page
  // queued earlier, as a setTimeout would not: there gb-timeline's next chunk of events, a timer
  // queued before the frame, ran first and put 20-30 ms of its own on its "first screen".
  const painted = key => requestAnimationFrame(() => scheduler.postTask(() => { __bench[key] = performance.now(); }, { priority: 'user-blocking' }));
  let seen = false;
  (function poll() {
    if (!seen && (${first})) { seen = true; painted('first'); }
    if (seen && (${all})) return painted('all');
    setTimeout(poll, 5);
  })();
}
</script>`;

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}</head><body>${body}</body></html>`;

const shadowItems = 'document.querySelector("gb-timeline")?.shadowRoot?.querySelectorAll("li")';

/** Timeline contenders, each showing eventsFor(size); `n` is how many events that is. */
export const timelinePages = {
  'gb-timeline': (size, n) =>
    page(
      `${probe(`${shadowItems}?.length > 0`, `${shadowItems}.length >= ${n}`)}<script type="module" src="/dist/golden-bridge.js"></script>`,
      `<gb-timeline group-by="none" src="/data/events-${size}.json"></gb-timeline>`,
    ),
  // Its own stylesheet and script from node_modules; no web font, theme or analytics to fetch.
  TimelineJS3: (size, n) =>
    page(
      `${probe(
        'document.querySelector(".tl-slide") && document.querySelector(".tl-timemarker")',
        `document.querySelectorAll(".tl-slide").length >= ${n}`,
      )}<link rel="stylesheet" href="/tl/css/timeline.css"><script src="/tl/js/timeline.js"></script>`,
      `<div id="timeline" style="width: 100%; height: 600px"></div>
<script>fetch('/data/timelinejs-${size}.json').then(r => r.json()).then(json => {
  window.timeline = new TL.Timeline('timeline', json, { font: null, theme: null, ga_property_id: null, track_events: [], script_path: '/tl/js/', language: 'en' });
});</script>`,
    ),
  'static HTML': (size, n) =>
    page(
      probe('document.querySelector("li")', `document.querySelectorAll("li").length >= ${n}`),
      `<ol>${eventsFor(size)
        .map(e => `<li id="${escape(e.id)}"><article><time datetime="${e.date}">${e.date}</time><h4>${escape(e.title)}</h4><p>${escape(e.text)}</p></article></li>`)
        .join('')}</ol>`,
    ),
};

export const timelineData = {
  events: size => eventsFor(size),
  timelinejs: size => toTimelineJs(eventsFor(size)),
};

const quoteCard = (quote, index) => `<gb-quote-card variant="card">
<blockquote lang="en">${escape(quote.text.en)}</blockquote>
<span slot="speaker">${escape(quote.person.name.en)}</span><span slot="role">${escape(quote.person.role.en)}</span>
<time slot="date" datetime="${quote.date}">${quote.date}</time><a slot="source" href="${quote.sourceUrl}#${index}">${escape(quote.source)}</a>
</gb-quote-card>`;

const statBadge = stat => {
  const unit = typeof stat.unit === 'object' ? stat.unit.en : stat.unit;
  const attributes = [
    stat.currency && `currency="${stat.currency}"`,
    unit && `unit="${escape(unit)}"`,
    'notation="compact"',
    stat.change !== undefined && `change="${stat.change}" change-period="${escape(stat.changePeriod?.en ?? '')}"`,
  ].filter(Boolean);
  return `<gb-stat-badge ${attributes.join(' ')}>
<data value="${stat.value}">${stat.value.toLocaleString('en')}${unit ? ` ${escape(unit)}` : ''}</data>
<span slot="label">${escape(stat.label.en)}</span>${stat.asOf ? `<time slot="as-of" datetime="${stat.asOf}">${stat.asOf}</time>` : ''}
<span slot="source">${escape(stat.source.en)}</span>
</gb-stat-badge>`;
};

export const WIDGET_COUNT = 1000;
const widgetMarkup = {
  'gb-quote-card': count => Array.from({ length: count }, (_, i) => quoteCard(seedQuotes[i % seedQuotes.length], i)).join('\n'),
  'gb-stat-badge': count => Array.from({ length: count }, (_, i) => statBadge(seedStats[i % seedStats.length])).join('\n'),
};

/**
 * Many widgets: the embed as the README recommends it (dist/golden-bridge.css, the bundle, the
 * widgets' light DOM) against the same light DOM and stylesheet with no script — static HTML that
 * looks like the card. Both pay for the stylesheet; only ours for the script and the drawing.
 * `bundle` names another build of the bundle, for an A/B of two builds (bench/ab.mjs).
 */
export const widgetPages = (tag, count = WIDGET_COUNT, bundle = '/dist/golden-bridge.js') => ({
  [tag]: () => {
    const rendered = `(el => el?.shadowRoot?.childElementCount > 0)`;
    const all = `document.querySelectorAll("${tag}")`;
    return page(
      `${probe(`${rendered}(document.querySelector("${tag}"))`, `${all}.length >= ${count} && ${rendered}(${all}[${count - 1}])`)}<link rel="stylesheet" href="/dist/golden-bridge.css"><script type="module" src="${bundle}"></script>`,
      widgetMarkup[tag](count),
    );
  },
  'static HTML': () =>
    page(
      `${probe(`document.querySelector("${tag}")`, `document.querySelectorAll("${tag}").length >= ${count}`)}<link rel="stylesheet" href="/dist/golden-bridge.css">`,
      widgetMarkup[tag](count),
    ),
});

/** The demo article's probe: layout shifts (as CLS session windows) and long tasks. */
export const demoProbe = `<script>
window.__bench = { longest: 0, blocking: 0, cls: 0 };
new PerformanceObserver(list => { for (const e of list.getEntries()) { __bench.longest = Math.max(__bench.longest, e.duration); __bench.blocking += Math.max(0, e.duration - 50); } }).observe({ type: 'longtask', buffered: true });
{
  let window_ = 0, first = 0, last = 0;
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      if (e.startTime - last > 1000 || e.startTime - first > 5000) { window_ = 0; first = e.startTime; }
      window_ += e.value; last = e.startTime;
      __bench.cls = Math.max(__bench.cls, window_);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
</script>`;

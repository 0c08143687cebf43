// The content every contender shows: the seed timeline and generated events (from the stories'
// own data, so the bench measures what the stories show), seed quotes and figures for the
// many-widgets pages, and the same events in TimelineJS3's JSON format.
import { build } from 'esbuild';

/** Imports a TypeScript module of stories/data through esbuild: Node 20 cannot strip types itself. */
async function importTs(path) {
  const { outputFiles } = await build({ entryPoints: [path], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const timeline = await importTs('stories/data/timeline.ts');
const quotes = await importTs('stories/data/quotes.ts');
const stats = await importTs('stories/data/stats.ts');

/** The events for a size: "seed" is the seed timeline, a number is that many generated events. */
export function eventsFor(size) {
  return size === 'seed' ? timeline.seedTimeline('en') : timeline.generatedEvents(Number(size));
}

/** The same events as TimelineJS3 slides: {start_date: {year, month, day}, text: {headline, text}}. */
export function toTimelineJs(events) {
  return {
    events: events.map(event => {
      const [year, month, day] = event.date.split('-').map(Number);
      return {
        start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
        text: { headline: event.title, text: `<p>${event.text}</p>` },
        group: event.category,
        unique_id: event.id,
      };
    }),
  };
}

const isQuote = value => value && typeof value === 'object' && 'person' in value && 'text' in value;
const isStat = value => value && typeof value === 'object' && 'value' in value && 'label' in value;
export const seedQuotes = Object.values(quotes).filter(isQuote);
export const seedStats = Object.values(stats).filter(isStat);

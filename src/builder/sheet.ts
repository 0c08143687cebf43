/**
 * A pasted sheet (cells from Google Sheets, Excel or LibreOffice arrive as TSV; a CSV file as CSV)
 * read by the widgets' own sheet readers, the ones their `src` uses, so a sheet fills the form
 * exactly as it would fill the widget. Problems come back by row and column.
 */
import { describeValue, type Problem } from '../core/problems.js';
import { readStatSheet } from '../stat-group/stat-group.sheet.js';
import { readTimelineSheet } from '../timeline/timeline.sheet.js';
import { asValues } from './html.js';
import { eventsFromJson } from './json.js';
import type { BuilderData, WidgetKind } from './specs.js';

const inWords = (problem: Problem) => `${problem.field}: ${problem.message}${problem.value ? ` (${describeValue(problem.value)})` : ''}`;

/** The statistics sheet for a stat group, else a timeline sheet (only these two widgets take sheets). */
export function readSheet(text: string, kind: WidgetKind, problems: string[]): BuilderData | undefined {
  const found: Problem[] = [];
  let data: BuilderData | undefined;
  if (kind === 'stat-group') {
    const badges = readStatSheet(text, found);
    if (badges.length) data = { widget: 'stat-group', values: {}, items: badges.map(asValues) };
  } else {
    const sheet = readTimelineSheet(text, found);
    const events = eventsFromJson(sheet, []) ?? [];
    if (events.length) data = { widget: 'timeline', values: {}, items: events.map(asValues) };
  }
  problems.push(...found.map(inWords));
  return data;
}

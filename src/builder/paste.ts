/**
 * Reads whatever an author pastes: golden-bridge HTML (inertly), JSON (the builder's own file, a
 * timeline's events, TimelineJS3), or a sheet's cells.
 */
import { readHtml } from './html.js';
import { readJson } from './json.js';
import type { BuilderData, WidgetKind } from './specs.js';

/** A sheet's reader for the widget being edited; undefined when that widget takes no sheet. */
export type SheetReader = (text: string, kind: WidgetKind, problems: string[]) => BuilderData | undefined;

export function readPasted(text: string, kind: WidgetKind, problems: string[], readSheet?: SheetReader): BuilderData | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (trimmed.startsWith('<')) return readHtml(trimmed, problems);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJson(trimmed, problems);
  if (readSheet) return readSheet(text, kind, problems);
  problems.push('not HTML or JSON');
  return undefined;
}

/**
 * Reads whatever an author pastes: golden-bridge HTML (inertly), JSON (the builder's own file, a
 * timeline's events, TimelineJS3), or a sheet's cells.
 */
import { readHtml } from './html.js';
import { readJson } from './json.js';
import { readSheet } from './sheet.js';
import type { BuilderData, WidgetKind } from './specs.js';

/** Reads pasted text into builder data; a sheet goes to `kind` if it is a stat group, else to a timeline. */
export function readPasted(text: string, kind: WidgetKind, problems: string[]): BuilderData | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (trimmed.startsWith('<')) return readHtml(trimmed, problems);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJson(trimmed, problems);
  return readSheet(text, kind, problems);
}

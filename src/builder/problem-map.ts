/**
 * Where a widget's reported problem belongs in the form: the preview's `gb-error` events name the
 * element and the field as the widget knows it (`date`, `events[3].date`, a badge's `value`); this
 * finds the form field that holds it, so the problem is shown beside it.
 */
import type { GbErrorDetail } from '../core/problems.js';
import type { WidgetSpec } from './specs.js';

/** `field:<name>`, `item:<index>:<name>`, `list` or `other`. */
export type ProblemKey = string;

export const fieldKey = (name: string): ProblemKey => `field:${name}`;
export const itemKey = (index: number, name: string): ProblemKey => `item:${index}:${name}`;

/** The key of a problem; `target` is the element that fired it, `stage` the preview holding it. */
export function problemKey(spec: WidgetSpec, detail: GbErrorDetail, target: Element): ProblemKey {
  const listed = /^([\w-]+)\[(\d+)\]\.([\w-]+)$/.exec(detail.field);
  if (listed && listed[1] === spec.list.name) return itemKey(Number(listed[2]), listed[3]);
  if (spec.list.tag && detail.element === spec.list.tag) {
    // a badge: its place among its group's badges, or the one item of a lone badge
    const siblings = target.parentElement ? [...target.parentElement.children].filter(el => el.localName === spec.list.tag) : [target];
    const index = target.parentElement?.localName === spec.tag ? siblings.indexOf(target) : 0;
    if (spec.list.fields.some(field => field.name === detail.field)) return itemKey(index, detail.field);
  }
  if (detail.field === spec.list.name) return 'list';
  const field = spec.fields.find(f => f.name === detail.field || f.into?.attribute === detail.field);
  return field ? fieldKey(field.name) : 'other';
}

/** A problem in words: the field, what was wrong, and the value given. */
export const problemText = (detail: GbErrorDetail): string =>
  `${detail.field} ${detail.message}${detail.value !== undefined && detail.value !== '' ? ` (${detail.value})` : ''}`;

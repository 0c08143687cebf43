/**
 * The builder's data as golden-bridge HTML, and back. Writing: every field as an attribute (the
 * widgets' documented authoring path), lists as child elements or a JSON attribute. Reading: the
 * pasted HTML is parsed inertly (DOMParser: nothing runs, nothing loads, nothing is attached) and
 * read with the widgets' own light-DOM readers, attributes first, as the widgets do.
 */
import { collapseWhitespace } from '../core/text.js';
import { readProverbLightDom } from '../proverb/proverb.model.js';
import { readQuoteCardLightDom } from '../quote-card/quote-card.model.js';
import { readStatBadgeLightDom } from '../stat-badge/stat-badge.model.js';
import { readTimelineLightDom } from '../timeline/read-light-dom.js';
import { SPECS, KIND_OF_TAG, type BuilderData, type FieldSpec, type WidgetSpec } from './specs.js';
import { eventsFromJson } from './json.js';

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON goes in single quotes, so its own double quotes stay readable. */
const escapeJsonAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The non-empty values of `fields`, in their order, as a plain object. */
export function filled(fields: FieldSpec[], values: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name]?.trim();
    if (value) result[field.name] = value;
  }
  return result;
}

function openTag(tag: string, attributes: [string, string, boolean?][], indent: string): string {
  const lines = attributes.map(([name, value, json]) => `\n${indent}  ${name}=${json ? `'${escapeJsonAttr(value)}'` : `"${escapeAttr(value)}"`}`);
  return `${indent}<${tag}${lines.join('')}>`;
}

/** The widget's own attributes: plain fields, and fields gathered `into` a JSON object. */
function widgetAttributes(spec: WidgetSpec, values: Record<string, string>): [string, string, boolean?][] {
  const plain: [string, string, boolean?][] = [];
  const objects = new Map<string, Record<string, string>>();
  for (const field of spec.fields) {
    const value = values[field.name]?.trim();
    if (!value) continue;
    if (!field.into) plain.push([field.name, value]);
    else objects.set(field.into.attribute, { ...objects.get(field.into.attribute), [field.into.key]: value });
  }
  for (const [name, object] of objects) plain.push([name, JSON.stringify(object), true]);
  return plain;
}

/** The HTML an author pastes into an article: one widget, attributes on their own lines. */
export function writeHtml(data: BuilderData): string {
  const spec = SPECS[data.widget];
  const attributes = widgetAttributes(spec, data.values);
  const items = data.items.map(item => filled(spec.list.fields, item)).filter(item => Object.keys(item).length);
  if (spec.list.as === 'json') {
    if (items.length) attributes.push([spec.list.name, JSON.stringify(items), true]);
    return `${openTag(spec.tag, attributes, '')}</${spec.tag}>`;
  }
  const tag = spec.list.tag!;
  // A group of one badge with nothing of its own is a lone badge, as an author would write it.
  const groupOnly = attributes.some(([name]) => name !== 'lang');
  if (items.length === 1 && !groupOnly) {
    const lone = [...attributes, ...Object.entries(items[0])];
    return `${openTag(tag, lone, '')}</${tag}>`;
  }
  const children = items.map(item => `${openTag(tag, Object.entries(item), '  ')}</${tag}>`);
  return `${openTag(spec.tag, attributes, '')}\n${children.join('\n')}\n</${spec.tag}>`;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? collapseWhitespace(value) || undefined : typeof value === 'number' ? String(value) : undefined;

const kebab = (name: string) => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`);

/** A reader's result with camelCase keys, as attribute names with text values. */
export function asValues(read: object): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(read)) {
    const t = text(value);
    if (t !== undefined) values[kebab(key)] = t;
  }
  return values;
}

const attributeValues = (element: Element, fields: FieldSpec[]) => {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = field.into ? undefined : element.getAttribute(field.name);
    if (value !== null && value !== undefined) values[field.name] = value;
  }
  return values;
};

function parseJsonAttribute(element: Element, name: string, problems: string[]): unknown {
  const value = element.getAttribute(name);
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    problems.push(`${name}: not valid JSON`);
    return undefined;
  }
}

/** The list of a pasted element: badges, events or translations. */
function readItems(element: Element, spec: WidgetSpec, problems: string[]): Record<string, string>[] {
  if (spec.kind === 'stat-group') {
    const badges = element.localName === 'gb-stat-badge' ? [element] : [...element.children].filter(child => child.localName === 'gb-stat-badge');
    return badges.map(badge => ({ ...asValues(readStatBadgeLightDom(badge)), ...attributeValues(badge, spec.list.fields) }));
  }
  if (spec.kind === 'proverb') {
    const given = parseJsonAttribute(element, 'translations', problems) ?? readProverbLightDom(element).translations;
    return Array.isArray(given) ? given.map(item => asValues(item && typeof item === 'object' ? item : {})) : [];
  }
  if (spec.kind === 'timeline') {
    if (element.hasAttribute('src')) problems.push(`src: events are fetched from ${element.getAttribute('src')}; paste that file's JSON to edit them`);
    const json = parseJsonAttribute(element, 'events', problems);
    const events = json !== undefined ? eventsFromJson(json, problems) : readTimelineLightDom(element);
    return Array.from({ length: events?.length ?? 0 }, (_, index) => asValues(events!.at(index)!));
  }
  return [];
}

/** Reads the first golden-bridge widget in pasted HTML; `problems` says what could not be read. */
export function readHtml(html: string, problems: string[]): BuilderData | undefined {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const element = [...document.body.querySelectorAll('*')].find(node => node.localName in KIND_OF_TAG);
  if (!element) {
    problems.push('no golden-bridge widget (gb-quote-card, gb-stat-group, gb-stat-badge, gb-proverb, gb-timeline) in the pasted HTML');
    return undefined;
  }
  const spec = SPECS[KIND_OF_TAG[element.localName]];
  const light =
    spec.kind === 'quote-card' ? asValues(readQuoteCardLightDom(element))
    : spec.kind === 'proverb' ? proverbLight(element, problems)
    : {};
  const values: Record<string, string> = { ...light, ...attributeValues(element, spec.fields) };
  const inherited = element.closest('[lang]')?.getAttribute('lang');
  if (inherited && !values.lang) values.lang = inherited;
  const items = readItems(element, spec, problems);
  if (element.localName === 'gb-stat-badge') {
    // a lone badge's own fields belong to its one item, not to a group
    for (const key of Object.keys(values)) if (key !== 'lang') delete values[key];
  }
  return { widget: spec.kind, values, items };
}

/** A proverb's original (attribute JSON, else the first paragraph) and its slotted parts. */
function proverbLight(element: Element, problems: string[]): Record<string, string> {
  const light = readProverbLightDom(element);
  const given = parseJsonAttribute(element, 'original', problems) ?? light.original;
  const original = given && typeof given === 'object' ? asValues(given) : {};
  const values = asValues({ attribution: light.attribution, note: light.note });
  if (original.text) values.original = original.text;
  if (original.lang) values['original-lang'] = original.lang;
  if (original.romanization) values.romanization = original.romanization;
  return values;
}

/**
 * What the builder knows of each widget: its fields, named as the widget's attributes, and the list
 * it holds (a group's badges, a timeline's events, a proverb's translations). The form, the HTML
 * writer and reader, and the problem list are all generated from these descriptions.
 */
import { PROVERB_LAYOUTS } from '../proverb/proverb.model.js';
import { QUOTE_VARIANTS } from '../quote-card/quote-card.model.js';
import { TIMELINE_GROUPS, TIMELINE_LAYOUTS } from '../timeline/timeline.model.js';

export const WIDGETS = ['quote-card', 'stat-group', 'proverb', 'timeline'] as const;
export type WidgetKind = (typeof WIDGETS)[number];

/** How a field is edited; `long` is a text area, `choice` a select of `choices` (the first is the default). */
export type FieldKind = 'text' | 'long' | 'choice' | 'url' | 'lang' | 'date' | 'number';

export interface FieldSpec {
  /** The attribute (or, in a list, the JSON key) the value goes to; also its key in the strings table. */
  name: string;
  kind: FieldKind;
  choices?: readonly string[];
  /** Written into the JSON object attribute `into` under `key` rather than as an attribute of its own. */
  into?: { attribute: string; key: string };
}

export interface ListSpec {
  /** The widget field problems about the list are reported under (`events`, `translations`). */
  name: string;
  fields: FieldSpec[];
  /** `children`: one element per item (`tag`); `json`: a JSON array in the attribute `name`. */
  as: 'children' | 'json';
  tag?: string;
}

export interface WidgetSpec {
  kind: WidgetKind;
  tag: string;
  fields: FieldSpec[];
  list: ListSpec;
}

const lang: FieldSpec = { name: 'lang', kind: 'lang' };
const id: FieldSpec = { name: 'id', kind: 'text' };
const source: FieldSpec[] = [
  { name: 'source', kind: 'text' },
  { name: 'source-url', kind: 'url' },
];

export const SPECS: Record<WidgetKind, WidgetSpec> = {
  'quote-card': {
    kind: 'quote-card',
    tag: 'gb-quote-card',
    fields: [
      lang,
      { name: 'quote', kind: 'long' },
      { name: 'quote-lang', kind: 'lang' },
      { name: 'original', kind: 'long' },
      { name: 'original-lang', kind: 'lang' },
      { name: 'speaker', kind: 'text' },
      { name: 'speaker-role', kind: 'text' },
      { name: 'photo', kind: 'url' },
      { name: 'photo-alt', kind: 'text' },
      { name: 'date', kind: 'date' },
      ...source,
      { name: 'variant', kind: 'choice', choices: ['card', ...QUOTE_VARIANTS.filter(v => v !== 'card')] },
      id,
    ],
    // a quote has no list; an empty one keeps every widget the same shape
    list: { name: 'items', fields: [], as: 'json' },
  },
  'stat-group': {
    kind: 'stat-group',
    tag: 'gb-stat-group',
    fields: [lang, { name: 'label', kind: 'text' }, ...source, id],
    list: {
      name: 'badges',
      as: 'children',
      tag: 'gb-stat-badge',
      fields: [
        { name: 'value', kind: 'number' },
        { name: 'label', kind: 'text' },
        { name: 'currency', kind: 'text' },
        { name: 'unit', kind: 'text' },
        { name: 'notation', kind: 'choice', choices: ['standard', 'compact'] },
        { name: 'precision', kind: 'number' },
        { name: 'as-of', kind: 'date' },
        { name: 'change', kind: 'number' },
        { name: 'change-kind', kind: 'choice', choices: ['percent', 'absolute'] },
        { name: 'change-period', kind: 'text' },
        { name: 'good-direction', kind: 'choice', choices: ['up', 'down'] },
        ...source,
        { name: 'sparkline', kind: 'text' },
      ],
    },
  },
  proverb: {
    kind: 'proverb',
    tag: 'gb-proverb',
    fields: [
      lang,
      { name: 'original', kind: 'long', into: { attribute: 'original', key: 'text' } },
      { name: 'original-lang', kind: 'lang', into: { attribute: 'original', key: 'lang' } },
      { name: 'romanization', kind: 'text', into: { attribute: 'original', key: 'romanization' } },
      { name: 'attribution', kind: 'text' },
      { name: 'note', kind: 'long' },
      { name: 'layout', kind: 'choice', choices: ['stacked', ...PROVERB_LAYOUTS.filter(v => v !== 'stacked')] },
      { name: 'script', kind: 'choice', choices: ['cyrl', 'latn'] },
      { name: 'show', kind: 'lang' },
      id,
    ],
    list: {
      name: 'translations',
      as: 'json',
      fields: [
        { name: 'text', kind: 'long' },
        { name: 'lang', kind: 'lang' },
      ],
    },
  },
  timeline: {
    kind: 'timeline',
    tag: 'gb-timeline',
    fields: [
      lang,
      { name: 'layout', kind: 'choice', choices: TIMELINE_LAYOUTS },
      { name: 'group-by', kind: 'choice', choices: TIMELINE_GROUPS },
      id,
    ],
    list: {
      name: 'events',
      as: 'json',
      fields: [
        { name: 'date', kind: 'date' },
        { name: 'end-date', kind: 'date' },
        { name: 'title', kind: 'text' },
        { name: 'text', kind: 'long' },
        { name: 'image', kind: 'url' },
        { name: 'image-alt', kind: 'text' },
        { name: 'caption', kind: 'text' },
        { name: 'credit', kind: 'text' },
        { name: 'link', kind: 'url' },
        { name: 'category', kind: 'text' },
        { name: 'id', kind: 'text' },
      ],
    },
  },
};

/** The tag a pasted element stands for: a lone stat badge is a group of one. */
export const KIND_OF_TAG: Record<string, WidgetKind> = {
  'gb-quote-card': 'quote-card',
  'gb-stat-group': 'stat-group',
  'gb-stat-badge': 'stat-group',
  'gb-proverb': 'proverb',
  'gb-timeline': 'timeline',
};

/** The builder's whole state of one widget: field values by attribute name, and the list's items. */
export interface BuilderData {
  widget: WidgetKind;
  values: Record<string, string>;
  items: Record<string, string>[];
}

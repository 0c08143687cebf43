import type { ArgTypes } from '@storybook/web-components-vite';

/** The parts of a custom-elements.json (schema 2) that the docs tables read. */
interface Documented {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Documented[];
  attributes?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  events?: Documented[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const CATEGORIES = [
  ['attributes', 'attributes'],
  ['slots', 'slots'],
  ['cssParts', 'css shadow parts'],
  ['cssProperties', 'css custom properties'],
  ['events', 'events'],
] as const;

const row = (item: Documented, category: string, control: boolean) => ({
  name: item.name,
  description: item.description,
  ...(control ? {} : { control: false as const }),
  table: {
    category,
    type: item.type?.text ? { summary: item.type.text } : undefined,
    defaultValue: item.default === undefined ? undefined : { summary: item.default },
  },
});

/**
 * The docs tables of a widget, from the manifest. Storybook's own extractor keys every row by its
 * name alone, so a part and a property of one name (the stat badge's `value`, `label`, `change`)
 * collapse into one row, under one category, with one description. Here properties keep their name
 * as key (the stories' args and controls are properties), and every other category gets keys of its
 * own, so each attribute, slot, part, CSS custom property and event shows in its category with its
 * own description.
 */
export function extractArgTypes(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const element = manifest.modules.flatMap(module => module.declarations ?? []).find(declaration => declaration.tagName === tagName);
  if (!element) return undefined;
  const argTypes: ArgTypes = {};
  for (const member of element.members ?? []) {
    if (member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public') argTypes[member.name] = row(member, 'properties', true);
  }
  for (const [key, category] of CATEGORIES) {
    for (const item of element[key] ?? []) argTypes[`${category}: ${item.name}`] = row(item, category, false);
  }
  // As Storybook's own extractor does: each event logged in the Actions panel, under `on<Event>`.
  for (const event of element.events ?? []) {
    const handler = `on${event.name.replace(/(?:^|[-_:.\s]+)(.)/g, (_, letter: string) => letter.toUpperCase())}`;
    argTypes[handler] = { name: handler, action: event.name, table: { disable: true } };
  }
  return argTypes;
}

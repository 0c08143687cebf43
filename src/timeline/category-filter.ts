import { html, nothing, type TemplateResult } from 'lit';
import { cachedFormat } from '../core/intl.js';
import { categoryColour } from './event-view.js';
import { MAX_FILTER_CATEGORIES, type TimelineModel } from './timeline.model.js';
import type { TimelineStrings } from './timeline.strings.js';

/** The row of category buttons, "all" first; nothing when the events have none, or too many (see MAX_FILTER_CATEGORIES). */
export function renderFilter(
  model: TimelineModel,
  selected: string,
  lang: string,
  ui: { lang: string; strings: TimelineStrings },
  onPick: (category: string) => void,
): TemplateResult | typeof nothing {
  if (!model.categories.length || model.categories.length > MAX_FILTER_CATEGORIES) return nothing;
  return html`<div part="filter" role="group" aria-label=${ui.strings.filter} lang=${ui.lang}>
    ${['', ...model.categories].map(
      category => html`<button
        type="button"
        aria-pressed=${selected === category ? 'true' : 'false'}
        class="cat-${categoryColour(model, category)}"
        lang=${category ? (model.categoryLangs.get(category) ?? lang) : ui.lang}
        @click=${() => onPick(category)}
      >
        ${category || ui.strings.all}
      </button>`,
    )}
  </div>`;
}

/** What the live region says once `category` is chosen: "Showing 2 of 3 events". */
export function filterAnnouncement(model: TimelineModel, category: string, lang: string, ui: { lang: string; strings: TimelineStrings }): string {
  const shown = category ? model.events.filter(event => event.category === category).length : model.events.length;
  const count = (n: number) => cachedFormat(Intl.NumberFormat, lang).format(n);
  const plural = cachedFormat(Intl.PluralRules, ui.lang).select(model.events.length);
  return ui.strings.showing(count(shown), count(model.events.length), plural);
}

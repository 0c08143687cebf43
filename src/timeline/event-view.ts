import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { canCopy } from '../core/clipboard.js';
import { renderRichText } from './rich-text.js';
import { eventDateText, groupLabel, groupLang, type TimelineEventModel, type TimelineModel } from './timeline.model.js';
import type { TimelineStrings } from './timeline.strings.js';

/** What drawing one event needs to know of the timeline around it. */
export interface EventView {
  /** The event's place in the shown list. */
  index: number;
  shown: TimelineEventModel[];
  model: TimelineModel;
  /** The content's language, and the language of the interface strings. */
  lang: string;
  uiLang: string;
  strings: TimelineStrings;
  /** Whether the event takes the keyboard focus (one event at a time does). */
  focusable: boolean;
  highlighted: boolean;
  onImageError: (event: Event) => void;
  onCopyLink: (id: string) => void;
}

/** The colour class of a category: 1 to 6 by its place among the model's categories, 0 for "all". */
export function categoryColour(model: TimelineModel | undefined, category: string | undefined): number {
  if (!category || !model) return 0;
  let places = categoryPlaces.get(model);
  // A map, not a search per event: a timeline may hold thousands of categories.
  if (!places) categoryPlaces.set(model, (places = new Map(model.categories.map((name, place) => [name, place]))));
  return ((places.get(category) ?? 0) % 6) + 1;
}
const categoryPlaces = new WeakMap<TimelineModel, Map<string, number>>();

/** One event of the list: its group heading when it starts a group, date, title, image, text, links. */
export function renderEvent(event: TimelineEventModel, view: EventView): TemplateResult {
  const { index, shown, model, lang, strings } = view;
  const newGroup = event.group && event.group !== shown[index - 1]?.group;
  const dateText = eventDateText(event, lang);
  return html`<li
    part="event"
    role="listitem"
    id=${event.id}
    class="cat-${categoryColour(model, event.category)} ${index % 2 ? '' : 'odd'} ${view.highlighted ? 'highlight' : ''}"
    aria-setsize=${shown.length}
    aria-posinset=${index + 1}
  >
    ${newGroup ? html`<h3 part="group" lang=${ifDefined(groupLang(event.group, model.eras, view.uiLang))}>${groupLabel(event.group, model.eras, lang, strings)}</h3>` : nothing}
    <article tabindex=${view.focusable ? '0' : '-1'} aria-labelledby=${`${event.id}-title`}>
      ${dateText ? html`<time part="date" datetime=${ifDefined(event.start?.iso)}>${dateText}</time>` : nothing}
      <h4 part="title" id=${`${event.id}-title`} lang=${ifDefined(event.title ? event.langs?.title : undefined)}>${event.title ?? dateText ?? ''}</h4>
      ${event.category ? html`<span part="category" lang=${ifDefined(event.langs?.category)}>${event.category}</span>` : nothing}
      ${event.image
        ? html`<figure part="image">
            <img src=${event.image.src} alt=${event.image.alt} loading="lazy" decoding="async" @error=${view.onImageError} />
            ${event.image.caption || event.image.credit
              ? html`<figcaption lang=${ifDefined(event.langs?.caption)}>${[event.image.caption, event.image.credit].filter(Boolean).join(' — ')}</figcaption>`
              : nothing}
          </figure>`
        : nothing}
      ${event.text ? renderRichText(event.text, event.langs?.text) : nothing}
      ${event.link ? html`<a class="more" href=${event.link} lang=${view.uiLang}>${strings.readMore}</a>` : nothing}
      ${canCopy()
        ? html`<button
            part="copy-link"
            type="button"
            lang=${view.uiLang}
            aria-label=${strings.copyLink}
            title=${strings.copyLink}
            @click=${() => view.onCopyLink(event.id)}
          >
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" /><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" /></svg>
          </button>`
        : nothing}
    </article>
  </li>`;
}

/**
 * The place the keyboard moves the focus to from `current`, in a list of `count`: arrows along the
 * list's direction (mirrored right to left), Home and End; undefined for any other key.
 */
export function targetOfKey(key: string, current: number, count: number, horizontal: boolean, rtl: boolean): number | undefined {
  const forward = horizontal ? (rtl ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
  const back = horizontal ? (rtl ? 'ArrowRight' : 'ArrowLeft') : 'ArrowUp';
  return key === forward ? Math.min(current + 1, count - 1)
    : key === back ? Math.max(current - 1, 0)
    : key === 'Home' ? 0
    : key === 'End' ? count - 1
    : undefined;
}

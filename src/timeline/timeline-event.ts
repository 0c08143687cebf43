// A server (Next.js, Nuxt, SvelteKit, Angular SSR) imports the module too and has no HTMLElement;
// Lit's own elements bring a server shim, this one extends the real thing only where it exists.
const ServerSafeHTMLElement = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * One event of a `<gb-timeline>`, written as HTML: its attributes give the date, title and the rest,
 * its text the description. It draws nothing itself — the timeline reads it — so before the bundle
 * loads (with dist/golden-bridge.css) it reads as a dated list item, and after it the timeline renders
 * it with the others. The `title` attribute names the event; since the element is never displayed
 * once the timeline is defined, it raises no tooltip there.
 *
 * @summary One dated event inside a `<gb-timeline>`.
 * @tag gb-timeline-event
 *
 * @slot - The event's description, as text.
 *
 * @attribute date - When it happened, ISO 8601 (`1992-01-03`, `2024-07`, `1943`, `-0500`).
 * @attribute end-date - When it ended, for a period.
 * @attribute category - A category, for colour and the timeline's filter.
 * @attribute title - The event's headline.
 * @attribute image - URL of an image (http, https or relative), lazy-loaded.
 * @attribute image-alt - Text alternative of the image.
 * @attribute caption - Caption of the image.
 * @attribute credit - Credit of the image.
 * @attribute link - A link to read more (http, https, mailto or relative).
 * @attribute id - A stable id for deep links (`#id` in the page URL).
 * @attribute lang - The language of the event's title and text, when it differs from the timeline's.
 */
export class GbTimelineEvent extends ServerSafeHTMLElement {
  /** When it happened, ISO 8601: `1992-01-03`, `2024-07`, `1943`, or `-0500` for 501 BCE. */
  get date(): string | null {
    return this.getAttribute('date');
  }
  set date(value: string | null) {
    this._toggleAttr('date', value);
  }

  /** When it ended, for a period (ISO 8601). */
  get endDate(): string | null {
    return this.getAttribute('end-date');
  }
  set endDate(value: string | null) {
    this._toggleAttr('end-date', value);
  }

  /** A category, for colour and the timeline's filter. */
  get category(): string | null {
    return this.getAttribute('category');
  }
  set category(value: string | null) {
    this._toggleAttr('category', value);
  }

  private _toggleAttr(name: string, value: string | null): void {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gb-timeline-event': GbTimelineEvent;
  }
}

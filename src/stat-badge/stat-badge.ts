import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GbElement } from '../core/element.js';
import type { Problem } from '../core/problems.js';
import { scriptFaces, tokens } from '../core/tokens.js';
import { formatFigure } from './stat-badge.format.js';
import { parseStatBadge, readStatBadgeLightDom, type StatBadgeModel } from './stat-badge.model.js';
import { statBadgeStyles } from './stat-badge.styles.js';

const COUNT_UP_MS = 1200;

/**
 * A newsroom's "big number": one figure, what it measures, how it changed and where it comes from,
 * formatted by `Intl` in the reader's language ("$43.8B", "US$438亿", "43,8 млрд $").
 *
 * Author it as HTML (`<data value="43820000000">$43.82 billion</data>` and slotted label and source)
 * or through attributes. Where both give a field, **the attribute or property wins**.
 *
 * @summary A headline figure with its label, change, date and source.
 * @tag gb-stat-badge
 *
 * @slot - Light-DOM content, read rather than displayed: a `<data value="…">` holds the figure and the author's own rendering of it.
 * @slot label - What the figure measures.
 * @slot as-of - A `<time datetime="2024">` for the date the figure refers to.
 * @slot source - Where it comes from; an `<a href>` makes it a link.
 *
 * @csspart base - The badge (role `figure`, named by the whole figure in words).
 * @csspart value - The `<data>` element with the formatted figure.
 * @csspart label - What it measures.
 * @csspart as-of - The date the figure refers to.
 * @csspart change - The change: arrow, words and colour.
 * @csspart sparkline - The trend line (SVG).
 * @csspart source - The source line.
 *
 * @cssprop --gb-color-text - Figure and label colour.
 * @cssprop --gb-color-text-muted - Date, period and source colour.
 * @cssprop --gb-color-surface-alt - Badge background.
 * @cssprop --gb-color-accent - Edge rule and sparkline.
 * @cssprop --gb-color-good - A change for the better.
 * @cssprop --gb-color-bad - A change for the worse.
 * @cssprop --gb-font-display - Font of the figure.
 *
 * @fires {GbErrorDetail} gb-error - A piece of input was wrong (`detail`: element, field, message, value); the badge shows what it can.
 */
export class GbStatBadge extends GbElement<StatBadgeModel> {
  static override styles = [tokens, statBadgeStyles, scriptFaces];

  // A getter rather than a field: lit-analyzer only sees a subclass's attributes this way.
  static override get properties(): PropertyDeclarations {
    return {
      value: {},
      currency: {},
      unit: {},
      label: {},
      labelLang: { attribute: 'label-lang' },
      notation: {},
      precision: {},
      asOf: { attribute: 'as-of' },
      change: {},
      changeKind: { attribute: 'change-kind' },
      changePeriod: { attribute: 'change-period' },
      changePeriodLang: { attribute: 'change-period-lang' },
      goodDirection: { attribute: 'good-direction' },
      source: {},
      sourceUrl: { attribute: 'source-url' },
      sourceLang: { attribute: 'source-lang' },
      sparkline: {},
      countUp: { attribute: 'count-up', type: Boolean },
    };
  }

  /** The figure, a number (`43820000000`). Text that is not a number is shown as given, with a warning. */
  value?: number | string;
  /** ISO 4217 currency code (`USD`, `KZT`, `CNY`). */
  currency?: string;
  /** An `Intl` unit (`percent`, `kilometer`, …) or a free noun written after the number ("trips", "поездок", "人次"). */
  unit?: string;
  /** What the figure measures. Overrides a light-DOM `slot="label"`. */
  label?: string;
  /** Language of `label` (BCP 47), when it differs from the element's; in light DOM, the `lang` of `slot="label"`. */
  labelLang?: string;
  /** `standard` (43,820,000,000) or `compact` (43.8 billion), each as the language writes it. */
  notation?: 'standard' | 'compact';
  /** Maximum fraction digits. Without it, compact figures keep three significant digits. */
  precision?: number;
  /** The date the figure refers to, ISO 8601: `2024`, `2024-03` or `2024-03-31`. */
  asOf?: string;
  /** The change: a percentage by default (`6.8`), or an amount with `change-kind="absolute"`. */
  change?: number | string;
  /** `percent` (default) or `absolute` (in the figure's own currency or unit). */
  changeKind?: 'percent' | 'absolute';
  /** What the change compares with, e.g. "year on year". */
  changePeriod?: string;
  /** Language of `changePeriod` (BCP 47), when it differs from the element's. */
  changePeriodLang?: string;
  /** Which direction is good news: `up` (default) or `down` (a fall in deaths shows green). */
  goodDirection?: 'up' | 'down';
  /** Where the figure comes from. */
  source?: string;
  /** Link to the source (http, https, mailto or relative). */
  sourceUrl?: string;
  /** Language of `source` (BCP 47), when it differs from the element's. */
  sourceLang?: string;
  /** A short series for a trend line: a JSON array or comma-separated numbers. */
  sparkline?: string | number[];
  /** Count up to the figure the first time it scrolls into view (never under reduced motion). */
  countUp = false;

  private _counting?: string;
  private _counted = false;
  private _observer?: IntersectionObserver;

  protected _parse(problems: Problem[]): StatBadgeModel {
    const light = readStatBadgeLightDom(this);
    return parseStatBadge(this, light, this._language.lang, problems);
  }

  protected override _hasContent(model: StatBadgeModel): boolean {
    return !!(model.display !== undefined || model.label || model.asOf || model.change || model.source);
  }

  protected _renderModel(model: StatBadgeModel): TemplateResult {
    const { change } = model;
    return html`
      <div part="base" role="figure" lang=${this._language.lang}>
        <div class="figure" aria-hidden="true">
          ${model.display !== undefined
            ? html`<data part="value" class=${this._counting ? 'counting' : ''} value=${ifDefined(model.number)}>${model.display}</data>`
            : nothing}
          ${this._counting ? html`<span class="count">${this._counting}</span>` : nothing}
        </div>
        ${model.display !== undefined ? html`<span class="visually-hidden">${model.figureWords ?? model.display}</span>` : nothing}
        ${model.label ? html`<p part="label" lang=${ifDefined(model.langs?.label)}>${model.label}</p>` : nothing}
        ${model.asOf
          ? html`<p part="as-of"><time datetime=${model.asOf.datetime}>${model.asOf.text}</time></p>`
          : nothing}
        ${change
          ? html`<p part="change" class=${change.tone}>
              <span class="arrow" aria-hidden="true">${change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '■'}</span>
              <span lang=${model.uiLang} aria-hidden="true">${change.text}</span>
              <span lang=${model.uiLang} class="visually-hidden">${change.words}</span>
              ${model.changePeriod ? html`<span class="period" lang=${ifDefined(model.langs?.['change-period'])}>${model.changePeriod}</span>` : nothing}
            </p>`
          : nothing}
        ${model.sparkline ? this._renderSparkline(model.sparkline) : nothing}
        ${model.source
          ? html`<p part="source" lang=${ifDefined(model.langs?.source)}>${model.source.url ? html`<a href=${model.source.url}>${model.source.text}</a>` : model.source.text}</p>`
          : nothing}
      </div>
    `;
  }

  private _renderSparkline({ points, description }: NonNullable<StatBadgeModel['sparkline']>): TemplateResult {
    // In halves: the range of two finite extremes (1e308 and -1e308) would overflow to Infinity.
    const low = Math.min(...points) / 2;
    const span = Math.max(...points) / 2 - low || 1;
    const path = points.map((point, index) => `${((index / (points.length - 1)) * 100).toFixed(2)},${(28 - ((point / 2 - low) / span) * 26).toFixed(2)}`);
    return html`<svg part="sparkline" viewBox="0 0 100 30" preserveAspectRatio="none" role="img" aria-label=${description} lang=${this._model!.uiLang}>
      <polyline points=${path.join(' ')} />
    </svg>`;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // A CSSOM write, not a style attribute: a strict Content-Security-Policy (style-src 'self') refuses those.
    const figure = this.renderRoot.querySelector<HTMLElement>('.figure');
    if (figure && this._model?.display) figure.style.setProperty('--_figure-ems', String(figureEms(this._model.display)));
    if (this.countUp && !this._counted && !this._observer && this._model?.number !== undefined) this._watchForFirstView();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = undefined;
  }

  private _watchForFirstView(): void {
    if (typeof IntersectionObserver !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this._counted = true;
      return;
    }
    this._observer = new IntersectionObserver(entries => {
      if (!entries.some(entry => entry.isIntersecting)) return;
      this._observer?.disconnect();
      this._observer = undefined;
      this._counted = true;
      this._countUpFrames();
    });
    this._observer.observe(this);
  }

  /** Counts up in the shown text only: the final figure stays in the DOM and the accessible name throughout. */
  private _countUpFrames(): void {
    const model = this._model!;
    const target = model.number!;
    const start = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / COUNT_UP_MS);
      const eased = 1 - (1 - progress) ** 3;
      this._counting = progress < 1 ? formatFigure(target * eased, this._language.lang, model.figure!) : undefined;
      this.requestUpdate();
      if (progress < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }
}

/**
 * A figure's width in ems, estimated from its characters in a bold serif: the styles divide the
 * badge's width by it to shrink a long figure before it would wrap. Estimated rather than measured,
 * so it needs no layout read and holds before the display face has loaded; slightly generous, so a
 * figure shrinks a little early rather than wrap.
 */
export function figureEms(text: string): number {
  let ems = 0;
  for (const char of text) {
    ems += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uff00-\uffef]/u.test(char) ? 1
      : /[\s.,:'’]/u.test(char) ? 0.3
      : /[mwMWмшщжюыМШЩЖЮЫ]/u.test(char) ? 1.05
      : /\p{Ll}/u.test(char) ? 0.65
      : /\p{N}/u.test(char) ? 0.66
      : 0.76;
  }
  // fitted on the seed figures in three engines (within 8 %), with room to spare
  return Math.max(ems * 1.1, 1);
}

declare global {
  interface HTMLElementTagNameMap {
    'gb-stat-badge': GbStatBadge;
  }
}

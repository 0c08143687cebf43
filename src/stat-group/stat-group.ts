import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GbElement } from '../core/element.js';
import type { Problem } from '../core/problems.js';
import { readSourceAnswer } from '../core/sheet.js';
import { SourceController } from '../core/source-controller.js';
import { readFieldLangs, readText, type FieldLangs } from '../core/text.js';
import { scriptFaces, tokens } from '../core/tokens.js';
import { readUrl } from '../core/url.js';
import '../stat-badge/index.js';
import { readStatJson, readStatSheet, type StatBadgeData } from './stat-group.sheet.js';

interface StatGroupModel {
  label?: string;
  source?: { text: string; url?: string };
  /** The figures loaded from `src`; without them, the group's own badges are shown. */
  badges?: StatBadgeData[];
  langs?: FieldLangs<'label' | 'source'>;
}

/**
 * A row of `<gb-stat-badge>` figures that share a title and a source line. The badges are its
 * children, laid out in equal-height columns that fit the container (one column in a 320 px
 * sidebar, four across a full-width section), each badge sizing its figure by its own container
 * query; they inherit the group's `lang`. With `src`, the badges come from a spreadsheet (or JSON)
 * instead, one per row.
 *
 * @summary A titled row of stat badges with a shared source.
 * @tag gb-stat-group
 *
 * @slot - The `<gb-stat-badge>` elements.
 *
 * @csspart base - The `<figure>` around the group.
 * @csspart label - The group's title (`<figcaption>`).
 * @csspart badges - The grid of badges.
 * @csspart source - The shared source line.
 *
 * @cssprop --gb-stat-min - Narrowest a badge column may be (default 12rem).
 *
 * @fires {GbErrorDetail} gb-error - A piece of input was wrong; the group shows what it can.
 */
export class GbStatGroup extends GbElement<StatGroupModel> {
  static override styles = [
    tokens,
    css`
      :host {
        container-type: inline-size;
        margin-block: 1.5rem;
      }
      figure {
        margin: 0;
        display: grid;
        gap: 0.75rem;
        line-height: 1.3;
        /* its own surface, so the title stays readable in a theme unlike the page's */
        background: var(--_surface);
        border-radius: var(--_radius);
      }
      [part='label'] {
        font-weight: 700;
        font-size: 1.0625rem;
      }
      [part='badges'] {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--gb-stat-min, 12rem)), 1fr));
        gap: 0.75rem;
      }
      [part='source'] {
        margin: 0;
        font-size: 0.8125rem;
        color: var(--_muted);
      }
    `,
    scriptFaces,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      label: {},
      labelLang: { attribute: 'label-lang' },
      source: {},
      sourceLang: { attribute: 'source-lang' },
      sourceUrl: { attribute: 'source-url' },
      src: {},
      timeout: {},
    };
  }

  /** The group's title. */
  label?: string;
  /** Language of `label` (BCP 47), when it differs from the element's. */
  labelLang?: string;
  /** The source every figure shares. */
  source?: string;
  /** Language of `source` (BCP 47), when it differs from the element's. */
  sourceLang?: string;
  /** Link to the shared source (http, https, mailto or relative). */
  sourceUrl?: string;
  /**
   * URL of the figures, one badge per row, fetched with a timeout: a spreadsheet when the URL ends
   * in `.csv`/`.tsv` or the answer is `text/csv` or `text/tab-separated-values`, else JSON (an
   * array of objects). Columns are the badge's attributes — value, currency or unit, label, as of,
   * change, change period, good direction, source, source URL (also notation, precision,
   * sparkline, change kind) — in any order and case. A wrong cell is reported by row and left out;
   * a row without a number is left out. The group's own badges show until the figures arrive, and
   * if they never do.
   */
  src?: string;
  /** Milliseconds to wait for `src` before giving up: 1 to 2³¹−1 (default 10,000). */
  timeout?: number | string;

  private readonly _source = new SourceController<StatBadgeData[]>(this, (text, type, problems) => this._readFetched(text, type, problems), "the group's own badges are shown");

  /** The figures in the answer of `src`; none (the group's own badges stay) when no row is good. */
  private _readFetched(text: string, contentType: string, problems: Problem[]): StatBadgeData[] | undefined {
    const answer = readSourceAnswer(text, this._source.requested, contentType, problems, readStatSheet);
    const badges = answer.sheet ? answer.data : readStatJson(answer.data, problems);
    return badges?.length ? badges : undefined;
  }

  override connectedCallback(): void {
    // As the timeline does: the request goes out on connection, not when the first render's turn comes.
    if (this.src && this._source.state === 'idle') void this._source.load(this.src, this.timeout);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._source.abandon();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src !== this._source.requested) void this._source.load(this.src, this.timeout);
    super.willUpdate(changed);
  }

  protected _parse(problems: Problem[]): StatGroupModel {
    const text = readText(this.source, 'source', problems);
    const url = readUrl(this.sourceUrl, 'source-url', problems);
    problems.push(...this._source.problems);
    return {
      label: readText(this.label, 'label', problems),
      source: text || url ? { text: text ?? url!, url } : undefined,
      badges: this._source.data,
      langs: readFieldLangs({ label: [this.labelLang], source: [this.sourceLang] }, problems),
    };
  }

  /** A label, a source, badges fetched or of the page's own, or a load under way (an empty, busy group). */
  protected override _hasContent(model: StatGroupModel): boolean {
    const badges = model.badges ? model.badges.length : this.children.length;
    return !!(badges || model.label || model.source || this._source.state === 'loading');
  }

  protected _renderModel(model: StatGroupModel): TemplateResult {
    return html`<figure part="base" lang=${this._language.lang}>
      ${model.label ? html`<figcaption part="label" lang=${ifDefined(model.langs?.label)}>${model.label}</figcaption>` : nothing}
      <div part="badges" aria-busy=${this._source.state === 'loading' ? 'true' : 'false'}>
        ${model.badges ? model.badges.map(badge => renderBadge(badge)) : html`<slot></slot>`}
      </div>
      ${model.source
        ? html`<p part="source" lang=${ifDefined(model.langs?.source)}>${model.source.url ? html`<a href=${model.source.url}>${model.source.text}</a>` : model.source.text}</p>`
        : nothing}
    </figure>`;
  }
}

/** One badge from a row: the cells as its attributes, so that it checks and formats them as it does any. */
const renderBadge = (badge: StatBadgeData) =>
  html`<gb-stat-badge
    value=${ifDefined(badge.value)}
    currency=${ifDefined(badge.currency)}
    unit=${ifDefined(badge.unit)}
    label=${ifDefined(badge.label)}
    notation=${ifDefined(badge.notation)}
    precision=${ifDefined(badge.precision)}
    as-of=${ifDefined(badge.asOf)}
    change=${ifDefined(badge.change)}
    change-kind=${ifDefined(badge.changeKind)}
    change-period=${ifDefined(badge.changePeriod)}
    good-direction=${ifDefined(badge.goodDirection)}
    source=${ifDefined(badge.source)}
    source-url=${ifDefined(badge.sourceUrl)}
    sparkline=${ifDefined(badge.sparkline)}
  ></gb-stat-badge>`;

declare global {
  interface HTMLElementTagNameMap {
    'gb-stat-group': GbStatGroup;
  }
}

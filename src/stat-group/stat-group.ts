import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GbElement } from '../core/element.js';
import type { Problem } from '../core/problems.js';
import { readFieldLangs, readText, type FieldLangs } from '../core/text.js';
import { scriptFaces, tokens } from '../core/tokens.js';
import { readUrl } from '../core/url.js';
import '../stat-badge/index.js';

interface StatGroupModel {
  label?: string;
  source?: { text: string; url?: string };
  langs?: FieldLangs<'label' | 'source'>;
}

/**
 * A row of `<gb-stat-badge>` figures that share a title and a source line. The badges are its
 * children, laid out in equal-height columns that fit the container (one column in a 320 px
 * sidebar, four across a full-width section), each badge sizing its figure by its own container
 * query; they inherit the group's `lang`.
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

  protected _parse(problems: Problem[]): StatGroupModel {
    const text = readText(this.source, 'source', problems);
    const url = readUrl(this.sourceUrl, 'source-url', problems);
    return {
      label: readText(this.label, 'label', problems),
      source: text || url ? { text: text ?? url!, url } : undefined,
      langs: readFieldLangs({ label: [this.labelLang], source: [this.sourceLang] }, problems),
    };
  }

  protected _renderModel(model: StatGroupModel): TemplateResult {
    return html`<figure part="base" lang=${this._language.lang}>
      ${model.label ? html`<figcaption part="label" lang=${ifDefined(model.langs?.label)}>${model.label}</figcaption>` : nothing}
      <div part="badges"><slot></slot></div>
      ${model.source
        ? html`<p part="source" lang=${ifDefined(model.langs?.source)}>${model.source.url ? html`<a href=${model.source.url}>${model.source.text}</a>` : model.source.text}</p>`
        : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gb-stat-group': GbStatGroup;
  }
}

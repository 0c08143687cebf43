import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { canCopy } from '../core/clipboard.js';
import { GbElement } from '../core/element.js';
import { languageName } from '../core/intl.js';
import { pickTranslation } from '../core/language.js';
import type { Problem } from '../core/problems.js';
import { scriptFaces, tokens } from '../core/tokens.js';
import { parseQuoteCard, readQuoteCardLightDom, type QuoteCardModel, type QuoteVariant } from './quote-card.model.js';
import { quoteCardStrings } from './quote-card.strings.js';
import { quoteCardStyles } from './quote-card.styles.js';

/**
 * A quotation with its speaker, role, photo, date and source, for news and embassy articles.
 *
 * Author it as plain HTML that reads correctly before (and without) JavaScript, or through
 * attributes and properties. Where both give the same field, **the attribute or property wins**,
 * field by field, so a script can correct what the page's markup says.
 *
 * A quote shown in translation carries the words as spoken too: give `original` and
 * `original-lang`, or a second `<blockquote slot="original" lang="…">`.
 *
 * @summary A quotation with speaker, role, photo, date and source.
 * @tag gb-quote-card
 *
 * @slot - Light-DOM content, read rather than displayed: a `<blockquote>` holds the quote.
 * @slot original - A `<blockquote lang="…">` with the quote as spoken, when the quote is a translation.
 * @slot speaker - Who said it.
 * @slot role - The speaker's office or role.
 * @slot photo - An `<img>` of the speaker; its `alt` is kept.
 * @slot date - A `<time datetime="YYYY-MM-DD">`: shown localized in the element's language.
 * @slot source - Where the quote was published; an `<a href>` makes it a link.
 *
 * @csspart base - The `<figure>` wrapping everything.
 * @csspart quote - The `<blockquote>` with the quote.
 * @csspart translation-note - The "translated from …" label.
 * @csspart original - The `<blockquote>` with the quote as spoken.
 * @csspart caption - The `<figcaption>` with the attribution.
 * @csspart photo - The speaker's photo.
 * @csspart initials - The speaker's initials, shown when there is no usable photo.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role.
 * @csspart date - The `<time>` of the quote.
 * @csspart source - The `<cite>` naming the source.
 * @csspart copy-button - The button that copies the quote.
 *
 * @cssprop --gb-color-text - Text colour.
 * @cssprop --gb-color-text-muted - Colour of the role, date and source.
 * @cssprop --gb-color-surface-alt - Background of the `card` and `hero` variants.
 * @cssprop --gb-color-accent - Rules, quotation mark and initials background.
 * @cssprop --gb-color-on-accent - Initials text on the accent colour.
 * @cssprop --gb-color-border - Border of the `card` variant.
 * @cssprop --gb-color-link - Link colour.
 * @cssprop --gb-color-focus - Focus ring colour.
 * @cssprop --gb-radius - Corner radius.
 * @cssprop --gb-font-body - Font of the attribution (inherits the page's by default).
 * @cssprop --gb-font-display - Font of the quote.
 * @cssprop --gb-font-cjk - Font for Chinese and Japanese text.
 *
 * @attribute role - Accepted as an alias of `speaker-role` and moved there (see `speakerRole`).
 *
 * @fires {GbErrorDetail} gb-error - A piece of input was wrong (`detail`: element, field, message, value); the card shows what it can.
 */
export class GbQuoteCard extends GbElement<QuoteCardModel> {
  static override styles = [tokens, quoteCardStyles, scriptFaces];

  // A getter rather than a field: lit-analyzer only sees a subclass's attributes this way, and it
  // type-checks every template that uses them.
  static override get properties(): PropertyDeclarations {
    return {
      quote: {},
      quoteLang: { attribute: 'quote-lang' },
      original: {},
      originalLang: { attribute: 'original-lang' },
      speaker: {},
      speakerLang: { attribute: 'speaker-lang' },
      speakerRole: { attribute: 'speaker-role' },
      speakerRoleLang: { attribute: 'speaker-role-lang' },
      photo: {},
      photoAlt: { attribute: 'photo-alt' },
      date: {},
      source: {},
      sourceUrl: { attribute: 'source-url' },
      sourceLang: { attribute: 'source-lang' },
      variant: { reflect: true },
    };
  }

  /** The quotation as shown. Overrides a light-DOM `<blockquote>`. */
  quote?: string;
  /** Language of `quote` (BCP 47), when it differs from the element's. */
  quoteLang?: string;
  /** The quotation as spoken, when `quote` is a translation of it. */
  original?: string;
  /** Language of `original` (BCP 47); names the language in the "translated from" label. */
  originalLang?: string;
  /** Who said it. */
  speaker?: string;
  /** Language of `speaker` (BCP 47), when it differs from the element's; in light DOM, the `lang` of `slot="speaker"`. */
  speakerLang?: string;
  /**
   * The speaker's office or role. The attribute `role` is accepted too and moved here: left on
   * the element, assistive technology would read it as an ARIA role.
   */
  speakerRole?: string;
  /** Language of `speakerRole` (BCP 47), when it differs from the element's. */
  speakerRoleLang?: string;
  /** URL of the speaker's photo (http, https or relative). Without it, or if it fails, the initials show. */
  photo?: string;
  /** Text alternative of the photo; empty means decorative (the name is written beside it). */
  photoAlt?: string;
  /** When it was said, ISO 8601 (`2025-09-02`, `2025-09` or `2025`); shown in the element's language. */
  date?: string;
  /** Where it was published. */
  source?: string;
  /** Link to the source (http, https, mailto or relative); other schemes are refused. */
  sourceUrl?: string;
  /** Language of `source` (BCP 47), when it differs from the element's. */
  sourceLang?: string;
  /** Presentation: `pull` (in the article's flow), `card` (boxed, the default) or `hero` (large, full width). */
  variant?: QuoteVariant;

  private _brokenPhoto?: string;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role') {
      if (value !== null) {
        this.speakerRole = value;
        this.removeAttribute('role');
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }
  private _copyStatus = '';

  protected _parse(problems: Problem[]): QuoteCardModel {
    // The element's own properties are the attribute/property path of the input, by the same names.
    return parseQuoteCard(this, readQuoteCardLightDom(this), this._language.lang, problems, this._brokenPhoto);
  }

  protected override _hasContent(model: QuoteCardModel): boolean {
    return !!(model.quote || model.original || model.speaker || model.role || model.source || model.date);
  }

  protected _renderModel(model: QuoteCardModel): TemplateResult {
    const ui = pickTranslation(quoteCardStrings, this._language.lang);
    const { quote, original, source, date } = model;
    return html`
      <figure part="base" class=${model.variant} lang=${this._language.lang}>
        ${quote
          ? html`<blockquote part="quote" lang=${ifDefined(quote.lang)} cite=${ifDefined(source?.url)}>
              <p>${quote.text}</p>
            </blockquote>`
          : nothing}
        ${original
          ? html`<p part="translation-note" lang=${ui.lang}>
                ${ui.strings.translatedFrom(languageName(original.lang ?? this._language.lang, ui.lang))}
              </p>
              <blockquote part="original" lang=${ifDefined(original.lang)}><p>${original.text}</p></blockquote>`
          : nothing}
        <figcaption part="caption">
          ${this._renderPortrait(model)}
          ${model.speaker ? html`<span part="speaker" lang=${ifDefined(model.langs?.speaker)}>${model.speaker}</span>` : nothing}
          ${model.role ? html`<span part="role" lang=${ifDefined(model.langs?.role)}>${model.role}</span>` : nothing}
          ${date ? html`<time part="date" datetime=${ifDefined(date.datetime)}>${date.text}</time>` : nothing}
          ${source
            ? html`<cite part="source" lang=${ifDefined(model.langs?.source)}>${source.url ? html`<a href=${source.url}>${source.text}</a>` : source.text}</cite>`
            : nothing}
        </figcaption>
        ${quote && canCopy()
          ? html`<button
              part="copy-button"
              type="button"
              lang=${ui.lang}
              aria-label=${ui.strings.copy}
              title=${ui.strings.copy}
              @click=${this._copyQuote}
            >
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="8" y="8" width="13" height="13" rx="2" /><path d="M16 8V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h3" /></svg>
            </button>`
          : nothing}
        <span class="visually-hidden" role="status" lang=${ui.lang}>${this._copyStatus}</span>
      </figure>
    `;
  }

  private _renderPortrait(model: QuoteCardModel): TemplateResult | typeof nothing {
    if (model.photo) {
      return html`<img
        part="photo"
        src=${model.photo.src}
        alt=${model.photo.alt}
        loading="lazy"
        decoding="async"
        @error=${this._onPhotoError}
      />`;
    }
    return model.initials ? html`<span part="initials" aria-hidden="true">${model.initials}</span>` : nothing;
  }

  private _onPhotoError(): void {
    this._brokenPhoto = this._model?.photo?.src;
    this.requestUpdate();
  }

  /** The quote with its attribution, as a reader would cite it. */
  private _citation(): string {
    const model = this._model!;
    const ui = pickTranslation(quoteCardStrings, this._language.lang).strings;
    const attribution = [model.speaker, model.role, model.source?.text, model.date?.text, model.source?.url]
      .filter(Boolean)
      .join(ui.separator);
    const quoted = `${ui.open}${model.quote!.text}${ui.close}`;
    return attribution ? `${quoted} ${ui.dash}${attribution}` : quoted;
  }

  private async _copyQuote(): Promise<void> {
    const ui = pickTranslation(quoteCardStrings, this._language.lang).strings;
    // Clear first: a live region only speaks when its text changes, and a second copy must be heard.
    this._setCopyStatus('');
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(this._citation());
      this._setCopyStatus(ui.copied);
    } catch {
      this._setCopyStatus(ui.copyFailed);
    }
  }

  // Internal state kept out of `static properties`, so it stays out of the public API and manifest.
  private _setCopyStatus(status: string): void {
    this._copyStatus = status;
    this.requestUpdate();
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'gb-quote-card': GbQuoteCard;
  }
}

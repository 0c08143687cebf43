import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GbElement } from '../core/element.js';
import { languageName } from '../core/intl.js';
import { pickTranslation } from '../core/language.js';
import type { Problem } from '../core/problems.js';
import { scriptFaces, tokens } from '../core/tokens.js';
import { parseProverb, readProverbLightDom, type ProverbLayout, type ProverbModel, type ProverbText, type Rendering } from './proverb.model.js';
import { proverbStrings } from './proverb.strings.js';
import { proverbStyles } from './proverb.styles.js';

/**
 * One saying in two or more languages, each typeset as its readers expect: the original with its
 * romanization (as ruby over each Han character in the `interlinear` layout), its translations, who
 * said it and what it means.
 *
 * Author it as HTML — the first `<p lang>` is the original (`data-romanization` for its reading),
 * each further `<p lang>` a translation — or through the `original` and `translations` properties
 * (or their attributes, as JSON). Where both give a field, **the property or attribute wins**.
 *
 * @summary A proverb in its original language with romanization and translations.
 * @tag gb-proverb
 *
 * @slot - `<p lang="…">` elements, read rather than displayed: the original first, then its translations.
 * @slot attribution - Who said it, where and when.
 * @slot note - What the saying means.
 *
 * @csspart base - The `<figure>` around everything.
 * @csspart original - The original saying.
 * @csspart romanization - The romanization on its own line (when not set as ruby).
 * @csspart translation - Each translation.
 * @csspart tabs - The translation picker of the `toggle` layout.
 * @csspart tab - One choice in it.
 * @csspart listen-button - A button that reads a rendering aloud.
 * @csspart attribution - The attribution.
 * @csspart note - The note on the meaning.
 *
 * @cssprop --gb-font-display - Font of Latin and Cyrillic renderings.
 * @cssprop --gb-font-cjk - Font of Chinese and Japanese renderings.
 * @cssprop --gb-font-cyrillic - Font of Russian, Kazakh and other Cyrillic renderings (default: the display font).
 * @cssprop --gb-color-accent - Rules and the selected tab.
 *
 * @fires {GbErrorDetail} gb-error - A piece of input was wrong (`detail`: element, field, message, value); the block shows what it can.
 */
export class GbProverb extends GbElement<ProverbModel> {
  static override styles = [tokens, proverbStyles, scriptFaces];

  static override get properties(): PropertyDeclarations {
    return {
      original: {},
      translations: {},
      attribution: {},
      attributionLang: { attribute: 'attribution-lang' },
      note: {},
      noteLang: { attribute: 'note-lang' },
      layout: { reflect: true },
      script: {},
      show: {},
    };
  }

  /** The saying as first said: `{ text, lang, romanization? }` (JSON as an attribute). */
  original?: ProverbText | string;
  /** Its translations: `[{ text, lang }]` (JSON as an attribute). */
  translations?: ProverbText[] | string;
  /** Who said it, where and when. */
  attribution?: string;
  /** Language of `attribution` (BCP 47), when it differs from the element's; in light DOM, the `lang` of `slot="attribution"`. */
  attributionLang?: string;
  /** What the saying means. */
  note?: string;
  /** Language of `note` (BCP 47), when it differs from the element's. */
  noteLang?: string;
  /** `stacked` (default), `side-by-side`, `interlinear` (romanization as ruby) or `toggle` (the reader picks a translation). */
  layout?: ProverbLayout;
  /** `latn` writes Kazakh in the 2021 Latin alphabet; `cyrl` (default) as given. */
  script?: 'cyrl' | 'latn';
  /** Language of the translation the `toggle` layout shows first. */
  show?: string;

  private _selected?: number;
  private _announcement = '';
  private _voices: SpeechSynthesisVoice[] = [];
  private readonly _onVoices = () => {
    this._voices = speechSynthesis.getVoices();
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (hasSpeech()) {
      this._voices = speechSynthesis.getVoices();
      speechSynthesis.addEventListener?.('voiceschanged', this._onVoices);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (hasSpeech()) speechSynthesis.removeEventListener?.('voiceschanged', this._onVoices);
  }

  protected _parse(problems: Problem[]): ProverbModel {
    // The element's own properties are the property/attribute path of the input, by the same names.
    return parseProverb(this, readProverbLightDom(this), problems);
  }

  protected override _hasContent(model: ProverbModel): boolean {
    return !!(model.original || model.translations.length || model.attribution || model.note);
  }

  protected _renderModel(model: ProverbModel): TemplateResult {
    const ui = pickTranslation(proverbStrings, this._language.lang);
    const shown = Math.min(this._selected ?? model.shown, Math.max(0, model.translations.length - 1));
    return html`<figure part="base" class=${model.layout} lang=${this._language.lang}>
      <div class="pair">
        ${model.original ? this._renderOriginal(model.original, model.layout === 'interlinear') : nothing}
        ${model.layout === 'toggle' ? this._renderToggle(model.translations, shown, ui) : model.translations.map(t => this._renderText(t, 'translation'))}
      </div>
      ${model.note ? html`<p part="note" lang=${ifDefined(model.langs?.note)}>${model.note}</p>` : nothing}
      ${model.attribution ? html`<figcaption part="attribution" lang=${ifDefined(model.langs?.attribution)}>${model.attribution}</figcaption>` : nothing}
      <span class="visually-hidden" role="status" lang=${ui.lang}>${this._announcement}</span>
    </figure>`;
  }

  private _renderOriginal(original: Rendering, interlinear: boolean): TemplateResult {
    const ruby = interlinear ? original.ruby : undefined;
    const body = ruby
      ? ruby.map(segment => (segment.ruby ? html`<ruby>${segment.text}<rt lang="zh-Latn-pinyin">${segment.ruby}</rt></ruby>` : segment.text))
      : original.text;
    return html`<div class="rendering">
      <p part="original" lang=${ifDefined(original.lang)}>${body}${this._renderListen(original)}</p>
      ${original.romanization && !ruby
        ? html`<p part="romanization" lang=${ifDefined(original.lang ? `${original.lang.split('-')[0]}-Latn` : undefined)}>${original.romanization}</p>`
        : nothing}
    </div>`;
  }

  private _renderText(rendering: Rendering, part: string): TemplateResult {
    return html`<p part=${part} lang=${ifDefined(rendering.lang)}>${rendering.text}${this._renderListen(rendering)}</p>`;
  }

  private _renderToggle(translations: Rendering[], shown: number, ui: ReturnType<typeof pickTranslation<(typeof proverbStrings)['en']>>): TemplateResult {
    if (translations.length === 0) return html``;
    return html`<div class="toggle">
      <div part="tabs" role="tablist" aria-label=${ui.strings.translations} lang=${ui.lang} @keydown=${this._onTabKey}>
        ${translations.map(
          (entry, index) => html`<button
            part="tab"
            role="tab"
            type="button"
            id="tab-${index}"
            aria-controls="panel"
            aria-selected=${index === shown ? 'true' : 'false'}
            tabindex=${index === shown ? '0' : '-1'}
            lang=${ifDefined(entry.lang)}
            @click=${() => this._choose(index)}
          >
            ${entry.lang ? languageName(entry.lang, entry.lang) : index + 1}
          </button>`,
        )}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby="tab-${shown}">${this._renderText(translations[shown], 'translation')}</div>
    </div>`;
  }

  private _onTabKey(event: KeyboardEvent): void {
    const count = this._model?.translations.length ?? 0;
    const current = Math.min(this._selected ?? this._model?.shown ?? 0, count - 1);
    const next = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: count - 1 }[event.key];
    if (next === undefined || count === 0) return;
    event.preventDefault();
    // Right-to-left pages reverse the horizontal arrows.
    const rtl = getComputedStyle(this).direction === 'rtl' && (event.key === 'ArrowLeft' || event.key === 'ArrowRight');
    const target = rtl ? current - (next - current) : next;
    this._choose((target + count) % count, true);
  }

  private async _choose(index: number, focus = false): Promise<void> {
    const entry = this._model?.translations[index];
    this._selected = index;
    const ui = pickTranslation(proverbStrings, this._language.lang);
    this._announcement = ui.strings.showing(entry?.lang ? languageName(entry.lang, ui.lang) : String(index + 1));
    this.requestUpdate();
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`)?.focus();
  }

  private _renderListen(rendering: Rendering): TemplateResult | typeof nothing {
    const voice = rendering.lang ? this._voiceFor(rendering.lang) : undefined;
    if (!voice) return nothing;
    const ui = pickTranslation(proverbStrings, this._language.lang);
    const label = ui.strings.listen(languageName(rendering.lang!, ui.lang));
    return html` <button part="listen-button" type="button" lang=${ui.lang} aria-label=${label} title=${label} @click=${() => this._speak(rendering, voice)}>
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9v6h4l5 4V5L8 9H4z" /><path d="M16 8.5a4.5 4.5 0 0 1 0 7M18.5 6a8 8 0 0 1 0 12" /></svg>
    </button>`;
  }

  /** A voice for the language, matched on the language subtag ("kk-Latn" is read by a "kk-KZ" voice). */
  private _voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    const base = lang.split('-')[0].toLowerCase();
    return this._voices.find(voice => voice.lang.toLowerCase() === lang.toLowerCase()) ?? this._voices.find(voice => voice.lang.split(/[-_]/)[0].toLowerCase() === base);
  }

  private _speak(rendering: Rendering, voice: SpeechSynthesisVoice): void {
    try {
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(rendering.text);
      utterance.lang = voice.lang;
      try {
        utterance.voice = voice;
      } catch {
        // some engines refuse a voice object they did not hand out themselves: the lang picks one
      }
      speechSynthesis.speak(utterance);
    } catch (error) {
      // Speech engines fail in many ways; reading aloud is a convenience, never worth a broken page.
      console.warn(`<gb-proverb> listen: speech failed (${String(error)})`);
    }
  }
}

/** The Web Speech API where it exists; absent in some engines and in many embedded webviews. */
function hasSpeech(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function' && typeof speechSynthesis.getVoices === 'function';
}

declare global {
  interface HTMLElementTagNameMap {
    'gb-proverb': GbProverb;
  }
}

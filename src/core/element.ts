import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { elementStrings } from './element.strings.js';
import { LanguageController, pickTranslation, type ResolvedLanguage } from './language.js';
import { cancelFirstRender, queueFirstRender } from './first-render.js';
import { LightDomController } from './light-dom.js';
import { addProblem, reportProblems, type Problem } from './problems.js';

/** Colour theme of a widget; without it the widget follows its page's `color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base of every golden-bridge widget, holding the data flow (CONTRIBUTING.md, "Data flow"):
 * content (light DOM | attributes | properties) → `parse()` into a plain model, collecting problems
 * → `renderModel()` → each new problem reported once (warning + `gb-error`).
 *
 * The light DOM is read, never slotted: it is the no-JavaScript rendering, and the shadow DOM is
 * rendered from the same model whichever path the content came by.
 */
export abstract class GbElement<Model> extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * Colour theme. Without it the widget follows the `color-scheme` of its page (light unless the
   * page declares `dark` or `light dark`); `auto` follows the reader's `prefers-color-scheme`
   * whatever the page says; `light` and `dark` force one.
   */
  theme?: Theme;

  /** The model of the last successful parse; what `renderModel()` draws. */
  protected _model?: Model;

  private readonly _languageController = new LanguageController(this);
  private readonly _lightDom = new LightDomController(this);
  private _reported = new Set<string>();
  private _problems: Problem[] = [];
  /** Custom states; `gb-pending` until the first render (see first-render.ts). */
  private readonly _internals = this.attachInternals();

  constructor() {
    super();
    setState(this._internals, 'gb-pending', true);
  }

  /**
   * Lit attaches the shadow root on connection, which hides the light DOM: the first connection
   * waits its turn in the first-render queue, light DOM showing; later ones go straight through.
   */
  override connectedCallback(): void {
    if (this.hasUpdated) super.connectedCallback();
    else queueFirstRender(this, () => this._drawFirst());
  }

  override disconnectedCallback(): void {
    // Still waiting: Lit was never connected, so there is nothing of it to disconnect.
    if (!cancelFirstRender(this)) super.disconnectedCallback();
  }

  /** The first render, in the queue's turn: attach, draw now, and leave the pending state. */
  private _drawFirst(): void {
    if (!this.isConnected) return;
    super.connectedCallback();
    // Lit would draw in a microtask; drawing here puts the shadow root and its content in one task,
    // so no frame shows an attached but empty shadow root. Lit's own pending update then finds nothing to do.
    this.performUpdate();
    setState(this._internals, 'gb-pending', false);
  }

  /** The element's resolved language (see `resolveLanguage`); valid from the first update on. */
  protected get _language(): ResolvedLanguage {
    return this._languageController.resolved;
  }

  /** Changes whenever the light DOM changes: a key for widgets that cache costly parsing. */
  protected get _lightDomVersion(): number {
    return this._lightDom.version;
  }

  /** Reads every input (light DOM, attributes, properties) into a model; records problems instead of throwing. */
  protected abstract _parse(problems: Problem[]): Model;

  /** Draws the model: Lit templates only, no parsing here. */
  protected abstract _renderModel(model: Model): TemplateResult;

  /**
   * Whether the model holds anything at all to show: a widget given nothing it can show is drawn
   * as the page's own content, or a short notice, rather than as an empty box.
   */
  protected _hasContent(_model: Model): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const problems: Problem[] = [];
    const { invalid } = this._languageController.refresh();
    if (invalid !== undefined) addProblem(problems, 'lang', 'is not a valid language tag; English is used', invalid);
    if (this.theme != null && this.theme !== 'light' && this.theme !== 'dark' && this.theme !== 'auto') {
      addProblem(problems, 'theme', 'must be "light", "dark" or "auto"; the page\'s colour scheme is used', this.theme);
    }
    try {
      this._model = this._parse(problems);
    } catch (error) {
      // parse() is written not to throw; should it still, the host page must not pay for it.
      addProblem(problems, 'content', `could not be read (${String(error)}); the last good rendering is kept`);
    }
    this._problems = problems;
  }

  /**
   * The model drawn; without one (a first parse that failed), with nothing in it to show, or when
   * drawing it fails, the light DOM shows through a slot, or where there is none a short notice:
   * the widget never goes blank.
   */
  protected override render(): TemplateResult {
    try {
      if (this._model !== undefined && this._hasContent(this._model)) return this._renderModel(this._model);
    } catch (error) {
      addProblem(this._problems, 'content', `could not be drawn (${String(error)}); the page's own content is shown`);
    }
    // Whitespace between tags would fill the slot and leave the box empty: it is not content.
    if ([...this.childNodes].some(node => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim())) return html`<slot></slot>`;
    const ui = pickTranslation(elementStrings, this._language.lang);
    return html`<p part="notice" lang=${ui.lang}>${ui.strings.nothingToShow}</p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._reported = reportProblems(this, this._problems, this._reported);
  }
}

/** Sets a custom state, where the browser has them (`:state()`); older browsers go without. */
function setState(internals: ElementInternals, state: string, on: boolean): void {
  try {
    if (on) internals.states?.add(state);
    else internals.states?.delete(state);
  } catch {
    // Chromium before 125 accepted only `--name` states and throws on others: nothing to mark.
  }
}

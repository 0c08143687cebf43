import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { canCopy } from '../core/clipboard.js';
import { pickTranslation, type UiLanguage } from '../core/language.js';
import type { GbErrorEvent } from '../core/problems.js';
import { fieldLabels } from './builder.labels.js';
import { builderStrings, type BuilderStrings } from './builder.strings.js';
import { builderStyles } from './builder.styles.js';
import { fieldTemplate } from './form.js';
import { writeHtml } from './html.js';
import { dataFile, embedId, embedPageFile, iframeSnippet, normalBase, pageUrl, scriptSnippet, type Hosting } from './output.js';
import { readPasted } from './paste.js';
import { fillStage, type PreviewView } from './preview.js';
import { fieldKey, itemKey, problemKey, problemText } from './problem-map.js';
import { startingData } from './starting-data.js';
import { SPECS, WIDGETS, type BuilderData, type WidgetKind } from './specs.js';

const UI_LANGUAGES: UiLanguage[] = ['en', 'zh-Hans', 'kk', 'ru'];
/** Each language's name in itself, for the language pickers. */
const ENDONYMS: Record<UiLanguage, string> = { en: 'English', 'zh-Hans': '简体中文', kk: 'Қазақша', ru: 'Русский' };

/**
 * The builder page: pick a widget, fill in or paste its content, watch the preview and its
 * problems, copy the code. Renders into its light DOM so the page's own styles and the preview's
 * widgets live in one document.
 */
export class GbBuilder extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      dist: {},
      _ui: { state: true },
      _kind: { state: true },
      _data: { state: true },
      _problems: { state: true },
      _pasteProblems: { state: true },
      _view: { state: true },
      _base: { state: true },
      _integrity: { state: true },
      _status: { state: true },
      _code: { state: true },
    };
  }

  /** Where golden-bridge.js, its stylesheet, embed-frame.js and integrity.json are served (ends in `/`). */
  dist = '../';

  private _ui: UiLanguage = pickTranslation(builderStrings, navigator.language || 'en').lang;
  private _kind: WidgetKind = 'quote-card';
  private _data: Record<WidgetKind, BuilderData> = startingData();
  private _problems = new Map<string, string[]>();
  private _pasteProblems: string[] = [];
  private _view: PreviewView = { theme: 'light', width: 'wide', lang: '' };
  private _base = '';
  private _integrity = '';
  private _status = '';
  private _code = '';
  private _shown = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!document.adoptedStyleSheets.includes(builderStyles.styleSheet!)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, builderStyles.styleSheet!];
    }
    const dist = new URL(this.dist, document.baseURI).href;
    this._base ||= dist;
    void fetch(new URL('integrity.json', dist))
      .then(response => (response.ok ? response.json() : {}))
      .then((integrity: Record<string, string>) => (this._integrity = integrity['golden-bridge.js'] ?? ''))
      .catch(() => undefined);
  }

  private get _strings(): BuilderStrings {
    return builderStrings[this._ui];
  }

  /** The HTML of the widget being edited: what the preview shows and the script snippet holds. */
  get widgetHtml(): string {
    return writeHtml(this._data[this._kind]);
  }

  private get _hosting(): Hosting {
    return { baseUrl: normalBase(this._base) ?? normalBase(this.dist)!, integrity: this._integrity };
  }

  private _edit(change: (data: BuilderData) => BuilderData): void {
    this._data = { ...this._data, [this._kind]: change(this._data[this._kind]) };
  }

  protected override render(): TemplateResult {
    const s = this._strings;
    this.lang = this._ui;
    return html`
      <header>
        <h1>${s.title}</h1>
        <p>${s.intro}</p>
        <label for="ui-lang">${s.uiLanguage}</label>
        <select id="ui-lang" @change=${(e: Event) => (this._ui = (e.target as HTMLSelectElement).value as UiLanguage)}>
          ${UI_LANGUAGES.map(lang => html`<option value=${lang} lang=${lang} ?selected=${lang === this._ui}>${ENDONYMS[lang]}</option>`)}
        </select>
      </header>
      <main>
        <form class="edit" @submit=${(e: Event) => e.preventDefault()}>
          <fieldset class="widgets">
            <legend>${s.widget}</legend>
            ${WIDGETS.map(kind => html`<label><input type="radio" name="widget" value=${kind} .checked=${kind === this._kind}
              @change=${() => this._pick(kind)}> ${s.widgets[kind]}</label>`)}
          </fieldset>
          ${this._renderPaste(s)} ${this._renderFields(s)}
        </form>
        ${this._renderPreview(s)} ${this._renderOutput(s)}
      </main>
      <p class="status" role="status">${this._status}</p>
    `;
  }

  private _pick(kind: WidgetKind): void {
    this._kind = kind;
    this._status = '';
  }

  private _renderPaste(s: BuilderStrings): TemplateResult {
    return html`<fieldset class="paste">
      <legend>${s.paste}</legend>
      <label for="paste">${s.pasteHint}</label>
      <textarea id="paste" rows="4" aria-describedby=${this._pasteProblems.length ? 'paste-problems' : nothing}></textarea>
      <button type="button" @click=${this._read}>${s.read}</button>
      ${this._pasteProblems.length
        ? html`<ul class="problems" id="paste-problems">${this._pasteProblems.map(text => html`<li>${text}</li>`)}</ul>`
        : nothing}
    </fieldset>`;
  }

  private _read(): void {
    const s = this._strings;
    const problems: string[] = [];
    const text = this.querySelector<HTMLTextAreaElement>('#paste')!.value;
    const data = readPasted(text, this._kind, problems);
    this._pasteProblems = problems.map(problem => problem.replace(/^row (\d+)/i, (_, n: string) => s.row(Number(n))));
    if (data) {
      this._kind = data.widget;
      this._data = { ...this._data, [data.widget]: data };
    }
    this._status = data ? s.readDone(s.widgets[data.widget]) : s.readFailed;
  }

  private _renderFields(s: BuilderStrings): TemplateResult {
    const spec = SPECS[this._kind];
    const data = this._data[this._kind];
    const labels = fieldLabels[this._ui];
    const listName = s.lists[spec.list.name];
    const general = [...(this._problems.get('list') ?? []), ...(this._problems.get('other') ?? [])];
    return html`<fieldset class="fields">
        <legend>${s.fields}: ${s.widgets[this._kind]}</legend>
        ${general.length ? html`<ul class="problems">${general.map(text => html`<li>${text}</li>`)}</ul>` : nothing}
        ${spec.fields.map(field => fieldTemplate({
          field, id: `f-${field.name}`, label: labels.fields[field.name], value: data.values[field.name] ?? '',
          problems: this._problems.get(fieldKey(field.name)) ?? [], unset: s.unset,
          onInput: value => this._edit(d => ({ ...d, values: { ...d.values, [field.name]: value } })),
        }))}
      </fieldset>
      ${listName ? data.items.map((item, index) => html`<fieldset class="item">
        <legend>${s.item(listName, index + 1)}</legend>
        ${spec.list.fields.map(field => fieldTemplate({
          field, id: `i${index}-${field.name}`, label: labels.items[field.name], value: item[field.name] ?? '',
          problems: this._problems.get(itemKey(index, field.name)) ?? [], unset: s.unset,
          onInput: value => this._edit(d => ({ ...d, items: d.items.map((it, i) => (i === index ? { ...it, [field.name]: value } : it)) })),
        }))}
        <button type="button" aria-label="${s.remove}: ${s.item(listName, index + 1)}"
          @click=${() => this._edit(d => ({ ...d, items: d.items.filter((_, i) => i !== index) }))}>${s.remove}</button>
      </fieldset>`) : nothing}
      ${listName ? html`<button type="button" class="add" @click=${() => this._edit(d => ({ ...d, items: [...d.items, {}] }))}>${s.add(listName)}</button>` : nothing}`;
  }

  private _renderPreview(s: BuilderStrings): TemplateResult {
    const view = this._view;
    // from the current view, not the one drawn: two changes in one task must both stay
    const set = (change: Partial<PreviewView>) => (this._view = { ...this._view, ...change });
    const radio = (name: 'theme' | 'width', value: string, label: string) => html`<label><input type="radio" name=${name} value=${value}
      .checked=${view[name] === value} @change=${() => set({ [name]: value })}> ${label}</label>`;
    const count = [...this._problems.values()].reduce((n, list) => n + list.length, 0);
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${s.preview}</h2>
      <div class="controls">
        <fieldset><legend>${s.theme}</legend>${radio('theme', 'light', s.light)} ${radio('theme', 'dark', s.dark)}</fieldset>
        <fieldset><legend>${s.width}</legend>${radio('width', 'narrow', s.narrow)} ${radio('width', 'wide', s.wide)}</fieldset>
        <div class="field"><label for="preview-lang">${s.language}</label>
          <select id="preview-lang" @change=${(e: Event) => set({ lang: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!view.lang}>${s.ownLanguage}</option>
            ${UI_LANGUAGES.map(lang => html`<option value=${lang} lang=${lang} ?selected=${lang === view.lang}>${ENDONYMS[lang]}</option>`)}
          </select></div>
      </div>
      <p class="count" role="status">${s.problems(count)}</p>
      <div class="stage ${view.theme} ${view.width}" lang="en" @gb-error=${this._onProblem}></div>
    </section>`;
  }

  private _onProblem = (event: GbErrorEvent): void => {
    if (!(event.target as Element).isConnected) return; // a widget the last edit replaced
    const key = problemKey(SPECS[this._kind], event.detail, event.target as Element);
    const problems = new Map(this._problems);
    problems.set(key, [...(problems.get(key) ?? []), problemText(event.detail)]);
    this._problems = problems;
  };

  private _renderOutput(s: BuilderStrings): TemplateResult {
    const data = this._data[this._kind];
    const file = dataFile(data);
    const hosting = this._hosting;
    return html`<section class="output" aria-labelledby="output-heading">
      <h2 id="output-heading">${s.output}</h2>
      <div class="field"><label for="base-url">${s.baseUrl}</label>
        <input id="base-url" type="text" inputmode="url" .value=${this._base} @input=${(e: Event) => (this._base = (e.target as HTMLInputElement).value)}></div>
      <div class="buttons">
        <button type="button" id="copy-script" @click=${() => this._copy(scriptSnippet(this.widgetHtml, hosting, data))}>${s.copyScript}</button>
        <button type="button" id="copy-iframe" @click=${() => this._copy(iframeSnippet(data, hosting, this._previewHeight()))}>${s.copyIframe}</button>
        <button type="button" id="download-page" @click=${this._downloadPage}>${s.downloadPage}</button>
        <button type="button" id="download-data" @click=${() => download(file.name, file.text, 'application/json')}>${s.downloadData}</button>
      </div>
      <p>${s.iframeHint(pageUrl(data, hosting))}</p>
      ${file.src ? html`<p>${s.dataHint(hosting.baseUrl + file.name, `<${SPECS[data.widget].tag} src="${hosting.baseUrl}${file.name}">`)}</p>` : nothing}
      <label for="code">${s.code}</label>
      <textarea id="code" readonly rows="8" .value=${this._code || scriptSnippet(this.widgetHtml, hosting, data)}></textarea>
    </section>`;
  }

  private _previewHeight(): number | undefined {
    const widget = this.querySelector('.stage')?.firstElementChild;
    return widget ? Math.ceil(widget.getBoundingClientRect().height) : undefined;
  }

  private async _copy(text: string): Promise<void> {
    const s = this._strings;
    this._code = text;
    try {
      if (!canCopy()) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this._status = s.copied;
    } catch {
      this._status = s.copyFailed;
    }
  }

  private _downloadPage = async (): Promise<void> => {
    const data = this._data[this._kind];
    const page = await embedPageFile(data, this.widgetHtml, this._hosting, new URL(this.dist, document.baseURI).href);
    download(`${embedId(data)}.html`, page, 'text/html');
  };

  private _refill = false;

  protected override willUpdate(): void {
    const shown = `${this.widgetHtml}\u0000${this._view.lang}`;
    if (shown === this._shown) return;
    // new HTML: new widgets, whose problems arrive as they draw
    this._shown = shown;
    this._problems = new Map();
    this._refill = true;
  }

  protected override updated(): void {
    if (!this._refill) return;
    this._refill = false;
    fillStage(this.querySelector<HTMLElement>('.stage')!, this.widgetHtml, this._view.lang);
  }
}

/** Saves text as a file through a temporary link: no server, works offline. */
function download(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

declare global {
  interface HTMLElementTagNameMap {
    'gb-builder': GbBuilder;
  }
}

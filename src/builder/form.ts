/** One form control per field description, labelled, with its problems beside it. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldSpec } from './specs.js';

export interface FieldView {
  field: FieldSpec;
  /** Unique in the page: the control's id; its problems' list is `${id}-problems`. */
  id: string;
  label: string;
  value: string;
  problems: string[];
  /** The label of an empty choice, the widget's default ("(default)"). */
  unset: string;
  onInput: (value: string) => void;
}

const INPUT_MODES: Partial<Record<FieldSpec['kind'], string>> = { url: 'url', number: 'decimal' };
const PLACEHOLDERS: Partial<Record<FieldSpec['kind'], string>> = { date: '2025-09-02', lang: 'en', url: 'https://' };

function control(view: FieldView, describedBy: string | undefined): TemplateResult {
  const { field, id, value } = view;
  const invalid = view.problems.length ? 'true' : undefined;
  const input = (event: Event) => view.onInput((event.target as HTMLInputElement).value);
  if (field.kind === 'long') {
    return html`<textarea id=${id} rows="3" aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)}
      .value=${live(value)} @input=${input}></textarea>`;
  }
  if (field.kind === 'choice') {
    return html`<select id=${id} aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)} @change=${input}>
      <option value="" ?selected=${!value}>${view.unset}</option>
      ${field.choices!.map(choice => html`<option value=${choice} ?selected=${choice === value}>${choice}</option>`)}
      ${value && !field.choices!.includes(value) ? html`<option value=${value} selected>${value}</option>` : nothing}
    </select>`;
  }
  return html`<input id=${id} type="text" autocomplete="off" spellcheck=${field.kind === 'text' ? 'true' : 'false'}
    inputmode=${ifDefined(INPUT_MODES[field.kind])} placeholder=${ifDefined(PLACEHOLDERS[field.kind])}
    aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)} .value=${live(value)} @input=${input}>`;
}

export function fieldTemplate(view: FieldView): TemplateResult {
  const problemsId = view.problems.length ? `${view.id}-problems` : undefined;
  return html`<div class="field ${view.field.kind}">
    <label for=${view.id}>${view.label}</label>
    ${control(view, problemsId)}
    ${problemsId ? html`<ul class="problems" id=${problemsId}>${view.problems.map(text => html`<li>${text}</li>`)}</ul>` : nothing}
  </div>`;
}

import { css } from 'lit';

/**
 * The builder page's layout. The builder draws in its light DOM (its preview's widgets must live in
 * the page), so this sheet is adopted by the document; every rule is scoped to gb-builder.
 */
export const builderStyles = css`
  gb-builder {
    --_line: light-dark(#767676, #8a8a8a);
    --_muted: light-dark(#4a4a4a, #c4c4c4);
    --_bad: light-dark(#b00020, #ff8a80);
    --_accent: light-dark(#00629b, #8cc8ff);
    display: block;
    max-inline-size: 90rem;
    margin-inline: auto;
    padding: 1rem;
    color-scheme: light dark;
    background: Canvas;
    color: CanvasText;
    font: 1rem/1.5 system-ui, sans-serif;
    container-type: inline-size;
  }
  gb-builder h1 { font-size: 1.5rem; margin-block: 0 0.25rem; }
  gb-builder h2 { font-size: 1.25rem; margin-block: 0 0.5rem; }
  gb-builder header { margin-block-end: 1rem; }
  gb-builder header select { inline-size: auto; }
  gb-builder main { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
  @container (min-width: 60rem) {
    gb-builder main { grid-template-columns: minmax(0, 26rem) minmax(0, 1fr); grid-template-rows: auto 1fr; }
    gb-builder .edit { grid-row: span 2; }
  }
  gb-builder fieldset { border: 1px solid var(--_line); border-radius: 0.25rem; margin: 0 0 1rem; padding: 0.5rem 0.75rem 0.75rem; min-inline-size: 0; }
  gb-builder legend { font-weight: 600; padding-inline: 0.25rem; }
  gb-builder .widgets label, gb-builder .controls fieldset label { display: inline-block; margin-inline-end: 1rem; }
  gb-builder .field { margin-block: 0.5rem; }
  gb-builder .field > label, gb-builder .paste > label, gb-builder .output > label { display: block; font-size: 0.875rem; color: var(--_muted); }
  gb-builder input[type='text'], gb-builder textarea, gb-builder select {
    box-sizing: border-box; inline-size: 100%; font: inherit; padding: 0.25rem 0.375rem;
    border: 1px solid var(--_line); border-radius: 0.1875rem; background: Field; color: FieldText;
  }
  gb-builder textarea { resize: vertical; }
  gb-builder #code { font-family: ui-monospace, monospace; font-size: 0.8125rem; }
  gb-builder [aria-invalid='true'] { border-color: var(--_bad); border-width: 2px; }
  gb-builder .problems { color: var(--_bad); font-size: 0.875rem; margin: 0.25rem 0 0; padding-inline-start: 1.25rem; }
  gb-builder button {
    font: inherit; padding: 0.375rem 0.75rem; margin-block: 0.25rem; margin-inline-end: 0.5rem;
    border: 1px solid var(--_accent); border-radius: 0.25rem; background: Canvas; color: var(--_accent); cursor: pointer;
  }
  gb-builder :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  gb-builder .controls { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: end; }
  gb-builder .controls fieldset { margin-block-end: 0.5rem; }
  gb-builder .count { font-weight: 600; }
  gb-builder .stage { padding: 1rem; border: 1px dashed var(--_line); color-scheme: light; background: #fff; color: #1a1a1a; }
  gb-builder .stage.dark { color-scheme: dark; background: #121212; color: #ececec; }
  gb-builder .stage.narrow { inline-size: 320px; max-inline-size: 100%; box-sizing: border-box; }
  gb-builder .status:empty { display: none; }
  gb-builder .status { position: sticky; inset-block-end: 0; margin: 0; padding: 0.5rem; background: Canvas; border-block-start: 1px solid var(--_line); }
`;

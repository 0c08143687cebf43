import { css } from 'lit';

/**
 * Design tokens and the base every widget's styles start from.
 *
 * Public tokens are `--gb-*` custom properties read with a fallback, never set on `:host`: a host
 * page themes every widget by setting them on any ancestor (or on the element itself). Each is
 * resolved once into a private `--_*` property that the widget's own styles use.
 * Colours use `light-dark()`, so the used `color-scheme` picks the light or dark value. The host
 * sets none by default: `color-scheme` is inherited, so a widget follows the page it sits in (a page
 * that declares nothing is light, whatever the reader's system prefers). `theme="auto"` lets the
 * reader's `prefers-color-scheme` decide; `theme="light|dark"` forces one.
 */
export const tokens = css`
  :host {
    --_text: var(--gb-color-text, light-dark(#1d1f23, #eceef1));
    --_muted: var(--gb-color-text-muted, light-dark(#545a64, #b1b6bf));
    --_surface: var(--gb-color-surface, light-dark(#ffffff, #17191d));
    --_surface-alt: var(--gb-color-surface-alt, light-dark(#f6f3ec, #23262c));
    --_accent: var(--gb-color-accent, light-dark(#8a5a00, #f2c14e));
    --_on-accent: var(--gb-color-on-accent, light-dark(#ffffff, #17191d));
    --_border: var(--gb-color-border, light-dark(#d8d3c7, #41454e));
    --_link: var(--gb-color-link, light-dark(#0a58b5, #8fbaf7));
    --_focus: var(--gb-color-focus, light-dark(#0a58b5, #8fbaf7));
    --_radius: var(--gb-radius, 0.5rem);
    --_font: var(--gb-font-body, inherit);
    --_font-display: var(--gb-font-display, Georgia, 'Noto Serif', 'Times New Roman', serif);
    --_font-cjk: var(--gb-font-cjk, 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif);

    display: block;
    color: var(--_text);
    font-family: var(--_font);
    /* A word breaks only where its language allows (hyphenated where the engine knows the
       language), and mid-word only when it cannot fit a line at all: 'anywhere' also counted every
       character as a break for min-content, so a narrow column broke "agreemen/ts". */
    overflow-wrap: break-word;
    hyphens: auto;
    /* The page's font family and size carry in on purpose; text effects a theme sets on the body
       (justification, capitals, tracking, indents) do not. */
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: normal;
    white-space: normal;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_link);
  }
  /* a widget's word to the reader in place of content: loading, failed, nothing to show */
  [part='notice'] {
    padding: 0.75rem 1rem;
    color: var(--_text);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_border);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* line icons drawn in the text colour (copy, listen) */
  .icon {
    inline-size: 1rem;
    block-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Chinese and Japanese in their own faces, whatever a widget's own rules set: it comes last in
 * every widget's styles, so a display face chosen for a part (a quote, a title) never renders Han.
 */
export const scriptFaces = css`
  /* Chinese and Japanese: their own fonts (a Latin display face must not render Han), no
     synthesized italics or tracking, and strict line breaking so closing punctuation never starts
     a line (clreq, basic level). */
  :lang(zh),
  :lang(ja) {
    font-family: var(--_font-cjk);
    font-style: normal;
    letter-spacing: 0;
    line-break: strict;
  }
`;

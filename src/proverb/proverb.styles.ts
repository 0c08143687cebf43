import { css } from 'lit';

export const proverbStyles = css`
  :host {
    container-type: inline-size;
    margin-block: 1.5rem;
  }
  figure {
    margin: 0;
    padding: 1.25rem;
    display: grid;
    gap: 0.75rem;
    line-height: 1.5;
    background: var(--_surface-alt);
    border-block-start: 3px solid var(--_accent);
  }
  .pair {
    display: grid;
    gap: 0.75rem;
  }
  p {
    margin: 0;
  }
  [part='original'] {
    font-family: var(--_font-display);
    font-size: 1.5rem;
    line-height: 1.4;
  }
  /* Cyrillic renderings may take a face of their own: many Latin display faces lack Cyrillic. */
  :is([part='original'], [part='translation']):is(:lang(ru), :lang(kk), :lang(uk), :lang(be), :lang(ky), :lang(mn), :lang(bg), :lang(sr)) {
    font-family: var(--gb-font-cyrillic, var(--_font-display));
  }
  .interlinear [part='original'] {
    line-height: 2.2;
  }
  /* clreq: each syllable centred over its character, and neighbouring syllables apart. Pinyin is
     often wider than its character; without room between them the annotations run together
     ("fàngchūnmǎnyuán"). Padding on each rt keeps a gap of 0.3 of the annotation's size between
     glyphs, and the ruby box, as wide as its annotation, spreads the base characters evenly. */
  ruby {
    ruby-position: over;
    ruby-align: center;
  }
  rt {
    font-family: var(--_font);
    font-size: 0.5em;
    color: var(--_muted);
    padding-inline: 0.15em;
    text-align: center;
  }
  [part='romanization'] {
    font-size: 0.9375rem;
    color: var(--_muted);
    font-style: italic;
  }
  [part='translation'] {
    font-family: var(--_font-display);
    font-size: 1.125rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_border);
  }
  [part='note'] {
    font-size: 0.9375rem;
  }
  [part='attribution'] {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  [part='tabs'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
  }
  [part='tab'],
  [part='listen-button'] {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  [part='tab'][aria-selected='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 -3px 0 var(--_accent);
    font-weight: 700;
  }
  [part='listen-button'] {
    display: inline-grid;
    place-items: center;
    vertical-align: middle;
    padding: 0.25rem;
    margin-inline-start: 0.375rem;
  }
  @container (min-width: 36rem) {
    .side-by-side .pair {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    [part='original'] {
      font-size: 1.75rem;
    }
  }
  @media (forced-colors: active) {
    [part='tab'][aria-selected='true'] {
      border: 2px solid Highlight;
    }
  }
  @media print {
    [part='listen-button'],
    [part='tabs'] {
      display: none;
    }
  }
`;

import { css } from 'lit';

/*
 * The layout is built so that dist/golden-bridge.css (quote-card.pre-upgrade.css) can give the light-DOM
 * markup the very same box before the bundle loads: block padding never changes with width, inline
 * spacing is one variable (--_pad), the caption is a two-column grid whose rows the light DOM can
 * reproduce, and the copy button floats in a corner instead of taking a row. The page then does not
 * move when the widget upgrades.
 */
export const quoteCardStyles = css`
  :host {
    container-type: inline-size;
    margin-block: 1.5rem;
  }

  figure {
    --_pad: 1.25rem;
    position: relative;
    margin: 0;
    padding: 1.25rem var(--_pad);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    line-height: 1.5;
    /* Every variant paints its own surface: in a theme unlike the page's, text stays readable. */
    background: var(--_surface);
  }
  .card {
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .pull {
    padding-block: 1rem;
    border-block: 3px solid var(--_accent);
  }
  .hero {
    padding-block: 1.5rem;
    background: var(--_surface-alt);
    border-inline-start: 6px solid var(--_accent);
  }

  blockquote {
    margin: 0;
  }
  [part='quote'] {
    margin-block-end: 0.75rem;
    /* room for the copy button in the corner */
    margin-inline-end: 2rem;
    font-family: var(--_font-display);
    font-size: 1.25rem;
    line-height: 1.45;
  }
  .pull [part='quote'] {
    font-size: 1.375rem;
  }
  .hero [part='quote'] {
    font-size: 1.5rem;
    line-height: 1.3;
  }
  blockquote p {
    margin: 0;
    quotes: auto;
  }
  [part='quote'] p::before {
    content: open-quote;
    color: var(--_accent);
  }
  [part='quote'] p::after {
    content: close-quote;
    color: var(--_accent);
  }

  [part='translation-note'] {
    margin: 0 0 0.25rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  [part='original'] {
    margin-block-end: 0.75rem;
    font-family: var(--_font-display);
    font-size: 1rem;
    color: var(--_muted);
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_border);
  }

  figcaption {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    line-height: 1.35;
  }
  [part='photo'],
  [part='initials'] {
    grid-row: span 4;
    align-self: center;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
  }
  [part='photo'] {
    object-fit: cover;
    background: var(--_border);
  }
  [part='initials'] {
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 1.0625rem;
  }
  .hero [part='photo'],
  .hero [part='initials'] {
    inline-size: 4.5rem;
    block-size: 4.5rem;
    font-size: 1.5rem;
  }
  [part='speaker'],
  [part='role'],
  [part='date'],
  [part='source'] {
    grid-column: 2;
    display: block;
    margin-inline-start: 0.75rem;
    font-size: 0.875rem;
    font-style: normal;
  }
  [part='speaker'] {
    font-size: 1rem;
    font-weight: 700;
  }
  [part='role'],
  [part='date'],
  [part='source'] {
    color: var(--_muted);
  }

  [part='copy-button'] {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    color: var(--_muted);
    background: transparent;
    border: 1px solid transparent;
    border-radius: 50%;
    cursor: pointer;
  }
  [part='copy-button']:hover {
    color: var(--_text);
    border-color: var(--_border);
  }

  @container (min-width: 40rem) {
    .card {
      --_pad: 2rem;
    }
    .hero {
      --_pad: 2.5rem;
    }
    .pull [part='quote'] {
      font-size: 1.625rem;
    }
    .hero [part='quote'] {
      font-size: 2.125rem;
    }
    .hero [part='photo'],
    .hero [part='initials'] {
      inline-size: 6rem;
      block-size: 6rem;
    }
  }
  /* At 320 px and less every pixel goes to the words. */
  @container (max-width: 22rem) {
    figure {
      --_pad: 1rem;
    }
    [part='photo'],
    [part='initials'] {
      inline-size: 2.5rem;
      block-size: 2.5rem;
    }
  }

  @media (forced-colors: active) {
    .card,
    .hero,
    [part='initials'] {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    [part='copy-button'] {
      display: none;
    }
    figure {
      break-inside: avoid;
    }
  }
`;

import { css } from 'lit';

export const quoteCardStyles = css`
  :host {
    /* Sizes follow the column the card sits in, not the viewport. */
    container-type: inline-size;
    margin-block: 1.5rem;
  }

  figure {
    position: relative;
    margin: 0;
    /* Every variant paints its own surface: in a theme unlike the page's, text stays readable. */
    background: var(--_surface);
    padding: 1.25rem;
    display: grid;
    gap: 0.75rem;
  }
  .card {
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .pull {
    border-block: 3px solid var(--_accent);
  }
  .hero {
    background: var(--_surface-alt);
    border-inline-start: 6px solid var(--_accent);
    padding: clamp(1.25rem, 6cqi, 3.5rem);
  }

  blockquote {
    margin: 0;
    font-family: var(--_font-display);
    font-size: 1.25rem;
    line-height: 1.45;
  }
  .pull blockquote {
    font-size: clamp(1.25rem, 4.5cqi, 1.75rem);
  }
  .hero blockquote {
    font-size: clamp(1.375rem, 5.5cqi, 2.5rem);
    line-height: 1.3;
  }
  blockquote p {
    margin: 0;
    quotes: auto;
  }
  blockquote p::before {
    content: open-quote;
    color: var(--_accent);
  }
  blockquote p::after {
    content: close-quote;
    color: var(--_accent);
  }

  [part='translation-note'] {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  [part='original'] {
    font-size: 1rem;
    color: var(--_muted);
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_border);
  }

  figcaption {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    line-height: 1.35;
  }
  [part='photo'],
  [part='initials'] {
    flex: none;
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
  .meta {
    display: block;
  }
  [part='speaker'] {
    font-weight: 700;
  }
  [part='role'],
  .meta {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part='date'] + [part='source']::before {
    content: ' · ';
  }
  cite {
    font-style: normal;
  }

  [part='copy-button'] {
    justify-self: start;
    font: inherit;
    font-size: 0.8125rem;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  [part='copy-button']:hover {
    border-color: var(--_accent);
  }

  /* On wide containers the hero sets its attribution beside a larger portrait. */
  @container (min-width: 40rem) {
    .hero [part='photo'],
    .hero [part='initials'] {
      inline-size: 6rem;
      block-size: 6rem;
    }
    .card {
      padding: 1.5rem 2rem;
    }
  }
  /* At 320 px and less every pixel goes to the words. */
  @container (max-width: 22rem) {
    figure {
      padding: 1rem;
    }
    [part='photo'],
    [part='initials'] {
      inline-size: 2.5rem;
      block-size: 2.5rem;
    }
  }

  @media (forced-colors: active) {
    .card,
    .hero {
      border: 1px solid CanvasText;
    }
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

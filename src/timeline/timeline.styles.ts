import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_line: var(--_accent);
    --_cat-1: var(--gb-timeline-category-1, light-dark(#8a5a00, #f2c14e));
    --_cat-2: var(--gb-timeline-category-2, light-dark(#0a58b5, #8fbaf7));
    --_cat-3: var(--gb-timeline-category-3, light-dark(#166534, #6ee7a0));
    --_cat-4: var(--gb-timeline-category-4, light-dark(#9d174d, #f9a8d4));
    --_cat-5: var(--gb-timeline-category-5, light-dark(#5b21b6, #c4b5fd));
    --_cat-6: var(--gb-timeline-category-6, light-dark(#0e7490, #67e8f9));
    container-type: inline-size;
    margin-block: 1.5rem;
  }
  [part='base'] {
    background: var(--_surface);
    line-height: 1.5;
  }
  [part='filter'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block-end: 1rem;
  }
  [part='filter'] button,
  [part='copy'] {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_cat, var(--_border));
    border-radius: 999px;
    padding: 0.125rem 0.75rem;
    cursor: pointer;
  }
  [part='filter'] [aria-pressed='true'] {
    background: var(--_surface-alt);
    font-weight: 700;
    border-color: var(--_text);
  }
  [part='notice'] {
    padding: 0.75rem 1rem;
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_border);
  }
  .cat-1 { --_cat: var(--_cat-1); }
  .cat-2 { --_cat: var(--_cat-2); }
  .cat-3 { --_cat: var(--_cat-3); }
  .cat-4 { --_cat: var(--_cat-4); }
  .cat-5 { --_cat: var(--_cat-5); }
  .cat-6 { --_cat: var(--_cat-6); }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part='event'] {
    position: relative;
    padding-inline-start: 1.5rem;
    padding-block-end: 1.25rem;
    border-inline-start: 2px solid var(--_line);
    /* far-off events cost nothing until scrolled near */


  }
  [part='event']::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4375rem;
    inset-block-start: 0.375rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_cat, var(--_line));
    border: 2px solid var(--_surface);
  }
  [part='group'] {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  article {
    border-radius: var(--_radius);
    outline-offset: 4px;
  }
  .highlight article {
    background: var(--_surface-alt);
    box-shadow: 0 0 0 3px var(--_accent);
  }
  [part='date'] {
    display: block;
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--_muted);
  }
  [part='title'] {
    margin: 0.125rem 0 0.25rem;
    font-family: var(--_font-display);
    font-size: 1.125rem;
  }
  [part='category'] {
    display: inline-block;
    font-size: 0.75rem;
    padding: 0 0.5rem;
    border-inline-start: 4px solid var(--_cat);
    background: var(--_surface-alt);
  }
  [part='copy'] {
    margin-inline-start: 0.5rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
  }
  article p {
    margin: 0.375rem 0 0;
  }
  figure {
    margin: 0.5rem 0 0;
  }
  img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }
  figcaption {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  [part='copy-link'] {
    display: inline-block;
    margin-block-start: 0.375rem;
    margin-inline-start: 0.75rem;
    font: inherit;
    font-size: 0.8125rem;
    color: var(--_link);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .more {
    display: inline-block;
    margin-block-start: 0.375rem;
    font-size: 0.875rem;
  }

  /* alternating: both sides of a central line on wide containers ("auto" chooses it too). Sides
     come from an .odd class, not :nth-child, which would restyle every event as each chunk arrives. */
  @container (min-width: 48rem) {
    :is(.alternating, .auto) ol {
      display: grid;
      grid-template-columns: 1fr 1fr;
    }
    :is(.alternating, .auto) [part='event'] {
      grid-column: 2;
    }
    :is(.alternating, .auto) [part='event'].odd {
      grid-column: 1;
      text-align: end;
      border-inline-start: 0;
      border-inline-end: 2px solid var(--_line);
      padding-inline: 0 1.5rem;
    }
    :is(.alternating, .auto) [part='event'].odd::before {
      inset-inline: auto -0.4375rem;
    }
  }

  .horizontal ol {
    display: flex;
    gap: 1rem;
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    padding-block: 0.5rem 1rem;
    overscroll-behavior-x: contain;
  }
  .horizontal [part='event'] {
    flex: 0 0 min(85%, 20rem);
    scroll-snap-align: start;
    border-inline-start: 0;
    border-block-start: 2px solid var(--_line);
    padding: 1rem 0.5rem 0;
  }
  .horizontal [part='event']::before {
    inset-block-start: -0.4375rem;
    inset-inline-start: 0.5rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    .horizontal ol {
      scroll-behavior: smooth;
    }
  }
  @media (forced-colors: active) {
    [part='event']::before {
      background: CanvasText;
    }
    .highlight article {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    [part='copy-link'],
    [part='filter'] {
      display: none;
    }
    [part='event'] {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
`;

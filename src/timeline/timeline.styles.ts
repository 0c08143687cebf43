// Over 300 lines: one stylesheet for the vertical, alternating and horizontal layouts, whose rules
// must agree on one event box (the line, the dot, the year label, content-visibility's clipping).
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
    --_gutter: 0px;
    background: var(--_surface);
    line-height: 1.5;
  }
  /* One row of chips that scrolls sideways: its height never depends on how many categories there
     are, so the pre-upgrade stylesheet can reserve it exactly. */
  [part='filter'] {
    display: flex;
    gap: 0.375rem;
    margin-block-end: 1rem;
    padding: 0.25rem;
    overflow-x: auto;
    scrollbar-width: none;
  }
  [part='filter'] button {
    flex: none;
    font: inherit;
    font-size: 0.875rem;
    white-space: nowrap;
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
  [part='heading'] {
    margin: 0 0 0.75rem;
    font-family: var(--_font-display);
    font-size: 1.25rem;
    line-height: 1.3;
    color: var(--_text);
  }
  .cat-1 { --_cat: var(--_cat-1); }
  .cat-2 { --_cat: var(--_cat-2); }
  .cat-3 { --_cat: var(--_cat-3); }
  .cat-4 { --_cat: var(--_cat-4); }
  .cat-5 { --_cat: var(--_cat-5); }
  .cat-6 { --_cat: var(--_cat-6); }

  /* Every row below has a fixed line height and margins that never collapse into each other, and
     year (decade, era) labels sit beside the line rather than above events: timeline.pre-upgrade.css gives
     the light DOM the same box, so the page does not move when the timeline upgrades. */
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Each event's box holds everything it draws: the year label in the gutter, the line, the dot and,
     inside its padding, the focus ring and the copy button. So in a long list the browser may skip
     laying out and painting chunks of events far from the viewport (content-visibility, which clips
     to the chunk's box): with ten thousand events every frame would otherwise lay them all out
     again. It is set on chunks, not events: the browser checks each such box against the viewport
     in every frame. --_lead keeps the dot whole where there is no gutter. */
  [part='event'] {
    --_lead: 0.5rem;
    --_line-start: calc(var(--_gutter) + var(--_lead));
    position: relative;
    padding-block: 0.5rem 0.75rem;
    padding-inline: calc(var(--_line-start) + 2px + 1.5rem) 0.5rem;
  }
    /* A full chunk of 100 events (CHUNK in chunked-list.ts) guesses 7rem for each until first drawn. */
  .long .full {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 700rem;
  }
  /* the line */
  [part='event']::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_line-start);
    inline-size: 2px;
    background: var(--_line);
  }
  /* the dot, over the line */
  [part='event']::before {
    content: '';
    position: absolute;
    z-index: 1;
    inset-inline-start: calc(var(--_line-start) - 0.4375rem);
    inset-block-start: 0.875rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_cat, var(--_line));
    border: 2px solid var(--_surface);
  }
  /* A label breaks between words only ("б.з.д. 501 ж." never inside "б.з.д."): a word wider than
     the gutter widens the label away from the line, into the event's leading padding. */
  [part='group'] {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: calc(100% - var(--_gutter) + 0.75rem - var(--_lead));
    inline-size: calc(var(--_gutter) - 1rem);
    min-inline-size: min-content;
    overflow-wrap: normal;
    hyphens: manual;
    margin: 0;
    font-size: var(--_group-size);
    line-height: 1.3;
    text-align: end;
  }
  article {
    position: relative;
    border-radius: var(--_radius);
    outline-offset: 4px;
  }
  .highlight article {
    background: var(--_surface-alt);
    box-shadow: 0 0 0 3px var(--_accent);
  }
  [part='date'] {
    display: block;
    margin-inline-end: 2rem;
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--_muted);
  }
  [part='title'] {
    margin-block: 0.125rem 0;
    margin-inline: 0 2rem;
    font-family: var(--_font-display);
    font-size: 1.125rem;
  }
  [part='category'] {
    display: block;
    inline-size: fit-content;
    margin-block-start: 0.25rem;
    font-size: 0.75rem;
    padding: 0 0.5rem;
    border-inline-start: 4px solid var(--_cat);
    background: var(--_surface-alt);
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
  /* an icon in the event's corner, like the quote card's copy button: it takes no row */
  [part='copy-link'] {
    position: absolute;
    inset-block-start: -0.25rem;
    inset-inline-end: 0;
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    color: var(--_muted);
    background: transparent;
    border: 1px solid transparent;
    border-radius: 50%;
    cursor: pointer;
  }
  [part='copy-link']:hover {
    color: var(--_text);
    border-color: var(--_border);
  }
  .more {
    display: inline-block;
    margin-block-start: 0.375rem;
    font-size: 0.875rem;
  }

  .grouped {
    --_gutter: 4.5rem;
    --_group-size: 1rem;
  }
  @container (max-width: 30rem) {
    .grouped {
      --_gutter: 3.5rem;
      --_group-size: 0.875rem;
    }
  }

  /* alternating: both sides of a central line on wide containers ("auto" chooses it too). Sides
     come from an .odd class, not :nth-child, which would restyle every event as each chunk arrives. */
  @container (min-width: 48rem) {
    :is(.alternating, .auto) ol {
      display: grid;
      /* minmax(0, …): a long word must not widen its side past half */
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    /* Events are the grid's items, and drawn whole: the year label and the dot cross into the other
       column, which content-visibility would clip. */
    :is(.alternating, .auto) :is(.chunk, .chunk > ol) {
      display: contents;
    }
    :is(.alternating, .auto) [part='event'] {
      --_line-start: 0px;
      grid-column: 2;
    }
    /* a group label goes on the other side of the line, which each event leaves empty */
    :is(.alternating, .auto) [part='group'] {
      inset-inline: auto calc(100% + 0.75rem);
      inline-size: 10rem;
    }
    :is(.alternating, .auto) .odd [part='group'] {
      inset-inline: calc(100% + 0.75rem) auto;
      text-align: start;
    }
    :is(.alternating, .auto) .odd [part='category'] {
      margin-inline-start: auto;
    }
    :is(.alternating, .auto) [part='event'].odd {
      grid-column: 1;
      text-align: end;
      padding-inline: 0.5rem calc(2px + 1.5rem);
    }
    :is(.alternating, .auto) [part='event'].odd::after {
      inset-inline: auto 0;
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
  /* group labels above the line, in a row every event has */
  .horizontal.grouped ol {
    padding-block-start: calc(1rem + 1.3 * var(--_group-size));
  }
  .horizontal [part='group'] {
    inset-block: auto calc(100% + 0.5rem);
    inset-inline: 0.5rem auto;
    inline-size: auto;
    max-inline-size: 100%;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Events are the row's items, drawn whole: the year label sits above the event and the dot above
     the line, outside its box. */
  .horizontal :is(.chunk, .chunk > ol) {
    display: contents;
  }
  .horizontal [part='event'] {
    flex: 0 0 min(85%, 20rem);
    scroll-snap-align: start;
    padding: calc(2px + 1rem) 0.5rem 0;
  }
  .horizontal [part='event']::after {
    inset-block: 0 auto;
    inset-inline: 0;
    inline-size: auto;
    block-size: 2px;
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
    /* drawn as backgrounds, which forced colours would otherwise erase */
    [part='event']::before,
    [part='event']::after {
      forced-color-adjust: none;
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
      break-inside: avoid;
    }
  }
`;

import { css } from 'lit';

/*
 * One column of rows, each of a known height, so that the optional pre-upgrade stylesheet
 * (stat-badge.pre-upgrade.css) can lay out the light DOM in the same box.
 */
export const statBadgeStyles = css`
  :host {
    --_good: var(--gb-color-good, light-dark(#166534, #6ee7a0));
    --_bad: var(--gb-color-bad, light-dark(#b42318, #ff9b8f));
    container-type: inline-size;
    block-size: 100%;
  }
  [part='base'] {
    box-sizing: border-box;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 1rem 1.25rem;
    line-height: 1.3;
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  p {
    margin: 0;
  }
  .figure {
    position: relative;
  }
  /* A figure never splits: it shrinks to the badge's width before it wraps, down to a floor, and
     then wraps only between words. --_figure-ems is the figure's estimated width in ems (set by the
     element from its text); 100cqi less the padding and edge is the room it has. */
  .figure {
    --_figure-max: 2rem;
    font-family: var(--_font-display);
    font-size: clamp(1rem, (100cqi - 2.5rem - 4px) / var(--_figure-ems, 1), var(--_figure-max));
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
    hyphens: manual;
  }
  [part='value'] {
    display: block;
  }
  .counting {
    color: transparent;
  }
  .count {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  [part='label'] {
    font-size: 0.9375rem;
  }
  [part='as-of'] {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  [part='change'] {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .good {
    color: var(--_good);
  }
  .bad {
    color: var(--_bad);
  }
  .neutral,
  .period {
    color: var(--_muted);
    font-weight: normal;
  }
  /* a line of its own: "▲ рост на 6,8 % в годовом выражении" on one line would wrap in a narrow
     column at one length and not at another, and the pre-upgrade stylesheet must know the rows */
  .period {
    display: block;
  }
  [part='sparkline'] {
    display: block;
    inline-size: 100%;
    block-size: 2rem;
    overflow: visible;
  }
  polyline {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  [part='source'] {
    margin-block-start: auto;
    padding-block-start: 0.25rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  @container (min-width: 24rem) {
    .figure {
      --_figure-max: 2.5rem;
    }
  }
  @media (forced-colors: active) {
    [part='base'] {
      border: 1px solid CanvasText;
    }
    polyline {
      stroke: CanvasText;
    }
  }
`;

// Size, beside the peers, in one run: our bundle and each widget's marginal cost (as `npm run
// build` reports them), a minimal Lit element and one Web Awesome card bundled exactly as our
// bundle is (same rollup plugins, minified, brotli 11), and TimelineJS3's shipped files.
import { readFileSync } from 'node:fs';
import { bundleSize, measure, sizeFigures } from '../scripts/size.mjs';

// The floor for any Lit library: one element with a template, styles and a reactive property.
const MINIMAL_LIT = `
import { LitElement, css, html } from 'lit';
class MinimalElement extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; }\`;
  constructor() { super(); this.name = 'world'; }
  render() { return html\`<p>Hello, \${this.name}</p>\`; }
}
customElements.define('minimal-element', MinimalElement);
`;

// Web Awesome rather than Shoelace: it is Shoelace's successor from the same team, its engines allow
// Node 20, and it is the card the issue's own figure (8.3 KB) was measured from.
const WA_CARD = `import '@awesome.me/webawesome/dist/components/card/card.js';`;

const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';

export async function measureSizes() {
  const ours = await sizeFigures();
  return {
    ours: {
      bundle: ours.files['dist/golden-bridge.js'],
      css: ours.files['dist/golden-bridge.css'],
      floor: ours.floor,
      marginal: ours.marginal,
      dependants: ours.dependants,
    },
    // A widget on its own, Lit included: what a page with only that widget loads.
    alone: {
      'quote-card': await bundleSize(`export * from '${process.cwd()}/src/quote-card/index.ts';`),
      timeline: await bundleSize(`export * from '${process.cwd()}/src/timeline/index.ts';`),
    },
    minimalLit: await bundleSize(MINIMAL_LIT),
    waCard: await bundleSize(WA_CARD),
    timelineJs: {
      js: measure(readFileSync(`${TIMELINEJS}/js/timeline.js`)),
      css: measure(readFileSync(`${TIMELINEJS}/css/timeline.css`)),
    },
  };
}

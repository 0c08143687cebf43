import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/timeline/index.js';
import { generatedEvents, seedTimeline, seedTimelineJs } from './data/timeline.js';
import { inWidth, onDarkPage } from './support.js';

interface TimelineArgs {
  events?: unknown;
  layout?: 'vertical' | 'alternating' | 'horizontal' | 'auto';
  groupBy?: 'year' | 'decade' | 'era' | 'none';
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * Kazakhstan and China from 1943 to 2025, from the seed articles; see stories/data/timeline.ts for
 * the source of each date and which are inferred. Titles in Chinese, Kazakh and Russian are ours.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Widgets/Timeline',
  component: 'gb-timeline',
  args: { events: seedTimeline(), layout: 'vertical', groupBy: 'year', lang: 'en' },
  argTypes: {
    events: { control: false },
    layout: { control: 'inline-radio', options: ['vertical', 'alternating', 'horizontal', 'auto'] },
    groupBy: { control: 'inline-radio', options: ['year', 'decade', 'era', 'none'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: args => html`<gb-timeline
    .events=${args.events}
    layout=${ifDefined(args.layout)}
    group-by=${ifDefined(args.groupBy)}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
  ></gb-timeline>`,
};
export default meta;
type Story = StoryObj<TimelineArgs>;

export const Vertical: Story = {};
export const Alternating: Story = { args: { layout: 'alternating' }, decorators: [inWidth(960)] };
export const Horizontal: Story = { args: { layout: 'horizontal' }, decorators: [inWidth(960)] };
export const Auto320: Story = { args: { layout: 'auto' }, decorators: [inWidth(320)] };
export const AutoWide: Story = { args: { layout: 'auto' }, decorators: [inWidth(960)] };
export const ByDecade: Story = { args: { groupBy: 'decade', lang: 'ru', events: seedTimeline('ru') } };
export const Chinese: Story = { args: { lang: 'zh-Hans', events: seedTimeline('zh-Hans') } };
export const Kazakh: Story = { args: { lang: 'kk', events: seedTimeline('kk') } };
export const Russian: Story = { args: { lang: 'ru', events: seedTimeline('ru'), layout: 'horizontal' }, decorators: [inWidth(960)] };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkPage] };
/** No `theme`, on a page that declares `color-scheme: dark`: the widget follows its page. */
export const FollowsDarkPage: Story = { args: {}, decorators: [onDarkPage] };
/**
 * `theme="auto"` on a light page: dark for a reader whose system is dark, light otherwise. Without
 * `theme` the same widget stays light here, as the page is.
 */
export const FollowsReader: Story = { args: { theme: 'auto' } };
/** The same timeline as a newsroom's TimelineJS3 file, grouped by its eras. */
export const TimelineJs3Format: Story = { args: { events: seedTimelineJs, groupBy: 'era' } };
/**
 * From a spreadsheet: TimelineJS3's template exported as CSV (demo/timeline.csv), loaded by `src`,
 * with its title row, two eras and a year before the common era.
 */
export const FromSpreadsheet: Story = {
  render: () => html`<gb-timeline lang="en" group-by="era" src="demo/timeline.csv"></gb-timeline>`,
};
/** Authored as plain HTML: this is also what readers see before the bundle loads. */
export const LightDom: Story = {
  render: () => html`<gb-timeline>
    <gb-timeline-event date="1992-01-03" title="Diplomatic relations established" category="diplomacy">China's first deputy foreign minister arrives; the two countries establish diplomatic relations.</gb-timeline-event>
    <gb-timeline-event date="1991-12-16" title="Kazakhstan declares independence" category="diplomacy">Kazakhstan becomes an independent state.</gb-timeline-event>
    <gb-timeline-event date="2025-09-02" title="Kazakhstan Cultural Center opens in Beijing" category="culture">Kazakhstan's first national cultural centre abroad opens.</gb-timeline-event>
  </gb-timeline>`,
};
export const PlainList: Story = {
  render: () => html`<gb-timeline layout="vertical">
    <ol>
      <li><time datetime="1943">1943</time><h3>Xian Xinghai and Bakhytzhan Baikadamov meet</h3><p>A friendship across nations begins.</p></li>
      <li><time datetime="2017">2017</time><h3>Dimash Kudaibergen on "Singer 2017"</h3><p>Second place, and fame in China.</p></li>
    </ol>
  </gb-timeline>`,
};
/**
 * Deep links: an address ending in `#` and an event's id scrolls to that event, focuses and
 * highlights it. The link below does just that (each event also has a "copy link" button).
 */
export const DeepLinkedEvent: Story = {
  render: args => html`<p><a href="#2025-09-02-kazakhstan-cultural-center-opens-in-beijing">Jump to the opening in Beijing, 2 September 2025</a></p>
    ${meta.render!(args, undefined as never)}`,
};
export const Generated1000: Story = { args: { events: generatedEvents(1_000), groupBy: 'none' }, parameters: { testTimeout: 120_000 } };
export const Generated10000: Story = {
  args: { events: generatedEvents(10_000), groupBy: 'none' },
  parameters: {
    testTimeout: 240_000,
    skipAxe: 'the markup of Generated1000, which axe checks; over ten thousand drawn events axe outlasts any time limit in WebKit',
  },
};

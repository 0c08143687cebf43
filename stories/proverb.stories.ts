import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/proverb/index.js';
import { hundredFriends, nearNeighbour, oneFlower, unity, type SeedProverb } from './data/proverbs.js';
import { inWidth, onDarkPage } from './support.js';

interface ProverbArgs {
  proverb: SeedProverb;
  layout?: 'side-by-side' | 'stacked' | 'interlinear' | 'toggle';
  script?: 'cyrl' | 'latn';
  show?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * Proverbs in their original language with romanization and translations. Renderings that are our
 * own are marked in stories/data/proverbs.ts; the two English renderings of the seed proverb are as
 * the source articles published them.
 */
const meta: Meta<ProverbArgs> = {
  title: 'Widgets/Proverb',
  component: 'gb-proverb',
  args: { proverb: oneFlower, layout: 'interlinear', lang: 'en' },
  argTypes: {
    proverb: { control: false },
    layout: { control: 'inline-radio', options: ['stacked', 'side-by-side', 'interlinear', 'toggle'] },
    script: { control: 'inline-radio', options: ['cyrl', 'latn'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ proverb, layout, script, show, lang, theme }) => html`<gb-proverb
    layout=${ifDefined(layout)}
    script=${ifDefined(script)}
    show=${ifDefined(show)}
    lang=${ifDefined(lang)}
    theme=${ifDefined(theme)}
    .original=${proverb.original}
    .translations=${proverb.translations}
    attribution=${ifDefined(proverb.attribution?.[(lang ?? 'en') as 'en'] ?? proverb.attribution?.en)}
    note=${ifDefined(lang === 'en' || !lang ? proverb.note : undefined)}
  ></gb-proverb>`,
};
export default meta;
type Story = StoryObj<ProverbArgs>;

export const Interlinear: Story = {};
export const Stacked: Story = { args: { layout: 'stacked' } };
export const SideBySide: Story = { args: { layout: 'side-by-side' }, decorators: [inWidth(900)] };
export const Toggle: Story = { args: { layout: 'toggle' } };
export const ToggleShowsRussianFirst: Story = { args: { layout: 'toggle', show: 'ru', lang: 'ru' } };
export const InKazakhPage: Story = { args: { layout: 'stacked', lang: 'kk' } };
export const InChinesePage: Story = { args: { proverb: unity, layout: 'side-by-side', lang: 'zh-Hans' }, decorators: [inWidth(900)] };
export const NearNeighbour: Story = { args: { proverb: nearNeighbour, layout: 'interlinear' } };
export const KazakhUnity: Story = { args: { proverb: unity, layout: 'stacked' } };
/** The Kazakh saying written in the 2021 Latin alphabet. */
export const KazakhInLatinScript: Story = { args: { proverb: unity, layout: 'stacked', script: 'latn' } };
export const HundredFriends: Story = { args: { proverb: hundredFriends, layout: 'toggle', lang: 'ru' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkPage] };
/** No `theme`, on a page that declares `color-scheme: dark`: the widget follows its page. */
export const FollowsDarkPage: Story = { args: {}, decorators: [onDarkPage] };
/**
 * `theme="auto"` on a light page: dark for a reader whose system is dark, light otherwise. Without
 * `theme` the same widget stays light here, as the page is.
 */
export const FollowsReader: Story = { args: { theme: 'auto' } };
export const Narrow320: Story = { args: { layout: 'side-by-side' }, decorators: [inWidth(320)] };
export const Wide: Story = { args: { layout: 'side-by-side' }, decorators: [inWidth(960)] };

/** Authored as plain HTML: this is also what readers see before the bundle loads. */
export const LightDom: Story = {
  render: () => html`<gb-proverb layout="interlinear">
    <p lang="zh-Hans" data-romanization="yī huā dú fàng bù shì chūn, bǎi huā qí fàng chūn mǎn yuán">一花独放不是春，百花齐放春满园</p>
    <p lang="en">One flower does not make spring, it comes when all the flowers bloom.</p>
    <footer slot="attribution">Kassym-Jomart Tokayev, Beijing, <time datetime="2025-09-02">2 September 2025</time></footer>
  </gb-proverb>`,
};

/** Bad input: a romanization that does not match the characters falls back to its own line. */
export const MismatchedRomanization: Story = {
  args: {
    proverb: { ...oneFlower, original: { ...oneFlower.original, romanization: 'yī huā dú fàng' } },
  },
  parameters: { expectProblems: true },
};

/** Nothing to show: translations that are not JSON, and no proverb in the page's own HTML: a notice. */
export const NothingToShow: Story = {
  render: () => html`<gb-proverb lang="zh-Hans" translations="[{not json"></gb-proverb>`,
  parameters: { expectProblems: true },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/stat-group/index.js';
import type { StoryLang } from './data/people.js';
import { agreements, books, border, patients, trade2024, tradeRecord, trips2023, tripsQ1, type SeedStat } from './data/stats.js';
import { inColumn, onDarkPage } from './support.js';

interface StatBadgeArgs {
  value?: number | string;
  currency?: string;
  unit?: string;
  label?: string;
  notation?: 'standard' | 'compact';
  precision?: number;
  asOf?: string;
  change?: number;
  changeKind?: 'percent' | 'absolute';
  changePeriod?: string;
  goodDirection?: 'up' | 'down';
  source?: string;
  /** Set where the source keeps its English name in another language's badge (CGTN, The Astana Times). */
  sourceLang?: string;
  sourceUrl?: string;
  sparkline?: string;
  countUp?: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

function argsFor(stat: SeedStat, lang: StoryLang = 'en', notation: 'standard' | 'compact' = 'compact'): StatBadgeArgs {
  return {
    lang,
    value: stat.value,
    currency: stat.currency,
    unit: typeof stat.unit === 'string' ? stat.unit : stat.unit?.[lang],
    label: stat.label[lang],
    notation,
    asOf: stat.asOf,
    change: stat.change,
    changePeriod: stat.changePeriod?.[lang],
    source: stat.source[lang],
    sourceLang: lang !== 'en' && stat.source[lang] === stat.source.en ? 'en' : undefined,
    sourceUrl: stat.sourceUrl,
  };
}

const badge = (args: StatBadgeArgs) => html`<gb-stat-badge
  lang=${ifDefined(args.lang)}
  theme=${ifDefined(args.theme)}
  value=${ifDefined(args.value)}
  currency=${ifDefined(args.currency)}
  unit=${ifDefined(args.unit)}
  label=${ifDefined(args.label)}
  notation=${ifDefined(args.notation)}
  precision=${ifDefined(args.precision)}
  as-of=${ifDefined(args.asOf)}
  change=${ifDefined(args.change)}
  change-kind=${ifDefined(args.changeKind)}
  change-period=${ifDefined(args.changePeriod)}
  good-direction=${ifDefined(args.goodDirection)}
  source=${ifDefined(args.source)}
  source-lang=${ifDefined(args.sourceLang)}
  source-url=${ifDefined(args.sourceUrl)}
  sparkline=${ifDefined(args.sparkline)}
  ?count-up=${args.countUp}
></gb-stat-badge>`;

/**
 * Figures from the seed articles, formatted by `Intl` in each language. Labels in Chinese, Kazakh and
 * Russian are our own wording.
 */
const meta: Meta<StatBadgeArgs> = {
  title: 'Widgets/Stat badge',
  component: 'gb-stat-badge',
  args: argsFor(trade2024),
  argTypes: {
    notation: { control: 'inline-radio', options: ['standard', 'compact'] },
    changeKind: { control: 'inline-radio', options: ['percent', 'absolute'] },
    goodDirection: { control: 'inline-radio', options: ['up', 'down'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['en', 'zh-Hans', 'kk', 'ru', 'ar', 'de'] },
  },
  render: badge,
  decorators: [inColumn(360)],
};
export default meta;
type Story = StoryObj<StatBadgeArgs>;

export const Trade: Story = {};
export const TradeStandard: Story = { args: argsFor(trade2024, 'en', 'standard') };
export const TradeChinese: Story = { args: argsFor(trade2024, 'zh-Hans') };
export const TradeKazakh: Story = { args: argsFor(trade2024, 'kk') };
export const TradeRussian: Story = { args: argsFor(trade2024, 'ru') };
export const TradeRussianStandard: Story = { args: argsFor(trade2024, 'ru', 'standard') };
/** Two decimals, as the customs figure was published: 43.82 billion. */
export const TradePrecision: Story = { args: { ...argsFor(trade2024), precision: 2 } };
export const RecordAsAkordaPutIt: Story = { args: argsFor(tradeRecord) };
export const Trips: Story = { args: argsFor(trips2023) };
export const TripsChinese: Story = { args: argsFor(trips2023, 'zh-Hans') };
export const TripsFirstQuarterKazakh: Story = { args: argsFor(tripsQ1, 'kk', 'standard') };
export const Patients: Story = { args: argsFor(patients, 'ru') };
export const Books: Story = { args: argsFor(books, 'en', 'standard') };
export const Border: Story = { args: argsFor(border, 'kk', 'standard') };
export const Agreements: Story = { args: argsFor(agreements, 'zh-Hans', 'standard') };

/** Illustrative changes on the seed figure: a fall, a fall where down is good, and none. */
export const NegativeChange: Story = { args: { ...argsFor(trade2024), change: -6.8 } };
export const FallIsGood: Story = { args: { ...argsFor(trade2024), change: -6.8, goodDirection: 'down' } };
export const NoChange: Story = { args: { ...argsFor(trade2024), change: 0 } };
export const AbsoluteChange: Story = { args: { ...argsFor(trade2024), change: 2_790_000_000, changeKind: 'absolute' } };
/** The two trip figures the seed gives, 200,000 in a quarter against 600,000 in a year, as a trend. */
export const WithSparkline: Story = { args: { ...argsFor(trips2023), sparkline: '[150000, 150000, 150000, 150000, 200000]' } };
export const CountUp: Story = { args: { ...argsFor(trade2024), countUp: true } };

export const Dark: Story = { args: { ...argsFor(trade2024), theme: 'dark' }, decorators: [onDarkPage] };
/** No `theme`, on a page that declares `color-scheme: dark`: the widget follows its page. */
export const FollowsDarkPage: Story = { args: argsFor(trade2024), decorators: [onDarkPage] };
/**
 * `theme="auto"` on a light page: dark for a reader whose system is dark, light otherwise. Without
 * `theme` the same widget stays light here, as the page is.
 */
export const FollowsReader: Story = { args: { ...argsFor(trade2024), theme: 'auto' } };
export const Narrow320: Story = { args: argsFor(trade2024, 'ru', 'standard'), parameters: { width: 320 } };
export const Wide: Story = { args: argsFor(trade2024), parameters: { width: 640 } };

/** Authored as plain HTML: this is also what readers see before the bundle loads. */
export const LightDom: Story = {
  render: () => html`<gb-stat-badge currency="USD" change="6.8" change-period="year on year" notation="compact">
    <data value="43820000000">$43.82 billion</data>
    <span slot="label">China–Kazakhstan trade</span>
    <time slot="as-of" datetime="2024">2024</time>
    <span slot="source">General Administration of Customs of China</span>
  </gb-stat-badge>`,
};

/** A group of four in a full-width section, sharing a title and a source line. */
export const GroupOfFour: Story = {
  parameters: { width: 960 },
  render: () => html`<gb-stat-group label="Kazakhstan and China in figures" source="Figures: China's customs, Akorda, CGTN">
    ${[trade2024, trips2023, border, books].map(stat => badge({ ...argsFor(stat), lang: undefined, source: undefined }))}
  </gb-stat-group>`,
};
export const GroupRussian320: Story = {
  parameters: { width: 320 },
  render: () => html`<gb-stat-group lang="ru" label="Казахстан и Китай в цифрах">
    ${[trade2024, trips2023].map(stat => badge({ ...argsFor(stat, 'ru'), lang: undefined }))}
  </gb-stat-group>`,
};

/**
 * From a spreadsheet: one badge per row of a CSV (demo/figures.csv) in the badge's own column
 * names, loaded by the group's `src`.
 */
export const GroupFromSpreadsheet: Story = {
  parameters: { width: 960 },
  render: () => html`<gb-stat-group lang="ru" label="Казахстан и Китай в цифрах" src="demo/figures.csv"></gb-stat-group>`,
};

/** Every figure from the seeds in each of the four languages, compact, in columns. */
export const EveryFigureEveryLanguage: Story = {
  parameters: { width: 960 },
  render: () => html`${(['en', 'zh-Hans', 'kk', 'ru'] as const).map(
    lang => html`<gb-stat-group lang=${lang} label=${lang}>
      ${[trade2024, tradeRecord, trips2023, tripsQ1, patients, books, border, agreements].map(stat => badge({ ...argsFor(stat, lang), lang: undefined }))}
    </gb-stat-group>`,
  )}`,
};

/** Bad input: a value that is not a number is shown as written, with a warning and a gb-error. */
export const NotANumber: Story = {
  args: { ...argsFor(trade2024), value: 'about forty-four billion dollars', change: undefined },
  parameters: { expectProblems: true },
};

/** Nothing to show: a group whose sheet cannot be loaded and that has no badges of its own: a notice. */
export const NothingToShow: Story = {
  render: () => html`<gb-stat-group lang="ru" src="/no-such-sheet.csv" timeout="2000"></gb-stat-group>`,
  parameters: { expectProblems: true },
};

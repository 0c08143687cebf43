import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/quote-card/index.js';
import type { StoryLang } from './data/people.js';
import { balayevaCenter, goldenBridge, oneFlower, shaimergenovaAddress, sunYeliPlatform, type SeedQuote } from './data/quotes.js';
import { inLanguage, inWidth, onDarkPage } from './support.js';

interface QuoteCardArgs {
  variant: 'pull' | 'card' | 'hero';
  quote?: string;
  quoteLang?: string;
  original?: string;
  originalLang?: string;
  speaker?: string;
  speakerLang?: string;
  speakerRole?: string;
  speakerRoleLang?: string;
  photo?: string;
  photoAlt?: string;
  date?: string;
  source?: string;
  sourceLang?: string;
  sourceUrl?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** Args for a seed quote shown in `lang`: our rendering carries the published English as its original. */
function argsFor(seed: SeedQuote, lang: StoryLang = 'en'): QuoteCardArgs {
  const translated = lang !== 'en' && seed.text[lang] !== undefined;
  return {
    variant: 'card',
    lang,
    quote: translated ? seed.text[lang] : seed.text.en,
    quoteLang: translated ? lang : 'en',
    original: translated ? seed.text.en : undefined,
    originalLang: translated ? 'en' : undefined,
    speaker: seed.person.name[lang],
    speakerRole: seed.person.role[lang],
    date: seed.date,
    source: seed.source,
    // the source is named in English whatever the card's language
    sourceLang: lang !== 'en' ? 'en' : undefined,
    sourceUrl: seed.sourceUrl,
  };
}

/**
 * Quote cards set a quotation from the seed articles with its speaker, role, date and source.
 * Translations into Chinese, Kazakh and Russian are ours, and each carries the published English as
 * its original.
 */
const meta: Meta<QuoteCardArgs> = {
  title: 'Widgets/Quote card',
  component: 'gb-quote-card',
  args: argsFor(goldenBridge),
  argTypes: {
    variant: { control: 'inline-radio', options: ['pull', 'card', 'hero'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['en', 'zh-Hans', 'kk', 'ru', 'ar', 'fr'] },
  },
  render: args => html`<gb-quote-card
    variant=${args.variant}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    quote=${ifDefined(args.quote)}
    quote-lang=${ifDefined(args.quoteLang)}
    original=${ifDefined(args.original)}
    original-lang=${ifDefined(args.originalLang)}
    speaker=${ifDefined(args.speaker)}
    speaker-role=${ifDefined(args.speakerRole)}
    photo=${ifDefined(args.photo)}
    photo-alt=${ifDefined(args.photoAlt)}
    date=${ifDefined(args.date)}
    source=${ifDefined(args.source)}
    source-lang=${ifDefined(args.sourceLang)}
    source-url=${ifDefined(args.sourceUrl)}
    speaker-lang=${ifDefined(args.speakerLang)}
    speaker-role-lang=${ifDefined(args.speakerRoleLang)}
  ></gb-quote-card>`,
};
export default meta;
type Story = StoryObj<QuoteCardArgs>;

export const Card: Story = {};

export const PullQuote: Story = { args: { ...argsFor(shaimergenovaAddress), variant: 'pull' } };

export const Hero: Story = { args: { ...argsFor(goldenBridge), variant: 'hero' }, decorators: [inWidth(960)] };

export const MinisterOfCulture: Story = { args: argsFor(balayevaCenter) };

export const SunYeli: Story = { args: { ...argsFor(sunYeliPlatform), variant: 'pull' } };

/** Spoken in Chinese, shown in English with the original and a "translated from" label. */
export const Translated: Story = {
  args: {
    ...argsFor(oneFlower),
    original: oneFlower.spokenIn!.text,
    originalLang: oneFlower.spokenIn!.lang,
  },
};

export const Chinese: Story = { args: argsFor(goldenBridge, 'zh-Hans') };
export const Kazakh: Story = { args: argsFor(goldenBridge, 'kk') };
export const Russian: Story = { args: argsFor(goldenBridge, 'ru') };

/** The Chinese proverb, spoken in Chinese, in a Russian article: our Russian rendering. */
export const RussianFromChinese: Story = {
  args: { ...argsFor(oneFlower, 'ru'), original: oneFlower.spokenIn!.text, originalLang: oneFlower.spokenIn!.lang },
};

/** The card takes its language from the page around it: here a Kazakh section. */
export const InheritsPageLanguage: Story = {
  args: { ...argsFor(goldenBridge, 'kk'), lang: undefined },
  decorators: [inLanguage('kk')],
};

/** Any other language: dates through Intl in that language, UI text in English (marked lang="en"). */
export const OtherLanguage: Story = {
  args: { ...argsFor(goldenBridge), lang: 'fr', speakerLang: 'en', speakerRoleLang: 'en', sourceLang: 'en' },
};

export const Dark: Story = { args: { ...argsFor(goldenBridge), theme: 'dark' }, decorators: [onDarkPage] };
/** No `theme`, on a page that declares `color-scheme: dark`: the widget follows its page. */
export const FollowsDarkPage: Story = { args: argsFor(goldenBridge), decorators: [onDarkPage] };
/**
 * `theme="auto"` on a light page: dark for a reader whose system is dark, light otherwise. Without
 * `theme` the same widget stays light here, as the page is.
 */
export const FollowsReader: Story = { args: { ...argsFor(goldenBridge), theme: 'auto' } };
export const DarkHero: Story = { args: { ...argsFor(oneFlower), variant: 'hero', theme: 'dark' }, decorators: [onDarkPage] };

export const Narrow320: Story = { args: argsFor(shaimergenovaAddress), decorators: [inWidth(320)] };
export const Narrow320Hero: Story = { args: { ...argsFor(goldenBridge, 'ru'), variant: 'hero' }, decorators: [inWidth(320)] };
export const Wide: Story = { args: argsFor(shaimergenovaAddress), decorators: [inWidth(960)] };

/** No photo: the speaker's initials stand in, in any script. */
export const Initials: Story = {
  render: () => html`
    ${(['en', 'kk', 'zh-Hans'] as const).map(
      lang => html`<gb-quote-card lang=${lang} variant="card" quote=${goldenBridge.text[lang]!}
        speaker=${goldenBridge.person.name[lang]} speaker-role=${goldenBridge.person.role[lang]}></gb-quote-card>`,
    )}
  `,
};

/** Authored as plain HTML: this is also what readers see before the bundle loads. */
export const LightDom: Story = {
  render: () => html`<gb-quote-card variant="card">
    <blockquote lang="en">${goldenBridge.text.en}</blockquote>
    <span slot="speaker">${goldenBridge.person.name.en}</span>
    <span slot="role">${goldenBridge.person.role.en}</span>
    <time slot="date" datetime=${goldenBridge.date}>2 September 2025</time>
    <a slot="source" href=${goldenBridge.sourceUrl}>${goldenBridge.source}</a>
  </gb-quote-card>`,
};

/**
 * Bad input: an impossible date and a javascript: link. The card shows what it can, logs a
 * warning and fires `gb-error` for each; the HTML in the quote is shown as text.
 */
export const BadInput: Story = {
  args: {
    ...argsFor(goldenBridge),
    quote: '<img src=x onerror=alert(1)> Art and culture are a golden bridge.',
    date: '2025-13-45',
    sourceUrl: 'javascript:alert(1)',
  },
  parameters: { expectProblems: true },
};

/**
 * Nothing to show: a card given no quote, no speaker and no content of the page's own says so in
 * its language, with a warning and a `gb-error`, rather than leaving an empty box.
 */
export const NothingToShow: Story = {
  render: () => html`<gb-quote-card lang="kk"></gb-quote-card>`,
  parameters: { expectProblems: true },
};

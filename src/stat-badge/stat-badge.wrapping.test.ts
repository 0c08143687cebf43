import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { agreements, books, border, patients, trade2024, tradeRecord, trips2023, tripsQ1, type SeedStat } from '../../stories/data/stats.js';
import { settle } from '../test-helpers/console.js';
import '../stat-group/index.js';
import './index.js';
import type { GbStatBadge } from './stat-badge.js';

/**
 * Whole words and whole figures: in a 320 px column and in a group of four, no seed figure, label
 * or source breaks inside a word or a number. Line boxes are measured per word (Range.getClientRects):
 * a word on two lines has fragments at two heights.
 */
const LANGS = ['en', 'zh-Hans', 'kk', 'ru'] as const;
type Lang = (typeof LANGS)[number];
const SEEDS = { trade2024, tradeRecord, trips2023, tripsQ1, patients, books, border, agreements };

const badge = (stat: SeedStat, lang: Lang, notation: string) => html`<gb-stat-badge
  lang=${lang}
  value=${stat.value}
  currency=${stat.currency ?? ''}
  unit=${typeof stat.unit === 'string' ? stat.unit : (stat.unit?.[lang] ?? '')}
  notation=${notation}
  label=${stat.label[lang]}
  as-of=${stat.asOf ?? ''}
  change=${stat.change ?? ''}
  change-period=${stat.changePeriod?.[lang] ?? ''}
  source=${stat.source[lang]}
></gb-stat-badge>`;

/** The words of a text node, as the language segments them; Han runs are left out (Chinese breaks between any two characters). */
function words(node: Text, lang: string): Array<{ word: string; start: number }> {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const found: Array<{ word: string; start: number }> = [];
  // A number with its separators ("43,820,000,000", "43,8") is one word to a reader.
  const text = node.data;
  const runs = text.matchAll(/[\p{N}][\p{N}.,\u00a0\u202f\u2009]*[\p{N}]|[^\s\u00a0\u202f\u2009]+/gu);
  for (const run of runs) {
    if (/\p{Script=Han}/u.test(run[0])) {
      for (const segment of segmenter.segment(run[0])) {
        if (segment.isWordLike && !/\p{Script=Han}/u.test(segment.segment)) found.push({ word: segment.segment, start: run.index! + segment.index });
      }
    } else {
      found.push({ word: run[0], start: run.index! });
    }
  }
  return found;
}

/** Lines a piece of text occupies: distinct tops of its fragments. */
function lineCount(node: Text, start: number, end: number): number {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const tops = [...range.getClientRects()].filter(rect => rect.width > 0).map(rect => Math.round(rect.top));
  return new Set(tops.filter((top, i) => tops.findIndex(other => Math.abs(other - top) < 3) === i)).size;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Fails for every word broken across lines in the badge's visible text. */
function expectWholeWords(badge: GbStatBadge, context: string): void {
  const base = badge.shadowRoot!.querySelector('[part="base"]')!;
  for (const element of base.querySelectorAll<HTMLElement>('[part]')) {
    if (element.getAttribute('part') === 'base' || element.closest('svg')) continue;
    // Hyphenation is a break the language allows; with it off, what still splits a word is overflow-wrap.
    element.style.hyphens = 'manual';
    for (const node of textNodes(element)) {
      for (const { word, start } of words(node, element.closest('[lang]')!.getAttribute('lang')!)) {
        expect(lineCount(node, start, start + word.length), `${context}: "${word}" in ${element.getAttribute('part')} on one line`).to.equal(1);
      }
    }
    element.style.hyphens = '';
  }
}

async function render(template: TemplateResult): Promise<GbStatBadge[]> {
  const wrapper = await fixture<HTMLElement>(template);
  await settle(wrapper);
  await document.fonts.ready;
  return [...wrapper.querySelectorAll('gb-stat-badge')];
}

const FLOOR_PX = 16;

describe('gb-stat-badge: whole words and whole figures', () => {
  for (const notation of ['compact', 'standard']) {
    for (const lang of LANGS) {
      it(`${lang}, ${notation}: every seed figure alone in a 320 px column`, async () => {
        const badges = await render(html`<div style="inline-size: 320px">${Object.values(SEEDS).map(stat => badge(stat, lang, notation))}</div>`);
        badges.forEach((element, index) => {
          const name = `${Object.keys(SEEDS)[index]} at 320 px`;
          expectWholeWords(element, name);
          expectFigureFits(element, name);
        });
      });

      it(`${lang}, ${notation}: every seed figure in a group of four columns`, async () => {
        const badges = await render(html`<div style="inline-size: 820px"><gb-stat-group lang=${lang} label="Group">
          ${Object.values(SEEDS).map(stat => badge(stat, lang, notation))}
        </gb-stat-group></div>`);
        const group = badges[0].parentElement!;
        const columns = new Set(badges.map(element => Math.round(element.getBoundingClientRect().left))).size;
        expect(columns, 'four columns').to.equal(4);
        badges.forEach((element, index) => {
          const name = `${Object.keys(SEEDS)[index]} in four columns`;
          expectWholeWords(element, name);
          expectFigureFits(element, name);
        });
        expect(group.localName).to.equal('gb-stat-group');
      });
    }
  }
});

/** A figure stays inside its badge, and wraps (at a space) only once shrunk to the floor. */
function expectFigureFits(element: GbStatBadge, context: string): void {
  const value = element.shadowRoot!.querySelector<HTMLElement>('[part="value"]')!;
  const base = element.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  const box = value.getBoundingClientRect();
  const inner = base.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(value);
  const glyphs = range.getBoundingClientRect();
  expect(glyphs.right, `${context}: figure inside its badge`).to.be.at.most(inner.right + 0.5);
  expect(glyphs.left, `${context}: figure inside its badge`).to.be.at.least(inner.left - 0.5);
  const lines = new Set([...range.getClientRects()].filter(rect => rect.width > 0).map(rect => Math.round(rect.top))).size;
  if (lines > 1) expect(parseFloat(getComputedStyle(value).fontSize), `${context}: wraps only at the floor size`).to.be.at.most(FLOOR_PX + 0.5);
  expect(box.width).to.be.above(0);
}

/* global window -- read inside waitForFunction() and evaluate(), which run in the page */
// Drives the system Chromium: one fresh browser context per measurement (no cache, no state kept
// from the contender before), contenders interleaved within each run, medians over the runs.
import puppeteer from 'puppeteer-core';
import { ENGINES } from '../scripts/engines.mjs';

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Chromium's headless mode is the real browser with its window hidden, and every window — so every
 * fresh browser context — builds its hidden omnibox popup (chrome://omnibox-popup.top-chrome) in a
 * renderer of its own: 1.1–1.9 s of CPU in the first seconds, measured here with Chromium 156. On a
 * 2-core machine that is taken from the page being measured, and most from the pages that need the
 * CPU most. These features are what build it; a page never sees them.
 */
const NO_BROWSER_UI = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup';
/** `BROWSER_UI=1` leaves that UI on: Chromium as puppeteer launches it by default, for comparison with measurements made so. */
export const BROWSER_UI = process.env.BROWSER_UI === '1';

let warnedOfBrowserUi = false;

/** Says so, once, when a browser window still builds hidden UI pages (a Chromium that renamed those features). */
function checkNoBrowserUi(browser) {
  const pages = browser.targets().map(target => target.url()).filter(url => url.includes('.top-chrome'));
  if (pages.length && !warnedOfBrowserUi && !BROWSER_UI) {
    warnedOfBrowserUi = true;
    process.stderr.write(`! Chromium builds hidden UI pages beside the measured one (${pages[0]}); they take CPU from it. See NO_BROWSER_UI in bench/measure.mjs.\n`);
  }
}

export function launch() {
  return puppeteer.launch({
    executablePath: ENGINES.chromium.binary,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-extensions', ...(BROWSER_UI ? [] : [NO_BROWSER_UI])],
  });
}

/** The value below which a fraction `q` of the numbers lie, interpolated between neighbours. */
export const quantile = (values, q) => {
  const sorted = values.filter(value => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (at - below);
};

export const median = values => quantile(values, 0.5);

/**
 * Opens `url` in a fresh context and waits until `ready` (a function run in the page) holds, then
 * `settle` ms more for the long tasks that follow, and returns window.__bench with the bytes of
 * every script received. `{ timedOut: seconds }` when `ready` did not hold within `timeout` ms.
 */
export async function measurePage(browser, url, { timeout, ready = () => window.__bench?.all, settle = 300 }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    checkNoBrowserUi(browser);
    await page.setViewport(VIEWPORT);
    const scripts = [];
    page.on('response', response => {
      if (response.request().resourceType() === 'script') scripts.push(response.buffer().then(body => body.length, () => 0));
    });
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
      await page.waitForFunction(ready, { timeout, polling: 50 });
    } catch (error) {
      if (error.name === 'TimeoutError') return { timedOut: timeout / 1000 };
      throw error;
    }
    await sleep(settle);
    const result = await page.evaluate(() => window.__bench);
    result.scriptBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * RUNS rounds of A B C …, each contender measured once a round. A contender that times out is
 * not tried again in later rounds: one timeout already says it does not finish.
 * `contenders` maps a name to [url, options]. Returns each contender's list of results.
 */
export async function interleave(browser, contenders, runs, log = () => {}) {
  const results = Object.fromEntries(Object.keys(contenders).map(name => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, [url, options]] of Object.entries(contenders)) {
      if (results[name].some(result => result.timedOut)) continue;
      const result = await measurePage(browser, url, options);
      results[name].push(result);
      log(name, run, result);
    }
  }
  return results;
}

/**
 * Ours / theirs, round by round, for each other contender and each key: the median of the rounds'
 * ratios and its quartiles (`low`, `high`: half the rounds lie between them). The contenders of one
 * round ran one after the other, so a round's ratio cancels what the machine was doing meanwhile —
 * another process, a slower minute — which a ratio of two medians, taken from different rounds,
 * does not. `runs` is what `interleave` returns; rounds where either has no figure are left out.
 */
export function pairedRatios(runs, ours, keys) {
  const ratios = {};
  for (const [name, list] of Object.entries(runs)) {
    if (name === ours) continue;
    ratios[name] = {};
    for (const key of keys) {
      const values = runs[ours]
        .map((mine, round) => (typeof mine[key] === 'number' && list[round]?.[key] > 0 ? mine[key] / list[round][key] : undefined))
        .filter(value => value !== undefined);
      if (values.length) ratios[name][key] = { median: median(values), low: quantile(values, 0.25), high: quantile(values, 0.75), rounds: values.length };
    }
  }
  return ratios;
}

/** The median of each numeric key over a contender's runs, or its timeout. */
export function summarize(list, keys) {
  const timedOut = list.find(result => result.timedOut);
  if (timedOut) return { timedOut: timedOut.timedOut, runs: list.length };
  return { ...Object.fromEntries(keys.map(key => [key, median(list.map(result => result[key]))])), runs: list.length };
}

import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Decorators shared by every widget's stories: the containers and themes a widget must live in. */

/** A fixed-width column: 320 px is the narrowest phone, 960 px a wide article or hero. */
export const inWidth =
  (px: number): Decorator =>
  story =>
    html`<div style="inline-size: ${px}px; max-inline-size: 100%; outline: 1px dashed #8884">${story()}</div>`;

/**
 * A column for every story of a file: `px` wide unless a story's `parameters.width` asks for another.
 * A story's own `inWidth` would sit inside this column and be clamped to it.
 */
export const inColumn =
  (px: number): Decorator =>
  (story, context) =>
    inWidth((context.parameters.width as number | undefined) ?? px)(story, context);

/** A dark page around the story, as a dark-themed article would be. */
export const onDarkPage: Decorator = story =>
  html`<div style="background: #101114; color: #eceef1; padding: 1.5rem; color-scheme: dark">${story()}</div>`;

/** The page colour schemes a host site may declare; `normal` is a site that declares none (light). */
export const PAGE_SCHEMES = ['normal', 'light dark', 'dark'] as const;

/**
 * A page around the story that declares the colour scheme picked in the toolbar ("Page colour
 * scheme"), painted in its system colours: widgets without `theme` follow it.
 */
export const onSchemePage: Decorator = (story, context) => {
  const scheme = (context.globals.pageScheme as string | undefined) ?? 'normal';
  return scheme === 'normal'
    ? story()
    : html`<div style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 1.5rem">${story()}</div>`;
};

/** A page (or section) in another language: widgets inherit it. */
export const inLanguage =
  (lang: string): Decorator =>
  story =>
    html`<div lang=${lang}>${story()}</div>`;

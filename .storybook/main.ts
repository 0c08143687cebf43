import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // MDX 3 reads CommonMark only: without GitHub's tables the docs pages' tables show as raw text.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  framework: '@storybook/web-components-vite',
  core: { disableTelemetry: true },
  // The demo article, and the bundle it loads with a plain script tag, are served beside Storybook.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../dist', to: '/dist' },
  ],
  viteFinal(viteConfig) {
    // Without this the dev server pre-bundles a second copy of Lit's directive helpers and warns
    // "Multiple versions of Lit loaded".
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};

export default config;

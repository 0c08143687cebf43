import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { extractArgTypes } from './arg-types.js';
import '../src/index.js';
import { onSchemePage, PAGE_SCHEMES } from '../stories/support.js';

// Autodocs tables (attributes, properties, slots, parts, CSS properties, events) come from the
// manifest, which is generated from the components' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // A widget follows its page's colour scheme: the toolbar sets the one the page declares, so a
  // reader whose system is dark sees each case (light-only site, light-and-dark site, dark site).
  globalTypes: {
    pageScheme: {
      description: 'Page colour scheme (the color-scheme the host page declares)',
      toolbar: {
        title: 'Page colour scheme',
        icon: 'contrast',
        items: PAGE_SCHEMES.map(value => ({ value, title: value === 'normal' ? 'none declared (light)' : value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { pageScheme: 'normal' },
  decorators: [onSchemePage],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { extractArgTypes: (tagName: string) => extractArgTypes(manifest, tagName) },
    layout: 'padded',
  },
};

export default preview;

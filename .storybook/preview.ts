import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { extractArgTypes } from './arg-types.js';
import '../src/index.js';

// Autodocs tables (attributes, properties, slots, parts, CSS properties, events) come from the
// manifest, which is generated from the components' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { extractArgTypes: (tagName: string) => extractArgTypes(manifest, tagName) },
    layout: 'padded',
  },
};

export default preview;

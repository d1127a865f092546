import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/elements.js';

// Controls and docs tables come from the manifest the analyzer writes at build time.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story in the test panel, not only a warning.
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;

import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = {
  title: 'Configuration/Provider',
  component: 'coprod-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Wrap widgets in `<coprod-provider>` to give them all the same API base, token, language and reading level. Each widget can still set its own attributes, which win.',
      },
    },
  },
};
export default meta;

export const AroundWidgets: StoryObj = {
  name: 'Around widgets',
  render: () => html`<coprod-provider api-base="/api/v1" locale="en-GB" reading-level="standard">
    <p>Every <code>coprod-*</code> element inside this provider talks to <code>/api/v1</code> in English.</p>
  </coprod-provider>`,
};

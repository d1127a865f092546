import '../src/index.js';
import '../demo/assets/embed-builder.css';
import { InMemoryApi } from '../src/api/in-memory.js';
import { mountEmbedBuilder } from '../demo/assets/embed-builder.js';

export default {
  title: 'Guides/Add a widget to your page',
  parameters: {
    docs: {
      description: {
        component:
          'For council web editors: choose a widget and its options, see it live, and copy what to paste into your page: the element, a placeholder your editor keeps (WordPress, Drupal), or the WordPress shortcode, with the CSS that keeps room for it. The demo site has the same builder at /embed.html, with snippets that point at its own server.',
      },
    },
  },
};

export const EmbedBuilder = {
  name: 'Embed builder',
  render: () => {
    const root = document.createElement('div');
    root.className = 'embed-builder';
    mountEmbedBuilder(root, {
      apiBase: 'https://involve.example.gov.uk/api/v1',
      scriptSrc: 'https://involve.example.gov.uk/widgets/coprod-autoload.js',
      fallbackHref: 'https://www.example.gov.uk/get-involved',
      adapter: new InMemoryApi(),
    });
    return root;
  },
};

// The embed builder on the demo site: snippets point at this server.
import { mountEmbedBuilder } from './embed-builder.js';

const root = document.getElementById('embed-builder');
if (root) mountEmbedBuilder(root, { fallbackHref: `${location.origin}/` });

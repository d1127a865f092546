import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Svelte 5 sets a custom element's known properties (a token getter, a topic) as properties
// and listens to any event with `on<event-name>`: no options are needed for coprod-* tags.
export default defineConfig({
  plugins: [svelte()],
});

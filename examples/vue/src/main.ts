import { createApp } from 'vue';
// Defines every element, and types them in templates (no hand-written declarations).
import 'coprod-widgets';
import type {} from 'coprod-widgets/vue';
import App from './App.vue';

createApp(App).mount('#app');

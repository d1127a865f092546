import { mount } from 'svelte';
// Defines every element, and types them in Svelte markup (no hand-written declarations).
import 'coprod-widgets';
import type {} from 'coprod-widgets/svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

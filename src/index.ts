/**
 * The all-in-one module: one `<script type="module">` defines every element and upgrades
 * `data-coprod` placeholders. Each element also has a module of its own in `elements/`.
 */
export * from './api/index.js';
export { configure, type CoprodConfig, type Locale, type ReadingLevel, type TokenSource } from './core/config.js';
export { CoprodElement } from './core/coprod-element.js';
export { upgradePlaceholders } from './core/placeholders.js';

// Defines the elements, and from then on upgrades placeholders and loads on-demand elements as they appear.
import './elements.js';

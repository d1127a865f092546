/**
 * Data in the reader's language: `textIn(locale, { en, cy? })`, the one rule (written in src/core/i18n.ts, which every
 * widget already carries, so a widget pays no extra module for it; import it from here).
 */
export { textIn } from './i18n.js';

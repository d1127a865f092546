export * from './fields.js';
export * from './error-summary.js';
export * from './form-controller.js';
export * from './form-styles.js';
export * from './form-words.js';

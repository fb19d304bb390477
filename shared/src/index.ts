export * from './money/index.js';
export * from './catalogue/index.js';
export * from './pricing/index.js';
export * from './org-numbers/index.js';
export * from './limits/index.js';
export * from './agreements/index.js';

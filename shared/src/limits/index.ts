export * from './decimal-bounds.js';
export * from './text-rules.js';
export * from './codes.js';
export * from './document-limits.js';

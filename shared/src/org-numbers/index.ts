export * from './organisation-number.js';

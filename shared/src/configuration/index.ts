export * from './configuration-input.js';

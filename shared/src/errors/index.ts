export * from './api-errors.js';

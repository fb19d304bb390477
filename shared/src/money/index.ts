export * from './decimal.js';
export * from './currency.js';

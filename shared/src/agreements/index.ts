export * from './contract-dates.js';
export * from './usage.js';
export * from './volumes-csv.js';
export * from './service-results.js';

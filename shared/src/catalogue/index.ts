export * from './document.js';
export * from './document-errors.js';
export * from './validate-catalogue.js';
export * from './defaults.js';
export * from './formats.js';
export * from './iso-codes.js';
export { formatPath, type JsonPath, type PathSegment } from './validation/json-path.js';

/**
 * The Nordic price benchmark (DESIGN "Centres side by side"): what one standard profile costs at
 * each centre in year 1, in its own currency and converted at a named, stored rate.
 */
export * from './profiles.js';
export * from './exchange-rate.js';
export * from './centre-price.js';
export * from './conversion.js';
export { divideHalfUp } from './divide.js';

/**
 * The pricing engine (DESIGN "Pricing rules"): compile a catalogue version once with
 * {@link compileCatalogue}, then price configurations with {@link priceConfiguration}.
 */
export { compileCatalogue, type PricingCatalogue } from './compile.js';
export type {
  CompiledComponent,
  CompiledDecimal,
  CompiledDriver,
  CompiledLimit,
  CompiledPackage,
  CompiledPackageItem,
  CompiledService,
  CompiledServiceLevel,
  CompiledTier,
} from './compile.js';
export { ENGINE_VERSION, priceConfiguration } from './engine.js';
export { PricingInputError, type PricingInputCode, type PricingInputProblem } from './pricing-input.error.js';
export type * from './types.js';

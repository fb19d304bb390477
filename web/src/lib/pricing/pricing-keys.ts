/** The query keys of pricing: one factory, so every cache entry of a price is found the same way. */
export const pricingKeys = {
  all: ['pricing'] as const,
  /** A catalogue version compiled for the shared engine. */
  catalogue: (providerCode: string, version: number | undefined) =>
    [...pricingKeys.all, 'catalogue', providerCode, version] as const,
  /** The API's confirmation of the prices of the inputs with this key. */
  confirmation: (inputsKey: string | null) => [...pricingKeys.all, 'confirmation', inputsKey] as const,
};

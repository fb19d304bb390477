import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { compileCatalogue, priceConfiguration, type ConfigurationInput } from '@servicekatalog/shared';
import { buildPricingRequest, type PricingRequest } from '../configuration/pricing-input';
import { EMPTY_CONFIGURATION } from '../configuration/configuration';
import { logger } from '../logger';
import { EXAMPLE_CATALOGUE } from '../../test/fixtures';
import { graphQLErrors, mockApi } from '../../test/graphql-mock';
import { useLivePrices } from './use-live-prices';

const compiled = compileCatalogue(EXAMPLE_CATALOGUE, 1);
const request = (payslips: string): PricingRequest =>
  buildPricingRequest(
    { ...EMPTY_CONFIGURATION, servicePackageCode: 'BASIS', volumes: { PAYSLIPS: payslips } },
    compiled,
    'en',
  );

function renderLivePrices(requests: readonly PricingRequest[], api: Parameters<typeof mockApi>[0]) {
  const mock = mockApi(api);
  vi.stubGlobal('fetch', vi.fn(mock.fetchMock));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { ...renderHook(() => useLivePrices(compiled, requests), { wrapper }), calls: mock.calls };
}

describe('useLivePrices', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('prices one configuration at once and has priceConfiguration confirm it', async () => {
    const one = [request('100')];
    const { result, calls } = renderLivePrices(one, {
      PriceConfiguration: (variables) => ({
        priceConfiguration: priceConfiguration(compiled, variables.input as ConfigurationInput),
      }),
    });
    // 9,000 × 0.95 + (100 − 10) × 38 × 0.95
    expect(result.current.prices[0].shown?.totals.monthly).toBe('11799.00');
    expect(result.current.confirmation).toBe('confirming');
    await waitFor(() => expect(result.current.confirmation).toBe('confirmed'));
    expect(calls.map((call) => call.operation)).toEqual(['PriceConfiguration']);
    expect(calls[0].variables.input).toEqual({
      providerCode: 'EX-DK',
      catalogueVersion: 1,
      servicePackageCode: 'BASIS',
      serviceCodes: [],
      serviceLevelCode: null,
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '100' }],
      contractYears: 1,
    });
  });

  it('has compareConfigurations confirm several, and shows its figures where they differ', async () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const two = [request('100'), request('1210')];
    const { result, calls } = renderLivePrices(two, {
      CompareConfigurations: (variables) => ({
        compareConfigurations: (variables.inputs as ConfigurationInput[]).map((input, i) => {
          const quote = priceConfiguration(compiled, input);
          return i === 1 ? { ...quote, totals: { ...quote.totals, monthly: '1.00' } } : quote;
        }),
      }),
    });
    await waitFor(() => expect(result.current.confirmation).toBe('corrected'));
    expect(calls.map((call) => call.operation)).toEqual(['CompareConfigurations']);
    expect(result.current.prices.map((price) => price.shown?.totals.monthly)).toEqual(['11799.00', '1.00']);
    expect(result.current.prices[1].breakdown?.totals.monthly).toBe('50635.00');
    expect(warn).toHaveBeenCalledWith(
      'The browser price differs from the API price; showing the API price',
      expect.objectContaining({ differences: ['[1] totals.monthly: browser 50635.00, API 1.00'] }),
    );
  });

  it("says the API could not confirm when it refuses, and keeps the browser's figures", async () => {
    const { result } = renderLivePrices([request('100')], {
      PriceConfiguration: () => graphQLErrors({ code: 'INTERNAL_SERVER_ERROR' }),
    });
    await waitFor(() => expect(result.current.confirmation).toBe('unavailable'));
    expect(result.current.prices[0].shown?.totals.monthly).toBe('11799.00');
  });
});

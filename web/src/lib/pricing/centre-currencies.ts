/** The currencies figures of several centres are converted into: the five Nordic centres'. */
export const TARGET_CURRENCIES = ['EUR', 'DKK', 'NOK', 'SEK', 'ISK'] as const;

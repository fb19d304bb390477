/**
 * The web app's one way to report something a developer should look at (never shown to people).
 * Kept tiny on purpose; swap the sink here to ship reports somewhere.
 */
export const logger = {
  warn(message: string, details?: unknown): void {
    // The browser console is the sink for now (eslint allows console.warn in this one file).
    console.warn(`[servicekatalog] ${message}`, details ?? '');
  },
};

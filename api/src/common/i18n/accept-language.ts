/**
 * The language tags of an Accept-Language header, most preferred first (RFC 9110 §12.5.4):
 * "nb-NO,nb;q=0.9,en;q=0.5" → ["nb-NO", "nb", "en"]. Tags with q=0 are refused by the client and
 * dropped; equal weights keep the header's order; a malformed entry is ignored.
 */
export function parseAcceptLanguage(header: string | string[] | undefined): string[] {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const entries: { tag: string; q: number; index: number }[] = [];
  text.split(',').forEach((part, index) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag.trim();
    if (!/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(tag)) return;
    const q = qualityOf(params);
    if (q > 0) entries.push({ tag, q, index });
  });
  entries.sort((a, b) => b.q - a.q || a.index - b.index);
  return entries.map((entry) => entry.tag);
}

function qualityOf(params: string[]): number {
  for (const param of params) {
    const match = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
    if (match) return Number(match[1]);
    if (/^\s*q\s*=/i.test(param)) return 0;
  }
  return 1;
}

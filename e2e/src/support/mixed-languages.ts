import type { Page } from 'playwright-core';
import { api } from './demo-api.js';

/** What the page shows in the wrong language: an English catalogue text unmarked, or one inside an interface sentence. */
export interface LanguageDefect {
  kind: 'unmarked' | 'mixed';
  /** The English catalogue text (unmarked) or the marked element's text (mixed). */
  english: string;
  /** The sentence as read: the text node (unmarked) or its block (mixed). */
  sentence: string;
}

function collectEnglish(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectEnglish(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const entries = Object.entries(value);
  const isText =
    entries.length > 0 && entries.every(([key, text]) => /^[a-z]{2}$/.test(key) && typeof text === 'string');
  if (!isText) {
    for (const [, item] of entries) collectEnglish(item, into);
    return;
  }
  const texts = value as Record<string, string>;
  const english = texts.en?.trim();
  // A text that reads the same in the centre's language ("Standard") is no English word there.
  if (english && /\p{L}/u.test(english) && entries.every(([key, text]) => key === 'en' || text !== texts.en))
    into.add(english);
}

/**
 * Every text of a centre's published catalogue that exists only in English (names, units, labels,
 * targets…), from its document as any API consumer exports it.
 */
export async function englishCatalogueTexts(url: string, providerCode: string): Promise<string[]> {
  const { exportCatalogue } = await api<{ exportCatalogue: unknown }>(
    url,
    'query ($code: String!) { exportCatalogue(providerCode: $code) }',
    { code: providerCode },
  );
  const texts = new Set<string>();
  collectEnglish(exportCatalogue, texts);
  return [...texts];
}

/**
 * Reads the page as a screen reader and a reader would, and lists where catalogue English meets
 * the interface's own words (DESIGN "Centres side by side", Languages):
 * - `unmarked`: an English catalogue text in a text that is read in the page's language
 *   (its nearest `lang` is <html>), so it is neither marked nor kept apart;
 * - `mixed`: a text marked `lang="en"` that stands inside a sentence of the interface's words —
 *   the block it is in has letters right before it or right after it, with no label colon,
 *   bracket, dash, bullet or sentence end between ("Tælles pr. payslip", "tjenestenivå Basic",
 *   "Payroll and refund service Inkludert"). Texts standing apart ("Enhet: payslip.") pass.
 */
export function languageDefects(page: Page, english: string[]): Promise<LanguageDefect[]> {
  return page.evaluate((englishTexts) => {
    const defects: Array<{ kind: 'unmarked' | 'mixed'; english: string; sentence: string }> = [];
    const html = document.documentElement;
    const skipped = 'script, style, noscript, template, [hidden], [aria-hidden="true"]';
    const patterns = englishTexts
      .sort((a, b) => b.length - a.length)
      .map((text) => ({
        text,
        pattern: new RegExp(
          `(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
          'u',
        ),
      }));

    // 1. English catalogue texts read in the page's language.
    if (html.lang !== 'en') {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(skipped) || parent.closest('[lang]') !== html) continue;
        const text = node.textContent ?? '';
        const found = patterns.find(({ pattern }) => pattern.test(text));
        if (found)
          defects.push({ kind: 'unmarked', english: found.text, sentence: text.replace(/\s+/g, ' ').trim() });
      }
    }

    // 2. Marked English inside a sentence of the interface's words. A marked block stands on its own;
    // text in another block, a form control or another marked part is no part of its sentence.
    // Words laid out by a flex or grid parent (a button's label) still run on as one sentence.
    const PHRASING = /^(A|ABBR|B|BDI|CODE|EM|I|LABEL|Q|SMALL|SPAN|STRONG|TIME)$/;
    const inFlow = (element: Element): boolean =>
      getComputedStyle(element).display.startsWith('inline') ||
      (PHRASING.test(element.tagName) &&
        /flex|grid/.test(element.parentElement ? getComputedStyle(element.parentElement).display : ''));
    const marked = Array.from(document.body.querySelectorAll(`[lang]:not([lang="${html.lang}"])`)).filter(
      (element) =>
        !element.parentElement?.closest('[lang]:not(html)') &&
        !element.closest(`${skipped}, select`) &&
        inFlow(element),
    );
    for (const element of marked) {
      let block = element.parentElement as Element;
      while (block !== document.body && inFlow(block)) block = block.parentElement as Element;
      let before = '';
      let after = '';
      let seen = false;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (element.contains(node)) {
          seen = true;
          continue;
        }
        let text = node.textContent ?? '';
        for (let up = node.parentElement; up && up !== block; up = up.parentElement) {
          if (up.matches(`${skipped}, select, textarea`)) text = '';
          else if (up.matches('[lang]:not(html)')) text = '|';
          else if (!up.contains(element) && !inFlow(up)) text = '\n';
          else continue;
          break;
        }
        if (seen) after += text;
        else before += text;
      }
      // The interface's words right before and after the marked part, up to a separator.
      const tail = /[^:;,([—–·|/\n"“«‘]*$/.exec(before)?.[0] ?? '';
      const head = /^[^:.()[\]—–·|/;,!?\n"”»’]*/.exec(after)?.[0] ?? '';
      // Between two marked parts one short word is a list's conjunction ("A og B", "A, B tai C").
      const word = /^\s*\p{L}{1,5}\s*$/u;
      const tailOk =
        !/\p{L}/u.test(tail) || (before[before.length - tail.length - 1] === '|' && word.test(tail));
      const headOk = !/\p{L}/u.test(head) || (after[head.length] === '|' && word.test(head));
      if (!tailOk || !headOk)
        defects.push({
          kind: 'mixed',
          english: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
          sentence: `${tail.trimStart()}[${(element.textContent ?? '').trim()}]${head.trimEnd()}`,
        });
    }
    return defects;
  }, english);
}

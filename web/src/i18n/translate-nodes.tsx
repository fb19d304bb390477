import type { TFunction } from 'i18next';
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

// Private-use code points stand in for the elements while i18next builds the sentence; no
// translation and no catalogue text contains them.
const OPEN = '\uE003';
const CLOSE = '\uE004';
const PLACEHOLDER = /\uE003(\d+)\uE004/;

/** Cuts `text` at the placeholders and puts `nodes[n]` where placeholder n was. */
function fillPlaceholders(text: string, nodes: readonly ReactNode[]): ReactElement {
  // With its capture group, split() leaves the placeholder numbers at the odd positions.
  const parts = text.split(PLACEHOLDER);
  return (
    <>{parts.map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{nodes[Number(part)]}</Fragment>))}</>
  );
}

/**
 * `t(key, values)` where some values are elements — typically a catalogue name in another language,
 * which must keep its own `lang` inside the translated sentence (WCAG 3.1.2). The sentence is
 * translated once, with placeholders for the elements, so plurals, word order and every other value
 * work as in plain t(); the result is an element (and may itself be a value of another call).
 */
export function translateWithNodes(t: TFunction, key: string, values: Record<string, unknown>): ReactElement {
  const nodes: ReactNode[] = [];
  const plain = Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (!isValidElement(value)) return [name, value];
      nodes.push(value);
      return [name, `${OPEN}${nodes.length - 1}${CLOSE}`];
    }),
  );
  return fillPlaceholders(String(t(key, plain)), nodes);
}

/** The items as one list in words ("A, B or C") in the locale's manner, each item kept as it is. */
export function listWithNodes(
  list: Pick<Intl.ListFormat, 'formatToParts'>,
  items: readonly ReactNode[],
): ReactElement {
  const parts = list.formatToParts(items.map((_, i) => `${OPEN}${i}${CLOSE}`));
  return fillPlaceholders(parts.map((part) => part.value).join(''), items);
}

/** The items joined by `separator`, each item kept as it is. */
export function joinNodes(items: readonly ReactNode[], separator: string): ReactElement {
  return fillPlaceholders(items.map((_, i) => `${OPEN}${i}${CLOSE}`).join(separator), items);
}

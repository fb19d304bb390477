import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** A file that could not be read or parsed, with a message for the operator. */
export class CatalogueFileError extends Error {}

function isYaml(path: string): boolean {
  return ['.yaml', '.yml'].includes(extname(path).toLowerCase());
}

/**
 * Reads a catalogue document from a .json, .yaml or .yml file. YAML is parsed with its core
 * schema, so an unquoted `38.00` becomes the number 38 — which the validator refuses where a
 * decimal belongs (decimals must be quoted strings); dates stay text.
 */
export async function readCatalogueFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CatalogueFileError(
      `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return isYaml(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new CatalogueFileError(
      `${path} is not valid ${isYaml(path) ? 'YAML' : 'JSON'}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The document as file text: YAML for .yaml/.yml (decimal strings stay quoted), JSON otherwise. */
export function formatCatalogue(document: unknown, path?: string): string {
  return path && isYaml(path) ? stringifyYaml(document) : `${JSON.stringify(document, null, 2)}\n`;
}

export async function writeCatalogueFile(path: string, document: unknown): Promise<void> {
  await writeFile(path, formatCatalogue(document, path), 'utf8');
}

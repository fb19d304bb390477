import { DataFactory, Writer } from 'n3';

/** The vocabularies the export uses, by the prefixes it writes them with. */
export const PREFIXES = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export type Prefixed = `${keyof typeof PREFIXES}:${string}`;

/** An object of a statement: another node (absolute IRI) or a literal. */
export type RdfObject = { iri: string } | { value: string; language?: string; datatype?: Prefixed };

/** One subject with its types and statements, in the order they are written. */
export interface RdfNode {
  iri: string;
  types: Prefixed[];
  statements: Array<[Prefixed, RdfObject]>;
}

/**
 * JSON-LD with the @context embedded: compact names for the vocabulary, absolute IRIs for the
 * nodes. A predicate with several objects becomes an array, in the order of the statements.
 */
export function toJsonLd(nodes: readonly RdfNode[]): Record<string, unknown> {
  return { '@context': { ...PREFIXES }, '@graph': nodes.map(nodeToJsonLd) };
}

function nodeToJsonLd(node: RdfNode): Record<string, unknown> {
  const out: Record<string, unknown> = { '@id': node.iri, '@type': node.types };
  for (const [predicate, object] of node.statements) {
    const value = objectToJsonLd(object);
    const existing = out[predicate];
    if (existing === undefined) out[predicate] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[predicate] = [existing, value];
  }
  return out;
}

function objectToJsonLd(object: RdfObject): unknown {
  if ('iri' in object) return { '@id': object.iri };
  if (object.language) return { '@value': object.value, '@language': object.language };
  if (object.datatype) return { '@value': object.value, '@type': object.datatype };
  return object.value;
}

/** The same statements as Turtle, written by n3 (which escapes literals and IRIs for us). */
export function toTurtle(nodes: readonly RdfNode[]): Promise<string> {
  const { namedNode, literal, quad } = DataFactory;
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  const rdfType = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
  for (const node of nodes) {
    const subject = namedNode(node.iri);
    for (const type of node.types) writer.addQuad(quad(subject, rdfType, namedNode(expand(type))));
    for (const [predicate, object] of node.statements) {
      const term =
        'iri' in object
          ? namedNode(object.iri)
          : literal(
              object.value,
              object.language ?? (object.datatype ? namedNode(expand(object.datatype)) : undefined),
            );
      writer.addQuad(quad(subject, namedNode(expand(predicate)), term));
    }
  }
  return new Promise((resolve, reject) => {
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}

function expand(name: Prefixed): string {
  const colon = name.indexOf(':');
  return PREFIXES[name.slice(0, colon) as keyof typeof PREFIXES] + name.slice(colon + 1);
}

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rdf from '@zazuko/env';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { parse as parseYaml } from 'yaml';

/** The vendored official artefacts (see test/fixtures/standards/README.md). */
const STANDARDS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'standards');
const SHAPES = join(STANDARDS, 'cpsv-ap-3.2.0', 'cpsv-ap-SHACL.ttl');
const TMF620 = join(STANDARDS, 'tmf620-v5', 'TMF620-Product_Catalog_Management-v5.0.0.oas.yaml');

// ---- CPSV-AP: RDF and SHACL ----

type RdfDataset = ReturnType<typeof rdf.dataset>;

export function turtleToDataset(text: string): RdfDataset {
  return rdf.dataset(new Parser().parse(text) as Quad[]);
}

/** A JSON-LD document as RDF, by the jsonld library's own toRDF (N-Quads, read back with n3). */
export async function jsonLdToDataset(document: object): Promise<RdfDataset> {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
  })) as string;
  return rdf.dataset(new Parser({ format: 'application/n-quads' }).parse(nquads) as Quad[]);
}

let validator: SHACLValidator | undefined;

/** The SHACL violations of `data` against the official CPSV-AP 3.2.0 shapes, as readable lines. */
export async function shaclViolations(data: RdfDataset): Promise<string[]> {
  validator ??= new SHACLValidator(turtleToDataset(readFileSync(SHAPES, 'utf8')), { factory: rdf });
  const report = await validator.validate(data);
  return report.results.map(
    (result) =>
      `${result.focusNode?.value} ${result.path?.value ?? ''}: ${result.message.map((m) => m.value).join(' ')} ` +
      `(${result.sourceConstraintComponent?.value}, ${result.severity?.value})`,
  );
}

/** The subjects of `data` typed with `typeIri`. */
export function subjectsOfType(data: RdfDataset, typeIri: string): string[] {
  const type = rdf.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
  return [...data.match(null, type, rdf.namedNode(typeIri))].map((quad) => quad.subject.value);
}

// ---- TMF620: the OpenAPI document as JSON Schema ----

type Schema = Record<string, unknown>;

/**
 * The one mechanical rewrite of the vendored TMF620 document (DESIGN, "Standards exports"): JSON
 * Schema has no `discriminator`, and TMF's `oneOf` alternatives overlap (every Ref shape accepts
 * every other, so `oneOf` would fail on "more than one matched"). Each `oneOf` that has a
 * `discriminator` therefore becomes: `@type` is required and one of the mapping's names, and an
 * `if` `@type` = name `then` that name's schema, for every name of the mapping. Nothing else of
 * the document changes; `$ref`s resolve against its components.
 */
function rewriteDiscriminatedOneOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteDiscriminatedOneOf);
  if (!node || typeof node !== 'object') return node;
  const schema = Object.fromEntries(
    Object.entries(node as Schema).map(([key, value]) => [key, rewriteDiscriminatedOneOf(value)]),
  );
  const discriminator = schema.discriminator as
    { propertyName: string; mapping?: Record<string, string> } | undefined;
  if (!schema.oneOf || !discriminator?.mapping) return schema;
  const rest: Schema = { ...schema };
  delete rest.oneOf;
  delete rest.discriminator;
  const property = discriminator.propertyName;
  const names = Object.keys(discriminator.mapping);
  return {
    ...rest,
    required: [...new Set([...((rest.required as string[]) ?? []), property])],
    properties: { ...((rest.properties as Schema) ?? {}), [property]: { type: 'string', enum: names } },
    allOf: [
      ...((rest.allOf as unknown[]) ?? []),
      ...names.map((name) => ({
        if: { properties: { [property]: { const: name } }, required: [property] },
        then: { $ref: discriminator.mapping?.[name] },
      })),
    ],
  };
}

interface OpenApiDocument {
  paths: Record<string, { get: { responses: Record<string, { $ref: string }> } }>;
  components: Schema;
}

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module.
const addFormats = formatsModule.default;
const DOCUMENT_ID = 'tmf620.json';
let loaded: { document: OpenApiDocument; ajv: Ajv } | undefined;

function tmf(): { document: OpenApiDocument; ajv: Ajv } {
  if (loaded) return loaded;
  const document = parseYaml(readFileSync(TMF620, 'utf8')) as OpenApiDocument;
  const components = rewriteDiscriminatedOneOf(document.components) as Schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: DOCUMENT_ID, components }, DOCUMENT_ID);
  loaded = { document, ajv };
  return loaded;
}

const compiled = new Map<string, ValidateFunction>();

/**
 * A validator of one response of the document, found as the document finds it: the operation's
 * response (by path and status) → its `components/responses` entry → its JSON schema.
 */
export function tmfResponseValidator(path: string, status: number): ValidateFunction {
  const key = `${path} ${status}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const { document, ajv } = tmf();
  const ref = document.paths[path].get.responses[String(status)].$ref;
  const validate = ajv.compile({
    $ref: `${DOCUMENT_ID}#/components/responses/${ref.split('/').pop()}/content/application~1json/schema`,
  });
  compiled.set(key, validate);
  return validate;
}

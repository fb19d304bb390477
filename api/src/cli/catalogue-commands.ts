import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { isCalendarDate, validateCatalogueDocument } from '@servicekatalog/shared';
import { CatalogueExportService } from '../catalogue/import-export/catalogue-export.service.js';
import { CatalogueImportService } from '../catalogue/import-export/catalogue-import.service.js';
import type { CatalogueVersionModel } from '../catalogue/models/catalogue-version.model.js';
import { DomainError, InvalidDocumentError } from '../common/errors/domain-error.js';
import { SYSTEM_ACTOR } from '../common/system-actor.js';
import {
  CatalogueFileError,
  formatCatalogue,
  readCatalogueFile,
  writeCatalogueFile,
} from './catalogue-file.js';

export const USAGE = `Usage:
  catalogue validate <file.json|file.yaml>
  catalogue import <file> [--replace-draft] [--publish [--valid-from YYYY-MM-DD]]
  catalogue export <providerCode> [version] [--out file.json|file.yaml]`;

/** Where a command writes; the entry point passes stdout/stderr, tests collect the text. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** Opens the app (database, migrations, services) only for commands that need it. */
export type OpenApp = () => Promise<INestApplicationContext>;

/** A wrong command line: the message and the usage go to stderr. */
class UsageError extends Error {}

/**
 * Runs one `catalogue` command and returns the process exit code (0 = done, 1 = refused or
 * failed, 2 = wrong usage). It calls the same services as the GraphQL API, acting as the
 * {@link SYSTEM_ACTOR} (the operator needs no token).
 */
export async function runCatalogueCommand(argv: string[], openApp: OpenApp, io: CommandIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'replace-draft': { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
        'valid-from': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...args] = positionals;
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    switch (command) {
      case 'validate':
        return await validate(one(args, 'a file'), io);
      case 'import':
        return await importFile(one(args, 'a file'), { ...values, openApp }, io);
      case 'export':
        return await exportCatalogue(args, values.out, openApp, io);
      default:
        throw new UsageError(command ? `Unknown command "${command}".` : 'Name a command.');
    }
  } catch (error) {
    return report(error, io);
  }
}

function one(args: string[], what: string): string {
  if (args.length !== 1) throw new UsageError(`Give exactly ${what}.`);
  return args[0];
}

async function validate(path: string, io: CommandIo): Promise<number> {
  const document = await readCatalogueFile(path);
  // The validator the import uses; pure, so no database is opened.
  const { errors } = validateCatalogueDocument(document);
  if (errors.length > 0) throw new InvalidDocumentError(errors);
  io.out(`${path}: valid.\n`);
  return 0;
}

interface ImportOptions {
  'replace-draft': boolean;
  publish: boolean;
  'valid-from'?: string;
  openApp: OpenApp;
}

async function importFile(path: string, options: ImportOptions, io: CommandIo): Promise<number> {
  const validFrom = options['valid-from'];
  if (validFrom !== undefined && !options.publish) throw new UsageError('--valid-from needs --publish.');
  if (validFrom !== undefined && !isCalendarDate(validFrom))
    throw new UsageError(`--valid-from must be a date YYYY-MM-DD, not "${validFrom}".`);
  const document = await readCatalogueFile(path);
  const importer = (await options.openApp()).get(CatalogueImportService);
  const replaceDraft = options['replace-draft'];
  const version = options.publish
    ? await importer.importAndPublish(document, SYSTEM_ACTOR, { replaceDraft, validFrom })
    : await importer.importDocument(SYSTEM_ACTOR, document, replaceDraft);
  io.out(`${describeVersion(document, version)}\n`);
  return 0;
}

function describeVersion(document: unknown, version: CatalogueVersionModel): string {
  const provider = (document as { provider: { code: string } }).provider.code;
  const from = version.validFrom ? `, valid from ${version.validFrom}` : '';
  return `Imported ${provider} version ${version.number} as ${version.status}${from} (id ${version.id}).`;
}

async function exportCatalogue(
  args: string[],
  out: string | undefined,
  openApp: OpenApp,
  io: CommandIo,
): Promise<number> {
  if (args.length < 1 || args.length > 2)
    throw new UsageError('Give a provider code and optionally a version number.');
  const [providerCode, versionText] = args;
  if (versionText !== undefined && !/^[1-9]\d*$/.test(versionText))
    throw new UsageError(`The version must be a number, not "${versionText}".`);
  const exporter = (await openApp()).get(CatalogueExportService);
  const version = versionText === undefined ? null : Number(versionText);
  const document = await exporter.exportCatalogue(SYSTEM_ACTOR, { providerCode, version });
  if (out) {
    await writeCatalogueFile(out, document);
    io.err(`Wrote ${providerCode} version ${versionText ?? 'in force today'} to ${out}.\n`);
  } else {
    io.out(formatCatalogue(document));
  }
  return 0;
}

/** Prints why a command did not succeed and picks its exit code. */
function report(error: unknown, io: CommandIo): number {
  if (
    error instanceof UsageError ||
    (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    io.err(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (error instanceof InvalidDocumentError) {
    const errors = error.extensions.errors as { path: string; message: string }[];
    io.err(
      `${error.message}\n${errors.map((e) => `  ${e.path || '(document)'}: ${e.message}`).join('\n')}\n`,
    );
    return 1;
  }
  if (error instanceof DomainError || error instanceof CatalogueFileError) {
    io.err(`${error instanceof DomainError ? `${error.code}: ` : ''}${error.message}\n`);
    return 1;
  }
  throw error;
}

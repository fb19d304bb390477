import { parseVolumesCsv, type VolumeEntry } from '@servicekatalog/shared';
import type { ApiProblem } from '../../../lib/api-errors';

/** A refused row of the uploaded file: its line and the key under `manager.agreements.volumes` that words why. */
export interface RowProblem {
  line: number;
  key: string;
}

const API_CODES = ['OUTSIDE_AGREEMENT', 'UNKNOWN_DRIVER', 'NOT_WHOLE', 'DUPLICATE_ENTRY', 'BAD_MONTH'];

/**
 * Reads the uploaded file with the shared parser: either every entry (to send in one batch) or every
 * refused row by its line (and then nothing is sent).
 */
export function readVolumesFile(text: string): { entries: VolumeEntry[]; problems: RowProblem[] } {
  const parsed = parseVolumesCsv(text);
  return {
    entries: parsed.entries,
    problems: parsed.problems.map((problem) => ({ line: problem.line, key: `code.${problem.code}` })),
  };
}

/**
 * The API's problems with a batch sent from a file, by the file's line: entry i came from data row
 * i, on line i + 2 (line 1 is the header, and the parser accepts no blank rows in between).
 */
export function apiRowProblems(problems: readonly ApiProblem[]): RowProblem[] {
  return problems.map((problem) => {
    const index = /^entries\[(\d+)\]/.exec(problem.path)?.[1];
    const code =
      typeof problem.code === 'string' && API_CODES.includes(problem.code) ? problem.code : 'other';
    return { line: index === undefined ? 0 : Number(index) + 2, key: `apiCode.${code}` };
  });
}

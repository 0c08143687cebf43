/**
 * Spreadsheets as newsrooms export them: CSV (RFC 4180) and TSV (as Google Sheets, Excel and
 * LibreOffice copy cells), read into rows of cells, then into records by their header row. Pure
 * functions, shared by the widgets that take a `src` sheet and by the builder page.
 */
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import { addProblem, type Problem } from './problems.js';

/** The delimiters read: a comma (CSV) or a tab (TSV). */
export type SheetDelimiter = ',' | '\t';

/**
 * Rows of cells, as the sheet has them: quoted fields may hold delimiters, doubled quotes and line
 * breaks; CRLF and a byte-order mark are accepted. Without `delimiter`, it is sniffed (sniffDelimiter). Row `i` is the spreadsheet's row `i + 1`; blank lines are kept as rows
 * (of one empty cell) so that numbering holds.
 */
export function parseSheet(text: string, delimiter?: SheetDelimiter): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return (delimiter ?? sniffDelimiter(body)) === '\t' ? tsvParseRows(body) : csvParseRows(body);
}

/**
 * The delimiter of a sheet given without one: a first line with as many tabs as commas or more is
 * TSV (a header of a CSV file rarely holds a tab; one of a TSV file may hold a comma).
 */
export function sniffDelimiter(text: string): SheetDelimiter {
  const end = text.search(/\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const count = (char: string) => header.split(char).length - 1;
  const tabs = count('\t');
  return tabs > 0 && tabs >= count(',') ? '\t' : ',';
}

/** A sheet's delimiter by a `src` URL or its answer's content type, or undefined when it is no sheet (JSON). */
export function sheetDelimiterOf(src: string | undefined, contentType: string): SheetDelimiter | undefined {
  if (/^text\/tab-separated-values\b/.test(contentType)) return '\t';
  if (/^text\/csv\b/.test(contentType)) return ',';
  const path = (src ?? '').split(/[?#]/)[0].toLowerCase();
  return path.endsWith('.tsv') ? '\t' : path.endsWith('.csv') ? ',' : undefined;
}

/** A header as compared: letters and digits only, lower case ("End Year", "end_year", "endYear" are one). */
export const headerKey = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** One row of a sheet, by field, with where it came from for problems. */
export interface SheetRecord<Field extends string> {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  /** Trimmed cells by field; empty cells are left out. */
  cells: Partial<Record<Field, string>>;
}

/** Row problems reported one by one before the rest are counted in one: a broken file is not a flood. */
export const MAX_ROW_PROBLEMS = 25;

/**
 * Problems of single rows ("row 7, Headline: is missing"), put in row order by `finish`: the first
 * MAX_ROW_PROBLEMS one by one, the rest counted in one last problem.
 */
export class RowProblems {
  private readonly _found: Array<{ row: number; field?: string; message: string; value?: unknown }> = [];
  constructor(
    private readonly _problems: Problem[],
    /** The column as the sheet's header writes it, for a field. */
    private readonly _column: (field: string) => string = field => field,
    /** What a row is called: `row` in a sheet, `item` in a JSON array. */
    private readonly _rowName = 'row',
  ) {}

  add(row: number, field: string | undefined, message: string, value?: unknown): void {
    this._found.push({ row, field, message, value });
  }

  finish(): void {
    // A stable sort: a row's own problems keep the order they were found in.
    const found = this._found.sort((a, b) => a.row - b.row);
    for (const { row, field, message, value } of found.slice(0, MAX_ROW_PROBLEMS)) {
      const where = `${this._rowName} ${row}`;
      addProblem(this._problems, field === undefined ? where : `${where}, ${this._column(field)}`, message, value);
    }
    const more = found.length - MAX_ROW_PROBLEMS;
    if (more > 0) addProblem(this._problems, `${this._rowName}s`, `have ${more} more problems, not listed one by one`);
  }
}

/**
 * Reads a sheet's rows into records by its header row: headers compared by `headerKey`, matched
 * through `columns` (header key → field); unknown and repeated columns are reported once and
 * ignored, rows with more or fewer cells than the header one by one, blank rows skipped.
 * Undefined (and a problem) when no column is known.
 */
export function readSheetRecords<Field extends string>(
  rows: string[][],
  columns: Readonly<Record<string, Field>>,
  problems: Problem[],
): { records: Array<SheetRecord<Field>>; headers: Partial<Record<Field, string>>; rowProblems: RowProblems } | undefined {
  const header = rows[0] ?? [];
  const fields: Array<Field | undefined> = [];
  const headers: Partial<Record<Field, string>> = {};
  const ignored: string[] = [];
  header.forEach((name, index) => {
    const field = Object.hasOwn(columns, headerKey(name)) ? columns[headerKey(name)] : undefined;
    if (field === undefined || field in headers) {
      if (name.trim()) ignored.push(name.trim());
      return;
    }
    fields[index] = field;
    headers[field] = name.trim();
  });
  if (!Object.keys(headers).length) {
    addProblem(problems, 'header', 'names none of the known columns; nothing is read from the sheet', header.join(', '));
    return undefined;
  }
  if (ignored.length) addProblem(problems, 'header', `has columns that are not read (unknown or repeated): ${ignored.join(', ')}`);
  const rowProblems = new RowProblems(problems, field => headers[field as Field] ?? field);
  const records: Array<SheetRecord<Field>> = [];
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every(cell => !cell.trim())) return;
    if (cells.length < header.length || cells.slice(header.length).some(cell => cell.trim())) {
      rowProblems.add(row, undefined, `has ${cells.length} cells where the header has ${header.length}; cells past the header's are ignored, missing ones read as empty`);
    }
    const record: SheetRecord<Field> = { row, cells: {} };
    fields.forEach((field, column) => {
      const value = cells[column]?.trim();
      if (field !== undefined && value) record.cells[field] = value;
    });
    records.push(record);
  });
  return { records, headers, rowProblems };
}

/**
 * The data of a widget's `src` answer: a sheet read by `readSheet` when the URL or the content type
 * says CSV or TSV (its problems named `src row 7, Headline`), else JSON. Throws an Error saying
 * so when JSON was expected and the answer is not (SourceController reports it).
 */
export function readSourceAnswer<T>(
  text: string,
  src: string | undefined,
  contentType: string,
  problems: Problem[],
  readSheet: (text: string, problems: Problem[], delimiter: SheetDelimiter) => T,
): { sheet: true; data: T } | { sheet: false; data: unknown } {
  const delimiter = sheetDelimiterOf(src, contentType);
  if (delimiter) {
    const found: Problem[] = [];
    const data = readSheet(text, found, delimiter);
    problems.push(...found.map(problem => ({ ...problem, field: `src ${problem.field}` })));
    return { sheet: true, data };
  }
  try {
    return { sheet: false, data: JSON.parse(text) };
  } catch {
    throw new Error('the answer is not JSON, nor a CSV or TSV sheet by its URL or content type');
  }
}

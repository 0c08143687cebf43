/**
 * A stat group's figures from a spreadsheet (or a JSON array): one badge per row, in the badge's
 * own field names, with the header variants a newsroom sheet tends to use. Each row is checked as
 * the badge checks its attributes; a wrong cell is reported by row and column and left out, a row
 * without a number is left out, and the other rows still show.
 */
import { addProblem, type Problem } from '../core/problems.js';
import { headerKey, parseSheet, readSheetRecords, RowProblems, type SheetDelimiter } from '../core/sheet.js';
import { parseStatBadge } from '../stat-badge/stat-badge.model.js';

/** The fields of one badge, as its attributes take them (by property name: `asOf` is `as-of`). */
export interface StatBadgeData {
  value?: string;
  currency?: string;
  unit?: string;
  label?: string;
  notation?: string;
  precision?: string;
  asOf?: string;
  change?: string;
  changeKind?: string;
  changePeriod?: string;
  goodDirection?: string;
  source?: string;
  sourceUrl?: string;
  sparkline?: string;
}
type StatField = keyof StatBadgeData | 'measure';

/** Header variants (compared by headerKey) → field. `measure` is a "currency or unit" column. */
const STAT_COLUMNS: Record<string, StatField> = {};
const variants: Record<StatField, string[]> = {
  value: ['value', 'figure', 'number', 'amount'],
  currency: ['currency', 'currency code'],
  unit: ['unit', 'units'],
  measure: ['currency or unit', 'currency/unit', 'unit or currency'],
  label: ['label', 'title', 'name', 'what'],
  notation: ['notation'],
  precision: ['precision', 'decimals'],
  asOf: ['as of', 'as-of', 'date', 'year'],
  change: ['change', 'change %', 'change percent'],
  changeKind: ['change kind', 'change-kind'],
  changePeriod: ['change period', 'change-period', 'period', 'compared with'],
  goodDirection: ['good direction', 'good-direction', 'good'],
  source: ['source'],
  sourceUrl: ['source url', 'source-url', 'source link', 'url', 'link'],
  sparkline: ['sparkline', 'trend'],
};
for (const [field, names] of Object.entries(variants)) for (const name of names) STAT_COLUMNS[headerKey(name)] = field as StatField;

/**
 * Reads a sheet of figures (CSV or TSV, sniffed unless `delimiter` says) into the badges' input
 * fields, one per row with a value. Problems go to `problems` by row number and column.
 */
export function readStatSheet(text: string, problems: Problem[], delimiter?: SheetDelimiter): StatBadgeData[] {
  const sheet = readSheetRecords(parseSheet(text, delimiter), STAT_COLUMNS, problems);
  if (!sheet) return [];
  const badges = sheet.records.map(({ row, cells }) => checkBadge(row, cells, sheet.rowProblems)).filter(badge => badge !== undefined);
  sheet.rowProblems.finish();
  return badges;
}

/** JSON of figures: an array of objects (or `{ badges: [...] }`) with the same fields or headers as a sheet. */
export function readStatJson(data: unknown, problems: Problem[]): StatBadgeData[] | undefined {
  const list = Array.isArray(data) ? data : (data as { badges?: unknown } | null)?.badges;
  if (!Array.isArray(list)) {
    addProblem(problems, 'src', 'holds no array of figures (nor { "badges": [...] }); nothing is read from it');
    return undefined;
  }
  const report = new RowProblems(problems, field => field, 'item');
  const badges: StatBadgeData[] = [];
  list.forEach((item, index) => {
    const cells: Partial<Record<StatField, string>> = {};
    for (const [key, value] of Object.entries(item && typeof item === 'object' ? item : {})) {
      const field = STAT_COLUMNS[headerKey(key)];
      if (field && (typeof value === 'string' || typeof value === 'number')) cells[field] = String(value).trim();
    }
    const badge = checkBadge(index + 1, cells, report);
    if (badge) badges.push(badge);
  });
  report.finish();
  return badges;
}

/** A number as a sheet shows it: "43,820,000,000", "6.8%", "−2.1" (grouping commas, a percent sign, a true minus). */
const cleanNumber = (text: string) => {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace(/^\u2212/, '-');
  return /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, '') : compact;
};

/** One row checked as the badge would check it: a wrong cell is reported and left out; no number, no badge. */
function checkBadge(row: number, cells: Partial<Record<StatField, string>>, report: RowProblems): StatBadgeData | undefined {
  const { measure, ...fields } = cells;
  const badge: StatBadgeData = fields;
  if (measure && !badge.currency && !badge.unit) badge[/^[A-Z]{3}$/.test(measure) ? 'currency' : 'unit'] = measure;
  if (badge.value) badge.value = cleanNumber(badge.value);
  if (badge.change) badge.change = cleanNumber(badge.change);
  const found: Problem[] = [];
  parseStatBadge(badge, {}, 'en', found);
  for (const problem of found) {
    // The badge names fields by attribute (as-of); the sheet's columns are found by property (asOf).
    const field = problem.field.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof StatBadgeData;
    // The badge's own reason, without what the badge would do instead: here the cell or row goes.
    const reason = problem.message.split(';')[0].replace(/^is missing:.*/, 'is empty');
    if (field === 'value') {
      report.add(row, field, `${reason}; the row is left out`, badge.value);
      return undefined;
    }
    report.add(row, field, `${reason}; the cell is left out`, badge[field]);
    delete badge[field];
  }
  return badge;
}

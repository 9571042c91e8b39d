import type { Lang } from '../i18n/lang';
import { type TextId, text } from '../i18n/texts';
import { INDICATOR_IDS, type IndicatorValues, isIndicatorId } from '../indicators/seed';
import { isBlank, readCell } from '../read/cells';
import { locateColumns } from '../read/locate';
import type { CellValue, ReadOptions, WorkbookSource } from '../read/workbook';
import type { ColumnDef } from '../schema/sheets';
import { DAY_MS, type WallTime } from '../time/wall-time';
import { type ApprovalStatus, isApprovalStatus } from './approval';
import type { Return, ReturnCommittee, ReturnPeriod } from './return';
import { RETURN_COLUMNS } from './return-sheet';

export type ReadReturnResult =
  | { readonly ok: true; readonly ret: Return }
  | { readonly ok: false; readonly problems: readonly string[] };

const PERIOD = /^(?:(\d{4})-(\d{2})|(\d{4})-Q([1-4])|(\d{4})|ALL)$/;

function periodKind(spec: string): ReturnPeriod['kind'] | null {
  const m = PERIOD.exec(spec);
  if (!m) return null;
  if (m[1] !== undefined) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? 'month' : null;
  if (m[3] !== undefined) return 'quarter';
  if (m[5] !== undefined) return 'year';
  return 'all';
}

function numberOf(value: CellValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d+(?:[.,]\d+)?\s*$/.test(value)) {
    return Number(value.trim().replace(',', '.'));
  }
  return Number.NaN;
}

/** Each column by key (the first, as find gives it): looked up for every cell of every row. */
const COLUMN_BY_KEY = new Map<string, ColumnDef>();
for (const c of RETURN_COLUMNS) if (!COLUMN_BY_KEY.has(c.key)) COLUMN_BY_KEY.set(c.key, c);

function column(key: string): ColumnDef {
  return COLUMN_BY_KEY.get(key) as ColumnDef;
}

/**
 * Reads a Return (or Returns) sheet back into a return. A return with any unreadable cell is
 * refused whole, each problem named by sheet, row and column: half a return would be wrong figures.
 */
export function readReturnSheet(
  source: WorkbookSource,
  sheetName: string,
  options: ReadOptions,
  lang: Lang,
): ReadReturnResult {
  const values = source.values(sheetName);
  const rowNumbers = source.rowNumbers?.(sheetName);
  const header = values[0] ?? [];
  const at = locateColumns(RETURN_COLUMNS, header);
  const problems: string[] = [];
  RETURN_COLUMNS.forEach((c, i) => {
    if (c.required && at[i] === -1) {
      problems.push(text('missingColumn', lang, { sheet: sheetName, column: c.labels[lang] }));
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  // Where each column is in the sheet, by key, worked out once rather than for every cell.
  const indexByKey = new Map<string, number>();
  for (const [key, c] of COLUMN_BY_KEY) indexByKey.set(key, at[RETURN_COLUMNS.indexOf(c)] ?? -1);

  const committees = new Map<string, ReturnCommittee>();
  const periods = new Map<string, ReturnPeriod>();
  const figures = new Map<string, Map<string, IndicatorValues>>();
  const approval = new Map<string, Map<string, ApprovalStatus>>();
  let updatedAt: WallTime = Number.NEGATIVE_INFINITY;

  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((cell) => isBlank(cell))) continue;
    const rowNumber = rowNumbers?.[r] ?? r + 1;
    const cell = (key: string): CellValue => {
      const index = indexByKey.get(key) ?? -1;
      return index < 0 ? null : row[index];
    };
    const fail = (key: string, expected: TextId) => {
      problems.push(
        text('returnBadCell', lang, {
          sheet: sheetName,
          row: rowNumber,
          column: column(key).labels[lang],
          expected: text(expected, lang),
          value: String(cell(key) ?? ''),
        }),
      );
    };
    const read = (key: string, expected: TextId) => {
      const result = readCell(column(key), cell(key), options);
      if (!result.ok) fail(key, expected);
      return result.ok ? result.value : null;
    };
    const id = read('committeeId', 'expectCommitteeId') as string | null;
    const region = read('region', 'expectRegion') as string | null;
    const from = read('from', 'expectDate') as number | null;
    const to = read('to', 'expectDate') as number | null;
    const updated = read('updatedAt', 'expectDate') as number | null;
    const spec = String(cell('period') ?? '')
      .trim()
      .toUpperCase()
      .replace('ALL', 'all');
    const kind = periodKind(spec.toUpperCase());
    if (kind === null) fail('period', 'expectPeriod');
    const indicator = String(cell('indicator') ?? '').trim();
    if (!isIndicatorId(indicator)) fail('indicator', 'expectIndicator');
    const value = numberOf(cell('value'));
    if (!Number.isFinite(value) || value < 0) fail('value', 'expectValue');
    const approvalText = String(cell('approval') ?? '')
      .trim()
      .toLowerCase();
    if (approvalText !== '' && !isApprovalStatus(approvalText)) fail('approval', 'expectApproval');
    if (problems.length > 0) continue;
    if (id === null || from === null || to === null || updated === null || kind === null) continue;
    if (!isIndicatorId(indicator)) continue;

    if (!committees.has(id)) {
      committees.set(id, {
        id,
        name: String(cell('committeeName') ?? '').trim(),
        region,
        district: isBlank(cell('district')) ? null : String(cell('district')).trim(),
      });
      figures.set(id, new Map());
      approval.set(id, new Map());
    }
    if (!periods.has(spec)) periods.set(spec, { spec, kind, from, to: to + DAY_MS });
    const byPeriod = figures.get(id) as Map<string, IndicatorValues>;
    let found = byPeriod.get(spec);
    if (!found) {
      found = {} as IndicatorValues;
      for (const key of INDICATOR_IDS) found[key] = 0;
      byPeriod.set(spec, found);
    }
    found[indicator] = value;
    if (kind === 'month') {
      const status = approvalText === '' ? 'open' : approvalText;
      if (isApprovalStatus(status)) approval.get(id)?.set(spec, status);
    }
    if (updated > updatedAt) updatedAt = updated;
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    ret: {
      updatedAt: Number.isFinite(updatedAt) ? updatedAt : 0,
      committees: [...committees.values()],
      periods: [...periods.values()],
      figures,
      approval,
    },
  };
}

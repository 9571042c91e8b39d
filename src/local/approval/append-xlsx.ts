import type * as ExcelJS from 'exceljs';
import type { ApprovalPlan } from '../../core/approval/plan';
import {
  approvalCells,
  columnPositions,
  figureCells,
  layoutRow,
  type OutCell,
} from '../../core/approval/rows';
import type { Lang } from '../../core/i18n/lang';
import { locateSheets } from '../../core/read/locate';
import type { ApprovalSheetKey, ColumnDef } from '../../core/schema/sheets';
import { SHEETS } from '../../core/schema/sheets';
import { compactValidations, type ValidationModel } from './compact-validations';
import { withValidationsByReference } from './validations-by-reference';

const DATETIME_FORMAT = 'dd.mm.yyyy hh:mm';

/** What was appended where: the sheet's name and how many rows, for the check after writing. */
export interface Appended {
  readonly sheet: string;
  readonly rows: readonly (readonly OutCell[])[];
}

function excelValue(cell: OutCell): ExcelJS.CellValue {
  // An .xlsx date has no zone: its UTC fields are the workbook's wall clock (DESIGN §2).
  if (typeof cell === 'object') return new Date(cell.wall);
  return cell === '' ? null : cell;
}

function sheetFor(
  workbook: ExcelJS.Workbook,
  key: ApprovalSheetKey,
  lang: Lang,
): { sheet: ExcelJS.Worksheet; positions: number[] } {
  const name = locateSheets(workbook.worksheets.map((w) => w.name))[key];
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  let sheet = name === undefined ? undefined : workbook.getWorksheet(name);
  if (!sheet) {
    sheet = workbook.addWorksheet(SHEETS[key].labels[lang], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow(columns.map((column) => column.labels[lang])).font = { bold: true };
  }
  // exceljs's row values are 1-based: index 0 is always empty.
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => v ?? '');
  const positions = columnPositions(key, header);
  columns.forEach((column, i) => {
    const at = positions[i] as number;
    if (at >= header.length) sheet.getRow(1).getCell(at + 1).value = column.labels[lang];
  });
  return { sheet, positions };
}

function append(
  workbook: ExcelJS.Workbook,
  key: ApprovalSheetKey,
  lang: Lang,
  cells: readonly Record<string, OutCell>[],
): Appended | null {
  if (cells.length === 0) return null;
  const { sheet, positions } = sheetFor(workbook, key, lang);
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const rows = cells.map((c) => layoutRow(c, key, positions));
  // After the last row holding anything (exceljs's rowCount counts formatted empty rows too).
  let last = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  while (last > 1 && !sheet.getRow(last).hasValues) last--;
  rows.forEach((row, r) => {
    const target = sheet.getRow(last + 1 + r);
    row.forEach((cell, c) => {
      const out = target.getCell(c + 1);
      out.value = excelValue(cell);
      const column = columns[positions.indexOf(c)];
      if (column?.type === 'datetime') out.numFmt = DATETIME_FORMAT;
    });
    target.commit();
  });
  return { sheet: sheet.name, rows };
}

/**
 * Writes to `target` the workbook at `path` with the plan's rows appended to Approvals and
 * Approved figures (each made, headed in `lang`, when missing). Every other cell is copied as
 * exceljs read it; the caller reads the result back to prove it.
 */
export async function writeWithApprovals(
  path: string,
  target: string,
  plan: ApprovalPlan,
  lang: Lang,
): Promise<Appended[]> {
  // Loaded here: only approve writes into an existing workbook. Its Workbook only: all of
  // exceljs (its streaming reader and writer) is twice the modules to load.
  const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
  const workbook = new Workbook();
  await withValidationsByReference(() => workbook.xlsx.readFile(path));
  const appended = [
    append(
      workbook,
      'approvals',
      lang,
      plan.approvals.map((e) => approvalCells(e, lang)),
    ),
    append(workbook, 'approvedFigures', lang, plan.figures.map(figureCells)),
  ].filter((a): a is Appended => a !== null);
  for (const sheet of workbook.worksheets) {
    // exceljs's typings leave out the validations it keeps per sheet.
    const { dataValidations } = sheet as unknown as { dataValidations: { model: ValidationModel } };
    dataValidations.model = compactValidations(dataValidations.model);
  }
  await workbook.xlsx.writeFile(target);
  return appended;
}

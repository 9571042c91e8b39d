import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoRows, buildDemoSheets, demoFindings } from '../../../../src/core/demo';
import type { CellValue } from '../../../../src/core/read/workbook';
import { DATA_SHEETS, type DataSheetKey, SHEETS } from '../../../../src/core/schema/sheets';
import { run } from '../../../../src/local/cli/main';
import { captureOutput } from '../../capture';
import { type CellSpec, rowXml, sheetXml, writeWorkbook } from '../../xlsx/corpus';
import { writtenByKorgoo } from '../../xlsx/written';

/**
 * `validate` and `report` JSON say where every row of every sheet went: inFile = kept +
 * withErrors + blank. On the demo (its deliberate mistakes are the rows with errors) and on the
 * demo with hostile rows below each sheet's: blank rows left out of the file, a row of formulas
 * never computed, a row of empty strings, a row whose first cell is a #DIV/0!.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-rows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

function cellSpec(cell: CellValue): CellSpec {
  if (cell instanceof Date) return { xml: `<c s="1"><v>${(cell.getTime() - EPOCH) / DAY}</v></c>` };
  if (cell === '' || cell === null) return null;
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  return String(cell);
}

/** The rows of the demo sheet that hold one of its deliberate errors. */
function demoErrorRows(sheet: DataSheetKey): number {
  const rows = demoFindings()
    .filter((finding) => finding.sheet === sheet && finding.severity === 'error')
    .map((finding) => finding.row);
  return new Set(rows).size;
}

/** What `rows` must say for a sheet of the demo, plus what the hostile rows add. */
function expectedRows(sheet: DataSheetKey, hostile: boolean) {
  const demo = (buildDemoRows('en')[sheet] ?? []).length;
  const errors = demoErrorRows(sheet);
  return {
    sheet,
    inFile: demo + (hostile ? 6 : 0),
    kept: demo - errors,
    withErrors: errors + (hostile ? 2 : 0),
    blank: hostile ? 4 : 0,
  };
}

/** The demo sheet, then 3 rows missing from the file, formulas, empty strings, a #DIV/0!. */
function hostileSheet(rows: readonly (readonly CellValue[])[]): string {
  const last = rows.length;
  const first = rows[1] ?? [];
  const uncomputed = first.map(
    (_, i): CellSpec => (i < 3 ? { xml: '<c><f>A2&amp;"x"</f></c>' } : null),
  );
  const empties = first.map((): CellSpec => ({ xml: '<c t="inlineStr"><is><t></t></is></c>' }));
  const divided = first.map(
    (cell, i): CellSpec =>
      i === 0 ? { xml: '<c t="e"><f>1/0</f><v>#DIV/0!</v></c>' } : cellSpec(cell),
  );
  return sheetXml(
    [
      ...rows.map((row, i) => rowXml(i + 1, row.map(cellSpec))),
      rowXml(last + 4, uncomputed),
      rowXml(last + 5, empties),
      rowXml(last + 6, divided),
    ].join(''),
  );
}

async function rowsJson(path: string): Promise<{ validate: unknown; report: unknown }> {
  const validate = captureOutput();
  await run(['validate', path, '--format', 'json', '--lang', 'en'], validate);
  const report = captureOutput();
  expect(await run(['report', path, '--format', 'json', '--period', 'all'], report)).toBe(0);
  return {
    validate: JSON.parse(validate.stdout.join('\n')).rows,
    report: JSON.parse(report.stdout.join('\n')).rows,
  };
}

let demo: { validate: unknown; report: unknown };
let hostile: { validate: unknown; report: unknown };
beforeAll(async () => {
  demo = await rowsJson(await writtenByKorgoo('demo', 'en', buildDemoRows('en')));
  const sheets = buildDemoSheets('en');
  const hostilePath = writeWorkbook(join(dir, 'hostile.xlsx'), {
    sheets: DATA_SHEETS.map((key) => [SHEETS[key].labels.en, hostileSheet(sheets[key])]),
    styles: [0, 14],
  });
  hostile = await rowsJson(hostilePath);
}, 60_000);

describe.each(DATA_SHEETS)('rows of the %s sheet in validate and report JSON', (sheet) => {
  const name = SHEETS[sheet].labels.en;

  test('on the demo: every row kept but those with its deliberate errors', () => {
    const expected = expectedRows(sheet, false);
    expect(expected.inFile).toBeGreaterThan(0);
    expect(demo.validate).toHaveProperty([name], expected);
    expect(demo.report).toHaveProperty([name], expected);
  });

  test('with hostile rows: rows left out of the file and empty strings blank, formulas and #DIV/0! with errors', () => {
    const expected = expectedRows(sheet, true);
    expect(hostile.validate).toHaveProperty([name], expected);
    expect(hostile.report).toHaveProperty([name], expected);
    expect(expected.inFile).toBe(expected.kept + expected.withErrors + expected.blank);
  });
});

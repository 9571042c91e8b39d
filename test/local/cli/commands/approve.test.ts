import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { ApprovalPlan } from '../../../../src/core/approval/plan';
import { buildDemoRows } from '../../../../src/core/demo';
import { INDICATOR_IDS } from '../../../../src/core/indicators/seed';
import type { WorkbookSource } from '../../../../src/core/read/workbook';
import { CHOICES } from '../../../../src/core/schema/choices';
import type { ColumnDef } from '../../../../src/core/schema/sheets';
import { SHEETS } from '../../../../src/core/schema/sheets';
import { wallTime } from '../../../../src/core/time/wall-time';
import { replaceWithApprovals } from '../../../../src/local/approval/replace-file';
import { withValidationsByReference } from '../../../../src/local/approval/validations-by-reference';
import { run } from '../../../../src/local/cli/main';
import { MAX_CELLS, readXlsx } from '../../../../src/local/xlsx/read-xlsx';
import type { SheetRows } from '../../../../src/local/xlsx/write-xlsx';
import { captureOutput } from '../../capture';
import { Workbook } from '../../exceljs';
import { writtenByKorgoo } from '../../xlsx/written';

let dir: string;
/** The demo workbook, written once: each test approves in its own copy. */
let demo: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-approve-'));
  demo = await writtenByKorgoo('demo', 'ru', buildDemoRows('ru'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
async function demoFile(extra: SheetRows = {}): Promise<string> {
  count += 1;
  const path = join(dir, `demo-${count}.xlsx`);
  // The demo with other rows is written once too, and kept between runs.
  const rows = { ...buildDemoRows('ru'), ...extra };
  copyFileSync(
    Object.keys(extra).length === 0 ? demo : await writtenByKorgoo('demo-extra', 'ru', rows),
    path,
  );
  return path;
}

async function korgoo(...argv: string[]) {
  const output = captureOutput();
  const code = await run(argv, output);
  return { code, ...output };
}

async function reportJson(path: string, period: string) {
  const result = await korgoo('report', path, '--period', period, '--format', 'json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout.join('\n')) as {
    indicators: Record<string, number>;
    approval?: Record<string, { status: string; by: string; at: string }>;
    revisions?: Record<string, Record<string, { approved: number; current: number }>>;
  };
}

/** Adds a September training of ANAN to the Events sheet, as someone would in Excel. */
async function addSeptemberTraining(path: string): Promise<void> {
  const workbook = new Workbook();
  // Its dropdowns read by range, as approve reads them, not as 130,000 cells one by one.
  await withValidationsByReference(() => workbook.xlsx.readFile(path));
  const sheet = workbook.getWorksheet(SHEETS.events.labels.ru);
  if (!sheet) throw new Error('no Events sheet');
  const cells: Record<string, ExcelJS.CellValue> = {
    eventId: 'EV-999999',
    committeeId: 'ANAN',
    date: new Date(Date.UTC(2026, 8, 15)),
    type: CHOICES.eventType.find((c) => c.key === 'training')?.labels.ru ?? 'training',
    participants: 9,
    source: CHOICES.eventSource.find((c) => c.key === 'manual')?.labels.ru ?? 'manual',
  };
  sheet.addRow((SHEETS.events.columns as readonly ColumnDef[]).map((c) => cells[c.key] ?? null));
  await workbook.xlsx.writeFile(path);
}

/** Every sheet's cells as plain comparable values. */
async function allCells(path: string): Promise<Record<string, unknown[][]>> {
  const source = await readXlsx(path, undefined, MAX_CELLS, true);
  const result: Record<string, unknown[][]> = {};
  for (const name of source.sheetNames()) {
    result[name] = source
      .values(name)
      .map((row) => Array.from(row ?? [], (c) => (c instanceof Date ? c.getTime() : (c ?? ''))));
  }
  return result;
}

describe('the demo: approve, then a late September event is a revision', () => {
  test('korgoo approve --month 2026-09, an event added, report --period 2026-09', async () => {
    const path = await demoFile();
    const approved = await korgoo(
      'approve',
      path,
      '--month',
      '2026-09',
      '--by',
      'aida@example.org',
    );
    // KANT's September still has open errors: refused with the reason, the others approved.
    expect(approved.code).toBe(1);
    expect(approved.stderr.join('\n')).toContain('KANT: в месяце есть ошибки');
    expect(approved.stdout.join('\n')).toContain('ANAN');
    const before = await reportJson(path, '2026-09');
    expect(before.approval?.ANAN).toEqual({
      status: 'approved',
      by: 'aida@example.org',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
    });
    expect(before.approval?.KANT?.status).toBe('open');
    expect(before.revisions).toEqual({});

    await addSeptemberTraining(path);
    const after = await reportJson(path, '2026-09');
    const trainings = before.indicators.trainings ?? 0;
    expect(after.indicators.trainings).toBe(trainings + 1);
    expect(after.revisions?.ANAN?.trainings?.current).toBe(
      (after.revisions?.ANAN?.trainings?.approved ?? 0) + 1,
    );
    expect(after.revisions?.ANAN?.training_participants).toBeDefined();
    expect(Object.keys(after.revisions ?? {})).toEqual(['ANAN']);
    // Other periods carry no month close.
    const quarter = await reportJson(path, '2026-Q3');
    expect(quarter.approval).toBeUndefined();
    // The table says it too.
    const table = await korgoo('report', path, '--period', '2026-09', '--lang', 'en');
    expect(table.stdout.join('\n')).toMatch(/ANAN\s+Training/);
  }, 60_000);
});

describe('korgoo approve never loses data', () => {
  test('keeps every other cell of every sheet, and the previous file as FILE.xlsx.bak', async () => {
    const path = await demoFile();
    const original = readFileSync(path);
    const cellsBefore = await allCells(path);
    const result = await korgoo(
      'approve',
      path,
      '--month',
      '2026-10',
      '--committee',
      'ANAN',
      '--committee',
      'baly',
      '--by',
      'x',
    );
    expect(result.code).toBe(0);
    expect(readFileSync(`${path}.bak`).equals(original)).toBe(true);
    const cellsAfter = await allCells(path);
    expect(Object.keys(cellsAfter)).toEqual(Object.keys(cellsBefore));
    const approvals = SHEETS.approvals.labels.ru;
    const figures = SHEETS.approvedFigures.labels.ru;
    for (const name of Object.keys(cellsBefore)) {
      if (name === approvals || name === figures) continue;
      expect([name, cellsAfter[name]]).toEqual([name, cellsBefore[name]]);
    }
    // The two owned sheets: their header kept, exactly the new rows after it.
    expect(cellsAfter[approvals]?.[0]).toEqual(cellsBefore[approvals]?.[0]);
    expect(cellsAfter[approvals]?.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['2026-10', 'ANAN', 'Утверждён', 'x'],
      ['2026-10', 'BALY', 'Утверждён', 'x'],
    ]);
    expect(cellsAfter[figures]).toHaveLength(1 + 2 * INDICATOR_IDS.length);
    expect(readFileSync(path).equals(original)).toBe(false);
  }, 60_000);

  test('exit 2 when the file cannot be replaced, the original left as it was', async () => {
    const path = await demoFile();
    const original = readFileSync(path);
    // A folder where the backup must go: the backup cannot be made, so nothing is replaced.
    mkdirSync(`${path}.bak`);
    const result = await korgoo(
      'approve',
      path,
      '--month',
      '2026-10',
      '--committee',
      'ANAN',
      '--lang',
      'en',
    );
    expect(result.code).toBe(2);
    expect(result.stderr.join('\n')).toContain(`The file ${path} was left as it was`);
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(() => readFileSync(`${path}.new.xlsx`)).toThrow();
  }, 60_000);

  test('a workbook changed since approve read it is left as it was, nothing written beside it', async () => {
    const path = await demoFile();
    const original = readFileSync(path);
    const read = await readXlsx(path, undefined, MAX_CELLS, true);
    // As read before someone added an event in Excel: the file now holds a row the read does not.
    const events = SHEETS.events.labels.ru;
    const before: WorkbookSource = {
      sheetNames: () => read.sheetNames(),
      values: (name) => (name === events ? read.values(name).slice(0, -1) : read.values(name)),
      rowNumbers: (name) => {
        const numbers = read.rowNumbers?.(name) ?? [];
        return name === events ? numbers.slice(0, -1) : numbers;
      },
    };
    const plan: ApprovalPlan = {
      approvals: [
        {
          month: '2026-10',
          committeeId: 'ANAN',
          status: 'approved',
          by: 'x',
          at: wallTime(2026, 11, 1, 9, 0),
          note: '',
        },
      ],
      figures: [],
      refusals: [],
    };
    await expect(replaceWithApprovals(path, before, plan, 'ru')).rejects.toMatchObject({
      step: 'check',
      detail: expect.stringContaining(`sheet ${events}, row`),
    });
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(() => readFileSync(`${path}.bak`)).toThrow();
    expect(() => readFileSync(`${path}.new.xlsx`)).toThrow();
  }, 60_000);

  test('a refused action writes nothing: return without a note', async () => {
    const path = await demoFile();
    const original = readFileSync(path);
    const result = await korgoo(
      'approve',
      path,
      '--month',
      '2026-10',
      '--committee',
      'ANAN',
      '--return',
      '--lang',
      'en',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      'ANAN: a note is needed: what to fix, or why the month is reopened.',
      'Nothing written.',
    ]);
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(() => readFileSync(`${path}.bak`)).toThrow();
  }, 60_000);
});

describe('korgoo approve: return, reopen, approve again', () => {
  test('each step is one more Approvals row, and the report shows the last', async () => {
    const path = await demoFile();
    const month = ['--month', '2026-10', '--committee', 'ANAN', '--lang', 'en'];
    expect(
      (
        await korgoo(
          'approve',
          path,
          ...month,
          '--return',
          '--note',
          'Participants missing',
          '--by',
          'a',
        )
      ).code,
    ).toBe(0);
    expect((await reportJson(path, '2026-10')).approval?.ANAN?.status).toBe('returned');
    expect((await korgoo('approve', path, ...month, '--by', 'a')).code).toBe(0);
    const reopen = await korgoo('approve', path, ...month, '--reopen', '--by', 'b');
    expect(reopen.code).toBe(1);
    expect(reopen.stderr[0]).toContain('a note is needed');
    expect(
      (await korgoo('approve', path, ...month, '--reopen', '--note', 'late report', '--by', 'b'))
        .code,
    ).toBe(0);
    expect((await reportJson(path, '2026-10')).approval?.ANAN).toMatchObject({
      status: 'reopened',
      by: 'b',
    });
    expect((await korgoo('approve', path, ...month, '--by', 'c')).code).toBe(0);
    const last = await reportJson(path, '2026-10');
    expect(last.approval?.ANAN).toMatchObject({ status: 'approved', by: 'c' });
    expect(last.revisions).toEqual({});
  }, 120_000);

  test('a coordinator outside their scope is refused', async () => {
    const path = await demoFile({
      coordinators: [['naryn@example.org', 'Областной', 'Нарынская область', '', 'да']],
    });
    const result = await korgoo(
      'approve',
      path,
      '--month',
      '2026-10',
      '--committee',
      'ANAN',
      '--by',
      'naryn@example.org',
      '--lang',
      'en',
    );
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toBe(
      'ANAN: naryn@example.org is not listed on the Coordinators sheet for this committee.',
    );
  }, 60_000);
});

describe('korgoo init', () => {
  test('makes Approvals, Approved figures and Coordinators, headed in the chosen language', async () => {
    const path = join(dir, 'empty-ky.xlsx');
    expect((await korgoo('init', path, '--lang', 'ky')).code).toBe(0);
    const source = await readXlsx(path, undefined, MAX_CELLS, true);
    for (const key of ['approvals', 'approvedFigures', 'coordinators'] as const) {
      expect(source.values(SHEETS[key].labels.ky)[0]).toEqual(
        SHEETS[key].columns.map((c) => c.labels.ky),
      );
    }
  });
});

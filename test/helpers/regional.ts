/**
 * A regional workbook as "Update roll-up" leaves it: no committees of its own; Returns holding
 * the returns of the demo's three regions (Chui, Issyk-Kul, Naryn); Sources listing them, the
 * Naryn read failing today (its last good return, from yesterday, kept), Talas active but never
 * read, Batken switched off.
 */
import { sheetsSource, splitByRegion } from '../../bench/split-by-region';
import { type Analysis, analyse } from '../../src/core/analyse';
import { buildDemoSheets, DEMO_TIME_ZONE, DEMO_TODAY } from '../../src/core/demo';
import type { Lang } from '../../src/core/i18n/lang';
import { parseDateText } from '../../src/core/read/cells';
import type { CellValue, WorkbookSource } from '../../src/core/read/workbook';
import type { ApprovalOf } from '../../src/core/rollup/approval';
import { buildReturn } from '../../src/core/rollup/return';
import { returnLines, returnRows } from '../../src/core/rollup/return-sheet';
import { ALL_SHEETS, SHEETS, type SheetKey } from '../../src/core/schema/sheets';
import { DAY_MS, type WallTime } from '../../src/core/time/wall-time';

export const REGIONAL_TODAY = parseDateText(DEMO_TODAY) as WallTime;
export const REGIONAL_OPTIONS = { timeZone: DEMO_TIME_ZONE, dates: 'wall' } as const;
const HOUR = 3_600_000;

export type Rows = Partial<Record<SheetKey, CellValue[][]>>;

export interface RegionalFixture {
  /** Data rows by sheet, no header (what writeXlsx takes). */
  readonly rows: Rows;
  /** The three source workbooks, analysed: what `korgoo report` over their files adds up. */
  readonly parts: readonly Analysis[];
  readonly labels: readonly string[];
}

/** October 2026 approved for every committee of Chui, open elsewhere. */
const chuiApproved: ApprovalOf = (month) => (month === '2026-10' ? 'approved' : 'open');

export function regionalFixture(lang: Lang = 'en'): RegionalFixture {
  const today = REGIONAL_TODAY;
  const parts = splitByRegion(
    buildDemoSheets('en'),
    [['chui'], ['issyk_kul'], ['naryn']],
    REGIONAL_OPTIONS,
    today,
  ).map((part) => analyse(sheetsSource(part), REGIONAL_OPTIONS, today));
  const labels = ['Chui', 'Issyk-Kul', 'Naryn'];
  const readAt = [today + 8 * HOUR, today + 8 * HOUR, today - DAY_MS + 8 * HOUR];
  const returns: CellValue[][] = parts.flatMap((part, i) => {
    const made = readAt[i] as number;
    const ret = buildReturn(part.dataset, made, i === 0 ? chuiApproved : undefined);
    return returnRows(returnLines(ret), lang, (wall) => new Date(wall)).map((row) => [
      ...row,
      labels[i] as string,
      new Date(made),
    ]);
  });
  const read = (i: number) => `Read: ${parts[i]?.dataset.committees.length} committees`;
  const sources: CellValue[][] = [
    [
      'book-chui',
      'Chui',
      '',
      'Yes',
      read(0),
      new Date(readAt[0] as number),
      new Date(readAt[0] as number),
    ],
    [
      'https://docs.google.com/spreadsheets/d/book-issyk_kul/edit',
      'Issyk-Kul',
      '',
      'Yes',
      read(1),
      new Date(readAt[1] as number),
      new Date(readAt[1] as number),
    ],
    [
      'book-naryn',
      'Naryn',
      '',
      'Yes',
      'The source "Naryn" was not read; its last good rows stay (1): the spreadsheet cannot be opened: no access',
      new Date(readAt[2] as number),
      new Date(today + 8 * HOUR),
    ],
    ['book-talas', 'Talas', '', 'Yes', '', null, null],
    ['book-batken', 'Batken', '', 'No', '', null, null],
  ];
  return { rows: { returns, sources }, parts, labels };
}

/** The rows as a workbook source: every sheet of the schema, its header in `lang`. */
export function rowsSource(rows: Rows, lang: Lang): WorkbookSource {
  const byName = new Map(
    ALL_SHEETS.map((key) => [
      SHEETS[key].labels[lang],
      [SHEETS[key].columns.map((c) => c.labels[lang]) as CellValue[], ...(rows[key] ?? [])],
    ]),
  );
  return {
    sheetNames: () => [...byName.keys()],
    values: (name) => (byName.get(name) ?? []).map((row) => [...row]),
  };
}

/** The rows analysed as the sidebar and the digest analyse a workbook, on the demo's day. */
export function analyseRows(rows: Rows, lang: Lang = 'en'): Analysis {
  return analyse(rowsSource(rows, lang), REGIONAL_OPTIONS, REGIONAL_TODAY);
}

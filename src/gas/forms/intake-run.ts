/**
 * One execution's intake on SpreadsheetApp, its read side: the sheets found once, the canonical
 * sheet a response goes to read as the plan needs it (header, key columns, the rows near its
 * day, the first free row), and the rows of a response sheet as candidates.
 */
import { responseFingerprint } from '../../core/forms/fingerprint';
import type { CanonicalSheet, MappedRow } from '../../core/forms/map-response';
import type { FormKind } from '../../core/forms/spec';
import type { Lang } from '../../core/i18n/lang';
import { CHECK_SCOPE } from '../../core/intake/check-scope';
import type { ScannedRow } from '../../core/intake/choose';
import { keyColumnOf, type SheetLayout, sheetLayout } from '../../core/intake/layout';
import type { IntakeCandidate, IntakeClock } from '../../core/intake/plan';
import { sameDayWindow } from '../../core/intake/repeat-window';
import type { IntakeReader, TargetSheet } from '../../core/ports/intake-reader';
import type { SettingsStore } from '../../core/ports/settings';
import { isBlank, isEmptyRow } from '../../core/read/cells';
import type { CellValue } from '../../core/read/workbook';
import { readColumnsInto, readHead } from '../read-columns';
import { type GasSheetWriter, gasSheetWriter } from '../sheet-writer';
import { firstFreeRow } from './free-row';
import type { IntakeLedger } from './intake-ledger';
import { ensureStatusColumn, isTakenIn } from './response-sheet';
import { SheetsOnce } from './sheets-once';
import { type FormIds, formIds } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** No sheet's name: a sheet name cannot hold a control character. */
const SUBMITTED_SHEET = '\u0000submitted';

/**
 * One execution's intake: its sheets found once, its clock, its reader and writer. The
 * sheets it opened stay known by name, for the writer and for the check of new rows.
 */
export class IntakeRun implements IntakeReader {
  readonly sheets: SheetsOnce;
  readonly clock: IntakeClock;
  private readonly byName = new Map<string, Sheet>();
  private readonly kinds = new Map<string, FormKind>();
  /** The canonical sheets opened, with what the check of their new rows needs. */
  readonly opened = new Map<string, OpenTarget>();
  readonly writer: GasSheetWriter;
  private ids: FormIds | null = null;
  /** Candidates whose sheet the writer knows by another key than its name (keyOf). */
  private readonly keys = new Map<IntakeCandidate, string>();

  constructor(
    readonly spreadsheet: Spreadsheet,
    readonly lang: Lang,
    readonly ledger: IntakeLedger,
    now: number,
    /** The settings, read once in this run (taken under the lock: the counters are current). */
    readonly store: SettingsStore,
  ) {
    this.sheets = new SheetsOnce(spreadsheet, lang);
    this.clock = { nowMs: now, timeZone: spreadsheet.getSpreadsheetTimeZone() };
    this.writer = gasSheetWriter((name) => this.sheetNamed(name));
  }

  /** The form's id as Korgoo keeps it (a fingerprint's first part). */
  formIdOf(kind: FormKind): string {
    this.ids ??= formIds(this.store);
    return this.ids[kind] ?? kind;
  }

  sheetNamed(name: string): Sheet {
    const sheet = this.byName.get(name);
    if (!sheet) throw new Error(`sheet ${name} not open in this run`);
    return sheet;
  }

  /** Makes a sheet known by its name (response sheets, canonical sheets). */
  open(sheet: Sheet, name: string = this.sheets.nameOf(sheet)): string {
    this.byName.set(name, sheet);
    return name;
  }

  /**
   * The submitted response's candidate: its sheet known to the writer by a key of its own,
   * its name asked only when a text says it (a pending response's Log line), not to write.
   */
  submitted(sheet: Sheet, fields: Omit<IntakeCandidate, 'sheetName'>): IntakeCandidate {
    const sheets = this.sheets;
    const candidate: IntakeCandidate = {
      ...fields,
      get sheetName() {
        return sheets.nameOf(sheet);
      },
    };
    this.keys.set(candidate, this.open(sheet, SUBMITTED_SHEET));
    return candidate;
  }

  /** The key the writer knows the candidate's sheet by. */
  keyOf(candidate: IntakeCandidate): string {
    return this.keys.get(candidate) ?? candidate.sheetName;
  }

  /** A response sheet of a Korgoo form, to scan with responseRows. */
  openResponses(sheet: Sheet, kind: FormKind): string {
    const name = this.open(sheet);
    this.kinds.set(name, kind);
    return name;
  }

  targetSheet(key: CanonicalSheet, rows: readonly MappedRow[]): TargetSheet {
    const opened = openTarget(this, key, rows);
    this.opened.set(opened.target.name, opened);
    return opened.target;
  }

  responseRows(sheetName: string): readonly ScannedRow[] {
    return scanResponseSheet(
      this,
      this.sheetNamed(sheetName),
      this.kinds.get(sheetName) as FormKind,
    );
  }
}

/** A canonical sheet as the plan and the check need it, read in one block. */
export interface OpenTarget {
  readonly sheet: Sheet;
  readonly target: TargetSheet;
  readonly layout: SheetLayout;
  readonly header: CellValue[];
  readonly above: CellValue[][];
}

function openTarget(run: IntakeRun, key: CanonicalSheet, rows: readonly MappedRow[]): OpenTarget {
  const sheet = run.sheets.ensure(key, run.lang);
  const name = run.open(sheet);
  const keyColumn = keyColumnOf(key);
  const scope = CHECK_SCOPE[key];
  const read = readHead(sheet, key);
  readColumnsInto(sheet, read, [keyColumn, ...scope.own]);
  if (scope.sameDay) {
    const { day, columns } = scope.sameDay;
    const window = sameDayWindow(
      read.column(day),
      rows.map((row) => row.values[day]),
    );
    if (window) readColumnsInto(sheet, read, columns, window);
  }
  const layout = sheetLayout(key, read.header, read.lastColumn, run.lang);
  const header: CellValue[] = [...read.header];
  if (layout.missing) {
    sheet
      .getRange(1, layout.missing.firstColumn, 1, layout.missing.labels.length)
      .setValues([[...layout.missing.labels]]);
    layout.missing.labels.forEach((label, i) => {
      header[(layout.missing?.firstColumn ?? 1) - 1 + i] = label;
    });
  }
  const keys = read.column(keyColumn);
  // A row with an entry in any column read is an entry: only rows below the last one are read
  // in full to find the first free row (the ID column alone is empty on rows typed by hand).
  const entries = read.values.slice(1).map((row) => (isEmptyRow(row) ? '' : 'entry'));
  return {
    sheet,
    layout,
    header,
    above: read.values,
    target: {
      name,
      header,
      lastColumn: read.lastColumn,
      keys,
      firstFreeRow: firstFreeRow(sheet, read.lastRow, layout.width, entries),
    },
  };
}

/** Every non-blank row of a response sheet, as the plan's candidates. */
function scanResponseSheet(run: IntakeRun, sheet: Sheet, kind: FormKind): ScannedRow[] {
  const { header, statusColumn } = ensureStatusColumn(sheet, run.lang);
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  const rows = sheet.getSheetValues(2, 1, lastRow - 1, header.length) as CellValue[][];
  const sheetName = run.open(sheet);
  const formId = run.formIdOf(kind);
  const scanned: ScannedRow[] = [];
  rows.forEach((values, i) => {
    if (values.every(isBlank)) return;
    const status = values[statusColumn - 1];
    scanned.push({
      candidate: {
        kind,
        sheetName,
        row: i + 2,
        statusColumn,
        header,
        values,
        fingerprint: responseFingerprint(formId, values, statusColumn - 1),
      },
      takenIn: isTakenIn(status),
      status: String(status ?? ''),
    });
  });
  return scanned;
}

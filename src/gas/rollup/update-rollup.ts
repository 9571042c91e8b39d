import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { isBlank, readCell } from '../../core/read/cells';
import { locateColumns } from '../../core/read/locate';
import type { CellValue } from '../../core/read/workbook';
import { readReturnSheet } from '../../core/rollup/read-return';
import type { Return } from '../../core/rollup/return';
import { RETURN_COLUMNS, returnLines, returnRows } from '../../core/rollup/return-sheet';
import { asCellText } from '../../core/safe-text';
import type { ColumnDef } from '../../core/schema/sheets';
import { SHEETS } from '../../core/schema/sheets';
import { instantOfWallTime } from '../../core/time/wall-time';
import { setValuesAsText } from '../cell-text';
import { instantNow } from '../clock';
import { ensureSheet, findSheet } from '../sheet-access';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Value = string | number | boolean | Date;

const SOURCE_COLUMNS = SHEETS.sources.columns as readonly ColumnDef[];
const RETURNS_WIDTH = SHEETS.returns.columns.length;
/** Returns' Source column (0-based): right after the Return sheet's own columns. */
const SOURCE_AT = RETURN_COLUMNS.length;

export interface RollupOutcome {
  readonly active: number;
  readonly read: number;
  /** Active sources left for a later run: out of time before their turn (the clock's run). */
  readonly pending?: number;
  /** One line per source that was not read or had a committee of another source. */
  readonly notes: readonly string[];
  /** True when Sources lacks a column it needs: nothing was read or written. */
  readonly refused?: boolean;
}

function sourceColumn(key: string): ColumnDef {
  return SOURCE_COLUMNS.find((c) => c.key === key) as ColumnDef;
}

/** Google's message alone, whichever realm the error was made in. */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * The spreadsheet ID a Sources cell names: the cell itself, or the `/spreadsheets/d/ID` part of
 * a link. Null for anything else, which is then never sent to Google.
 */
export function spreadsheetIdOf(reference: string): string | null {
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(reference)?.[1];
  if (fromUrl !== undefined) return fromUrl;
  return /^[A-Za-z0-9_-]+$/.test(reference) ? reference : null;
}

/**
 * Why SpreadsheetApp could not open a source, in the workbook's language, Google's own message
 * kept. Google documents no error codes for openById and words its messages in the user's
 * language, so only the English messages it is known to give are told apart (no access; an ID
 * naming no file, as for a file deleted for good); any other says both. A file in the bin still
 * opens: its stale Return shows as late in the reporting rate.
 */
export function openFailure(error: unknown, lang: Lang): string {
  const message = messageOf(error);
  if (/do not have permission to access/i.test(message)) {
    return text('sourceForbidden', lang, { message });
  }
  if (/^(Exception: )?Unexpected error while getting the method or property open/i.test(message)) {
    return text('sourceNotFound', lang, { message });
  }
  return text('sourceNoAccess', lang, { message });
}

/** A source's Return sheet with ONE range read, as a return; or why it cannot be had. */
function readSource(
  reference: string,
  lang: Lang,
): { ok: true; ret: Return } | { ok: false; reason: string } {
  // A link is opened by its ID: openByUrl refuses a link without "/edit" or a trailing slash.
  const id = spreadsheetIdOf(reference);
  if (id === null)
    return { ok: false, reason: text('sourceBadReference', lang, { value: reference }) };
  let book: Spreadsheet;
  try {
    book = SpreadsheetApp.openById(id);
  } catch (error) {
    return { ok: false, reason: openFailure(error, lang) };
  }
  const sheet = findSheet(book, 'return', lang);
  if (!sheet) {
    return {
      ok: false,
      reason: text('sourceNoReturnSheet', lang, { sheet: SHEETS.return.labels[lang] }),
    };
  }
  const name = sheet.getName();
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const read = readReturnSheet(
    { sheetNames: () => [name], values: () => values },
    name,
    { timeZone: book.getSpreadsheetTimeZone(), dates: 'instant' },
    lang,
  );
  return read.ok ? read : { ok: false, reason: read.problems.slice(0, 3).join('; ') };
}

/**
 * Adds a source's rows to `rows`, except those of a committee an earlier source already gave
 * (`taken`: committee ID → source): each such committee is named, and its first source kept.
 */
function keepOnce(
  kept: readonly Value[][],
  label: string,
  taken: Map<string, string>,
  rows: Value[][],
  lang: Lang,
): string[] {
  const duplicates = new Set<string>();
  for (const r of kept) {
    const first = taken.get(String(r[0] ?? ''));
    if (first !== undefined && first !== label) duplicates.add(String(r[0] ?? ''));
  }
  const notes = [...duplicates].map((id) =>
    text('sourceDuplicate', lang, {
      detail: text('duplicateCommittee', lang, {
        id,
        first: taken.get(id) ?? '',
        second: label,
      }),
    }),
  );
  for (const r of kept) {
    const id = String(r[0] ?? '');
    if (duplicates.has(id)) continue;
    taken.set(id, label);
    rows.push(r);
  }
  return notes;
}

/** How the clock's run limits "Update roll-up" (the menu reads every active source). */
export interface RollupPace {
  /** True for a source already tried (read or not) today: it is not opened again today. */
  readonly triedToday?: (checkedAt: CellValue) => boolean;
  /** True once the run must stop opening sources (Apps Script's 6-minute limit). */
  readonly outOfTime?: () => boolean;
}

/**
 * "Update roll-up": each active source's Return replaces its rows in Returns. A source that
 * cannot be read keeps its last good rows, so a closed door upstream never empties a region's
 * figures; a committee already taken from an earlier source is left out and named. Sources'
 * State and Read at say what happened to each row. Reads: Sources, Returns, one range per source.
 */
export function updateRollup(
  spreadsheet: Spreadsheet,
  lang: Lang,
  pace: RollupPace = {},
): RollupOutcome {
  const sourcesSheet = ensureSheet(spreadsheet, 'sources', lang);
  const returnsSheet = ensureSheet(spreadsheet, 'returns', lang);
  const sources = sourcesSheet.getDataRange().getValues() as CellValue[][];
  const at = locateColumns(SOURCE_COLUMNS, sources[0] ?? []);
  const col = (key: string) => at[SOURCE_COLUMNS.indexOf(sourceColumn(key))] ?? -1;
  const sheetName = sourcesSheet.getName();
  const missing = ['spreadsheet', 'active'].filter((key) => col(key) < 0);
  if (missing.length > 0) {
    // Without them no row can be told active: Returns is left as it is.
    const notes = missing.map((key) =>
      text('missingColumn', lang, {
        sheet: sheetName,
        column: sourceColumn(key).labels[lang],
      }),
    );
    return { active: 0, read: 0, notes, refused: true };
  }
  const old = returnsSheet.getDataRange().getValues().slice(1) as Value[][];
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const now = instantNow();
  const options = { timeZone: zone, dates: 'instant' } as const;

  const rows: Value[][] = [];
  const states: Value[][] = [];
  const readAts: Value[][] = [];
  const checkedAts: Value[][] = [];
  let pending = 0;
  const notes: string[] = [];
  const taken = new Map<string, string>();
  let active = 0;
  let readCount = 0;

  for (const [index, row] of sources.slice(1).entries()) {
    const cell = (key: string): CellValue => (col(key) < 0 ? null : (row[col(key)] ?? null));
    const lastReadAt = (cell('readAt') ?? '') as Value;
    const lastCheckedAt = (cell('checkedAt') ?? '') as Value;
    let checkedAt: Value = lastCheckedAt;
    const reference = isBlank(cell('spreadsheet')) ? '' : String(cell('spreadsheet')).trim();
    const activeCell = readCell(sourceColumn('active'), cell('active'), options);
    const inactive = activeCell.ok && activeCell.value !== 'yes';
    if (reference === '' || inactive) {
      // Not (or no longer) in the roll-up: its row is left as it is, its rows leave Returns.
      states.push([(cell('state') ?? '') as Value]);
      readAts.push([lastReadAt]);
      checkedAts.push([lastCheckedAt]);
      continue;
    }
    const label = isBlank(cell('name')) ? reference : String(cell('name')).trim();
    const lastGood = () => old.filter((r) => String(r[SOURCE_AT] ?? '') === label);
    let kept: Value[][];
    let state: string;
    let readAt: Value = lastReadAt;
    if (!activeCell.ok) {
      // Neither yes nor no: said on the row and in the Log, its rows kept until it is fixed.
      kept = lastGood();
      state = text('returnBadCell', lang, {
        sheet: sheetName,
        row: index + 2,
        column: sourceColumn('active').labels[lang],
        expected: text('expectYesNo', lang),
        value: String(cell('active') ?? ''),
      });
      notes.push(state);
    } else if (pace.triedToday?.(cell('checkedAt')) || pace.outOfTime?.()) {
      // Tried today already, or no time left: its rows and its row in Sources stay as they are.
      active++;
      if (!pace.triedToday?.(cell('checkedAt'))) pending++;
      kept = lastGood();
      state = String(cell('state') ?? '');
    } else {
      active++;
      checkedAt = now;
      const source = readSource(reference, lang);
      if (source.ok) {
        readCount++;
        readAt = now;
        kept = returnRows(returnLines(source.ret), lang, (wall) =>
          instantOfWallTime(wall, zone),
        ).map((r) => [...r, label, now]);
        state = text('sourceRead', lang, {
          committees: source.ret.committees.length,
          lines: kept.length,
        });
      } else {
        kept = lastGood();
        state = text('sourceKept', lang, {
          source: label,
          rows: kept.length,
          reason: source.reason,
        });
        notes.push(state);
      }
    }
    for (const note of keepOnce(kept, label, taken, rows, lang)) {
      state = `${state}. ${note}`;
      notes.push(note);
    }
    states.push([state]);
    readAts.push([readAt]);
    checkedAts.push([checkedAt]);
  }
  const texts = rows.map((r) => r.map((v) => (typeof v === 'string' ? asCellText(v) : v)));
  if (old.length > 0) returnsSheet.getRange(2, 1, old.length, RETURNS_WIDTH).clearContent();
  if (texts.length > 0)
    setValuesAsText(returnsSheet.getRange(2, 1, texts.length, RETURNS_WIDTH), texts);
  const count = sources.length - 1;
  if (count > 0 && col('state') >= 0) {
    setValuesAsText(
      sourcesSheet.getRange(2, col('state') + 1, count, 1),
      states.map((r) => r.map((v) => (typeof v === 'string' ? asCellText(v) : v))),
    );
  }
  if (count > 0 && col('readAt') >= 0) {
    sourcesSheet.getRange(2, col('readAt') + 1, count, 1).setValues(readAts);
  }
  if (count > 0) {
    // A Sources sheet made before Checked at existed gets the column after its last one.
    let at = col('checkedAt');
    if (at < 0) {
      at = Math.max(sources[0]?.length ?? 0, sourcesSheet.getLastColumn());
      sourcesSheet.getRange(1, at + 1).setValue(sourceColumn('checkedAt').labels[lang]);
    }
    sourcesSheet.getRange(2, at + 1, count, 1).setValues(checkedAts);
  }
  return { active, read: readCount, notes, pending };
}

/** The message the user sees and the Log keeps: the count, then each source's trouble. */
export function rollupMessage(outcome: RollupOutcome, lang: Lang): string {
  if (outcome.refused) return outcome.notes.join('\n');
  const head = text('rollupUpdated', lang, {
    sheet: SHEETS.returns.labels[lang],
    read: outcome.read,
    active: outcome.active,
  });
  const pending = outcome.pending ?? 0;
  const rest = pending > 0 ? [text('rollupContinues', lang, { count: pending })] : [];
  return [head, ...outcome.notes, ...rest].join('\n');
}

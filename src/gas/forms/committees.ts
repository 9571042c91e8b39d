/**
 * The committee question of every form lists today's active committees of the Committees
 * sheet. Synced when the forms are built, when the Committees sheet is edited, when
 * validation runs, before a form response is taken in (if an edit could not sync) and from
 * the menu.
 */
import { committeeChoice, FORM_KINDS } from '../../core/forms/spec';
import type { SettingsStore } from '../../core/ports/settings';
import { type ReadSheet, readSheetValues } from '../../core/read/read-workbook';
import type { CellValue } from '../../core/read/workbook';
import { findSheet } from '../sheet-access';
import { committeesDirty, formIds, itemIds, markCommitteesDirty } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The committee choices («KANT — Кант»), active committees only, in sheet order. */
export function committeeChoices(committees: ReadSheet<'committees'>): string[] {
  const seen = new Set<string>();
  const choices: string[] = [];
  for (const row of committees.rows) {
    const { committeeId, name, status } = row.rec;
    if (committeeId === null || status !== 'active' || seen.has(committeeId)) continue;
    seen.add(committeeId);
    choices.push(committeeChoice(committeeId, name ?? ''));
  }
  return choices;
}

/** The Committees sheet read with one getValues(). */
export function readCommittees(spreadsheet: Spreadsheet): ReadSheet<'committees'> {
  const sheet = findSheet(spreadsheet, 'committees');
  const options = { timeZone: spreadsheet.getSpreadsheetTimeZone(), dates: 'instant' as const };
  if (!sheet) return readSheetValues('committees', null, [], options, []);
  const values = sheet.getDataRange().getValues() as CellValue[][];
  return readSheetValues('committees', sheet.getName(), values, options, []);
}

export interface SyncResult {
  /** Forms whose committee list changed. */
  readonly forms: number;
  readonly committees: number;
}

/**
 * Sets the committee list of every Korgoo form (only where it changed). With no active
 * committee the lists are left as they are: a form cannot offer an empty list.
 */
export function syncCommitteeLists(
  spreadsheet: Spreadsheet,
  committees: ReadSheet<'committees'> = readCommittees(spreadsheet),
): SyncResult {
  const choices = committeeChoices(committees);
  if (choices.length === 0) return { forms: 0, committees: 0 };
  const ids = formIds();
  let changed = 0;
  for (const kind of FORM_KINDS) {
    const formId = ids[kind];
    const itemId = itemIds(kind).committeeId;
    if (!formId || itemId === undefined) continue;
    const form = FormApp.openById(formId);
    const item = form.getItemById(itemId);
    if (!item) continue;
    const list = item.asListItem();
    const current = list.getChoices().map((choice) => choice.getValue());
    if (current.length === choices.length && current.every((value, i) => value === choices[i])) {
      continue;
    }
    list.setChoiceValues(choices);
    changed++;
  }
  markCommitteesDirty(false);
  return { forms: changed, committees: choices.length };
}

/**
 * Syncs without ever failing the action that asked (an edit, a validation, an intake). In a
 * simple onEdit trigger FormApp is not authorized: the Committees sheet stays marked as
 * changed, and the next authorized run (a form response, validation, the menu) syncs.
 */
export function syncCommitteesQuietly(
  spreadsheet: Spreadsheet,
  committees?: ReadSheet<'committees'>,
): SyncResult | Error {
  if (Object.keys(formIds()).length === 0) return { forms: 0, committees: 0 };
  markCommitteesDirty(true);
  try {
    return syncCommitteeLists(spreadsheet, committees);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Before an intake: sync if an earlier edit could not. */
export function syncIfDirty(spreadsheet: Spreadsheet, store?: SettingsStore): void {
  if (committeesDirty(store)) syncCommitteesQuietly(spreadsheet);
}

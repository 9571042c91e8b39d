import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { appendLogs } from '../log';
import type { EditCheck } from '../on-edit';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What an edit of one cell did: its old and new value (a paste of many cells has neither). */
export interface CellChange {
  readonly oldValue?: string;
  readonly value?: string;
}

/**
 * One Log line per row that landed in an approved month: sheet and row, and for an edit the
 * old and the new value; a form response is a new row. Nothing when no row did.
 */
export function logApprovedChanges(
  spreadsheet: Spreadsheet,
  lang: Lang,
  check: Pick<EditCheck, 'changed'> | null | undefined,
  edit?: CellChange,
): void {
  if (!check || check.changed.length === 0) return;
  const outcome =
    edit === undefined
      ? text('changedNew', lang)
      : edit.oldValue === undefined && edit.value === undefined
        ? text('changedCells', lang)
        : text('changedValues', lang, { old: edit.oldValue ?? '', new: edit.value ?? '' });
  appendLogs(
    spreadsheet,
    lang,
    check.changed.map((problem) => [
      text('changedLog', lang, {
        month: String(problem.params?.month ?? ''),
        committee: String(problem.params?.committee ?? ''),
        sheet: problem.sheetName,
        row: problem.row,
      }),
      outcome,
    ]),
  );
}

/**
 * A small workbook with Korgoo's forms, made by calling the modules themselves (no bundle):
 * its language `lang`, a Committees sheet of three active committees and a suspended one (the
 * other sheets are made when first needed, as intake makes them), the forms built (published,
 * linked, their trigger installed). Responses go in through the fake FormApp.
 */
import type { FormKind } from '../../../src/core/forms/spec';
import type { Lang } from '../../../src/core/i18n/lang';
import { SHEETS } from '../../../src/core/schema/sheets';
import { buildForms } from '../../../src/gas/forms/build';
import type { IntakeLedger } from '../../../src/gas/forms/intake-ledger';
import { IntakeRun } from '../../../src/gas/forms/intake-run';
import { formIds } from '../../../src/gas/forms/store';
import { setWorkbookLang } from '../../../src/gas/settings';
import { settings } from '../../../src/gas/settings-store';
import type { Answer, FakeForm, FakeServices, FakeSheet, FormSubmitEvent } from '../../fakes';
import { headerLabels, putRows, schemaSheets } from '../fake-globals';

/** The bundle tests' event answers (test/gas/forms-helpers.ts), for these books too. */
export { eventAnswers } from '../forms-helpers';

export const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** One execution's intake over the book in `lang`, started now with the stored settings. */
export function intakeRunOf(book: FormsBook, lang: Lang, ledger: IntakeLedger): IntakeRun {
  return new IntakeRun(book.spreadsheet, lang, ledger, Date.now(), settings);
}

/** The response sheet of `kind` as intake gets it, through SpreadsheetApp (the lookup counted). */
export function responseSheetOf(
  book: FormsBook,
  kind: FormKind,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = book.spreadsheet.getSheetByName(book.responseSheet(kind).getNameUncounted());
  if (!sheet) throw new Error(`no response sheet for ${kind}`);
  return sheet;
}

export interface FormsBook {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  form(kind: FormKind): FakeForm;
  responseSheet(kind: FormKind): FakeSheet;
  sheet(key: keyof typeof SHEETS): FakeSheet;
  submit(kind: FormKind, answers: Readonly<Record<string, Answer>>): FormSubmitEvent;
}

/** `sheets`: schema sheets made beforehand, with their header in `lang`. */
export function formsBook(
  s: FakeServices,
  lang: Lang = 'en',
  sheets: readonly (keyof typeof SHEETS)[] = [],
): FormsBook {
  const spreadsheet = s.real.SpreadsheetApp.getActiveSpreadsheet();
  setWorkbookLang(lang);
  const committeesSheet = s.spreadsheet.insertSheet(SHEETS.committees.labels[lang]);
  schemaSheets(s, lang, sheets);
  const sheet = (key: keyof typeof SHEETS) => s.spreadsheet.sheet(SHEETS[key].labels[lang]);
  const committees = SHEETS.committees.columns.map((c) => c.key);
  const committee = (id: string, status: string) =>
    committees.map((key) =>
      key === 'committeeId'
        ? id
        : key === 'name'
          ? `Committee ${id}`
          : key === 'status'
            ? status
            : key === 'establishedOn'
              ? day(2009, 1, 1)
              : key === 'region'
                ? 'Chui'
                : '',
    );
  putRows(committeesSheet, 1, [
    headerLabels('committees', lang),
    committee('KANT', 'Active'),
    committee('TOKM', 'Active'),
    committee('NARYN', 'Active'),
    committee('SUSP', 'Suspended'),
  ]);
  const built = buildForms(spreadsheet, lang, false);
  if (!built.ok) throw new Error(built.message);
  const form = (kind: FormKind) => {
    const found = s.FormApp.forms.get(formIds()[kind] ?? '');
    if (!found) throw new Error(`no ${kind} form`);
    return found;
  };
  s.counter.reset();
  return {
    spreadsheet,
    form,
    responseSheet: (kind) => {
      const found = form(kind).responseSheet;
      if (!found) throw new Error(`no response sheet of ${kind}`);
      return found;
    },
    sheet,
    submit: (kind, answers) => {
      const event = s.FormApp.submit(form(kind).id, answers);
      if (!event) throw new Error('the form has no destination');
      return event;
    },
  };
}

import { type Analysis, analyse } from '../../core/analyse';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import type { SidebarPorts } from '../../core/sidebar/ports';
import { SidebarError } from '../../core/sidebar/texts';
import { spreadsheetApprovalPort } from '../approval/port';
import { formsPort } from '../forms/port';
import { withDocumentLock } from '../lock';
import { appendLog } from '../log';
import { buildMenu } from '../menu';
import { setWorkbookLang, workbookLang } from '../settings';
import { setUpWorkbook } from '../setup';
import { spreadsheetSource } from '../spreadsheet-source';
import { todayOf } from '../validate-now';
import { workbookWorklistDays } from '../worklist/days';
import { spreadsheetDigestPort } from './digest-port';
import { loggedForms } from './forms-port';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The sidebar's ports over the active spreadsheet, made afresh for each call (each
 * google.script.run call is its own execution): the workbook is read once, on first need.
 */
export function spreadsheetPorts(
  spreadsheet: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): SidebarPorts {
  let analysis: Analysis | undefined;
  return {
    analysis: () => {
      analysis ??= analyse(
        spreadsheetSource(spreadsheet),
        { timeZone: spreadsheet.getSpreadsheetTimeZone(), dates: 'instant' },
        todayOf(spreadsheet),
      );
      return analysis;
    },
    sheetNames: () => spreadsheet.getSheets().map((sheet) => sheet.getName()),
    lang: () => workbookLang(),
    setLang: (lang: Lang) => {
      setWorkbookLang(lang);
      // The menu speaks the workbook's language too.
      buildMenu(SpreadsheetApp.getUi(), true, lang);
    },
    today: () => todayOf(spreadsheet),
    selectRange: (sheetName, a1) => {
      const sheet = spreadsheet.getSheetByName(sheetName);
      if (!sheet)
        throw new SidebarError(text('unknownSheet', workbookLang(), { value: sheetName }));
      sheet.activate();
      sheet.getRange(a1).activate();
    },
    setUpWorkbook: (lang) => {
      let result: { sheetsCreated: number; columnsAdded: number } | null = null;
      const done = withDocumentLock(() => {
        result = setUpWorkbook(spreadsheet, lang);
      });
      if (!done || result === null) throw new SidebarError(text('busy', lang));
      const { sheetsCreated, columnsAdded } = result;
      appendLog(
        spreadsheet,
        lang,
        text('logSetUp', lang),
        text('setUpDone', lang, { created: sheetsCreated, columns: columnsAdded }),
      );
      return result;
    },
    // An add-on's project triggers include the user's triggers of other workbooks: only this
    // spreadsheet's count here, its clock included.
    installedTriggers: () =>
      ScriptApp.getUserTriggers(spreadsheet).map((trigger) => trigger.getHandlerFunction()),
    digest: spreadsheetDigestPort(spreadsheet),
    worklistDays: () => workbookWorklistDays(),
    forms: loggedForms(spreadsheet, formsPort(workbookLang)),
    approval: spreadsheetApprovalPort(spreadsheet, workbookLang),
  };
}

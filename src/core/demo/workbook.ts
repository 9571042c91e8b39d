import type { Lang } from '../i18n/lang';
import type { CellValue, WorkbookSource } from '../read/workbook';
import { DATA_SHEETS, type DataSheetKey, SHEETS } from '../schema/sheets';
import { buildDemoSheets } from './sheets';

/** The demo as a workbook: one sheet per data sheet, named by its label in `lang`. */
export function demoWorkbook(lang: Lang): WorkbookSource {
  const sheets = buildDemoSheets(lang);
  const byName = new Map<string, CellValue[][]>();
  for (const key of DATA_SHEETS) byName.set(SHEETS[key].labels[lang], sheets[key as DataSheetKey]);
  return {
    sheetNames: () => [...byName.keys()],
    values: (name) => (byName.get(name) ?? []).map((row) => [...row]),
  };
}

import { stat } from 'node:fs/promises';
import { type Analysis, analyse } from '../../core/analyse';
import { DEFAULT_LANG, LANGS, type Lang, normalizeLabel } from '../../core/i18n/lang';
import { DEFAULT_TIME_ZONE, type WorkbookSource } from '../../core/read/workbook';
import { SHEETS } from '../../core/schema/sheets';
import { todayIn } from '../load';
import { readXlsx } from '../xlsx/read-xlsx';

/** The language a workbook was set up in, told by the name of its Committees sheet. */
export function langOfSheetNames(names: readonly string[]): Lang {
  const normalized = new Set(names.map(normalizeLabel));
  return (
    LANGS.find((lang) => normalized.has(normalizeLabel(SHEETS.committees.labels[lang]))) ??
    DEFAULT_LANG
  );
}

/**
 * An .xlsx file as the preview's workbook: read and analysed once, read again only when the
 * file changed on disk, so a coordinator can edit it in a spreadsheet program and refresh.
 */
export class LocalWorkbook {
  private source: WorkbookSource | null = null;
  private current: Analysis | null = null;
  private mtimeMs = -1;

  constructor(readonly path: string) {}

  /** Re-reads the file when it changed since the last read. */
  async refresh(): Promise<void> {
    const { mtimeMs } = await stat(this.path);
    if (this.current !== null && mtimeMs === this.mtimeMs) return;
    const source = await readXlsx(this.path);
    this.current = analyse(source, { timeZone: DEFAULT_TIME_ZONE, dates: 'wall' }, todayIn());
    this.source = source;
    this.mtimeMs = mtimeMs;
  }

  analysis(): Analysis {
    if (this.current === null) throw new Error('LocalWorkbook: refresh() first');
    return this.current;
  }

  sheetNames(): string[] {
    return this.source?.sheetNames() ?? [];
  }
}

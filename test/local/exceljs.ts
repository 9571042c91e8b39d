import type ExcelJS from 'exceljs';

/**
 * exceljs's Workbook on its own, as `korgoo approve` loads it (src/local/approval/append-xlsx.ts):
 * all of exceljs, its streaming reader and writer too, is twice the modules, and loading them
 * takes a test file half a second or more.
 */
export const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;

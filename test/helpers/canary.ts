import type { Sheets } from '../../bench/split-by-region';
import type { CellValue } from '../../src/core/read/workbook';
import { type ColumnDef, DATA_SHEETS, SHEETS } from '../../src/core/schema/sheets';

/** A word no figure, key or label holds: found anywhere in a return, something leaked. */
export const CANARY = 'ZQXCANARY';

/** Committee columns a return names by design (DESIGN §11: Committee name, District). */
const CARRIED = new Set(['committees.name', 'committees.district']);

/**
 * The sheets (English headers, header row first) with the canary in every free-text and
 * identifying cell: text and e-mail columns, member names, and case codes (kept valid, so those
 * rows still count).
 */
export function withCanaries(sheets: Sheets): Sheets {
  const out = {} as Sheets;
  for (const key of DATA_SHEETS) {
    const [header = [], ...rows] = sheets[key];
    const columns = (SHEETS[key].columns as readonly ColumnDef[]).map((c) => ({
      c,
      at: header.indexOf(c.labels.en),
    }));
    out[key] = [
      header,
      ...rows.map((row, r) => {
        const cells: CellValue[] = [...row];
        for (const { c, at } of columns) {
          if (at < 0 || CARRIED.has(`${key}.${c.key}`)) continue;
          const value = cells[at];
          if (c.key === 'caseCode' && typeof value === 'string') {
            cells[at] = value.replace(/^([A-Z0-9-]+?)-(\d{4}-\d{4})$/, `${CANARY}-$1-$2`);
          } else if (c.type === 'email') {
            cells[at] = `${CANARY.toLowerCase()}${r}@example.org`;
          } else if (c.type === 'text') {
            cells[at] =
              value === null || value === undefined || value === ''
                ? CANARY
                : `${String(value)} ${CANARY}`;
          }
        }
        return cells;
      }),
    ];
  }
  return out;
}

import type { ReadSheet } from '../../read/read-workbook';
import type { LooseRecord } from '../../schema/records';
import type { ColumnKey, DataSheetKey } from '../../schema/sheets';
import type { ProblemSink } from '../emit';
import type { RuleId } from '../rule-defs';

type KeyPart = string | number;

/**
 * First rows by a composite key, as nested Maps: no key string is built per row, which keeps
 * 100,000 events fast (concatenated keys cost more than the lookups).
 */
class FirstRows {
  private readonly root = new Map<KeyPart, unknown>();

  /** The first row that had these parts, or undefined after recording `row` as the first. */
  claim(parts: readonly KeyPart[], row: number): number | undefined {
    let map = this.root;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i] as KeyPart;
      let next = map.get(part) as Map<KeyPart, unknown> | undefined;
      if (!next) {
        next = new Map();
        map.set(part, next);
      }
      map = next;
    }
    const last = parts[parts.length - 1] as KeyPart;
    const first = map.get(last) as number | undefined;
    if (first === undefined) map.set(last, row);
    return first;
  }
}

/**
 * Flags every row whose key (from `keyOf`, null = no key) an earlier row already has, naming the
 * first row. One pass: large sheets stay linear.
 */
export function flagRepeats<S extends DataSheetKey>(
  sink: ProblemSink,
  sheet: ReadSheet<S>,
  rule: RuleId,
  column: ColumnKey<S> | null,
  keyOf: (rec: LooseRecord<S>) => readonly KeyPart[] | null,
): void {
  const firstRows = new FirstRows();
  for (const row of sheet.rows) {
    const parts = keyOf(row.rec);
    if (parts === null) continue;
    const firstRow = firstRows.claim(parts, row.row);
    if (firstRow !== undefined) sink.add(sheet, row, rule, column, { firstRow });
  }
}

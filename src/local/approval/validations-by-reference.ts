/**
 * exceljs reads a sheet's data validations cell by cell: a dropdown on D2:D2000 becomes 1,999
 * entries of one rule, 130,000 for the demo workbook (millions for a large one), which
 * `korgoo approve` then joins back into rectangles before writing (compact-validations.ts).
 * While `read` runs here, exceljs keeps each rule under the references the file gives it
 * instead, which it writes back as they are: the same rules on the same cells, without
 * spelling every cell out. When the references are anything but plain cells and rectangles
 * that never overlap, exceljs reads them cell by cell as before (a later rule then wins on the
 * cells two rules share, as exceljs decides).
 *
 * exceljs's typings leave out its readers: this replaces the one method of its
 * `<dataValidations>` reader (lib/xlsx/xform/sheet/data-validations-xform.js) for the time of
 * `read` only, so every other exceljs read in the process keeps its cell-by-cell model.
 */

/** What this uses of exceljs's reader of one sheet's `<dataValidations>`. */
interface ValidationsReader {
  model: Record<string, object>;
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: string };
  /** The references and rules of the sheet so far, in the file's order (added here). */
  korgooKept?: [string, object][] | undefined;
}
type ParseClose = (this: ValidationsReader, name: string) => boolean;
interface ReaderClass {
  prototype: { parseClose: ParseClose };
}

const REFERENCE = /^([A-Z]{1,3})([1-9][0-9]*)(?::([A-Z]{1,3})([1-9][0-9]*))?$/;

interface Rectangle {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/**
 * The cell or range a reference names, when it names it as exceljs finds it again (a range
 * top-left corner first, colCache.decodeEx), else null.
 */
function rectangleOf(reference: string): Rectangle | null {
  const match = REFERENCE.exec(reference);
  if (!match) return null;
  const top = Number(match[2]);
  const left = columnNumber(match[1] as string);
  if (match[3] === undefined) return { top, left, bottom: top, right: left };
  const bottom = Number(match[4]);
  const right = columnNumber(match[3]);
  return bottom >= top && right >= left ? { top, left, bottom, right } : null;
}

const overlap = (p: Rectangle, q: Rectangle): boolean =>
  p.top <= q.bottom && q.top <= p.bottom && p.left <= q.right && q.left <= p.right;

/**
 * The rules under their references as the file gives them, or null when a reference is not a
 * plain cell or range or two of them share a cell (exceljs then reads them cell by cell).
 */
export function byReference(kept: readonly [string, object][]): Record<string, object> | null {
  const rectangles: Rectangle[] = [];
  const model: Record<string, object> = {};
  for (const [reference, rule] of kept) {
    const rectangle = rectangleOf(reference);
    if (rectangle === null || rectangles.some((other) => overlap(other, rectangle))) return null;
    rectangles.push(rectangle);
    model[reference] = rule;
  }
  return model;
}

function keepingReferences(cellByCell: ParseClose): ParseClose {
  return function (this: ValidationsReader, name: string): boolean {
    if (name === 'dataValidation') {
      // The rule finished as exceljs finishes it, then kept with each of its references.
      const rule = this._dataValidation;
      if (!rule.formulae || rule.formulae.length === 0) {
        delete rule.formulae;
        delete rule.operator;
      }
      this.korgooKept ??= [];
      for (const reference of this._address.split(/\s+/g)) this.korgooKept.push([reference, rule]);
      return true;
    }
    if (name === 'dataValidations') {
      const kept = this.korgooKept ?? [];
      this.korgooKept = undefined;
      const model = byReference(kept);
      if (model) this.model = model;
      else {
        // As exceljs reads them: every rule again, in the file's order, cell by cell.
        for (const [reference, rule] of kept) {
          this._address = reference;
          this._dataValidation = rule;
          cellByCell.call(this, 'dataValidation');
        }
      }
    }
    return cellByCell.call(this, name);
  };
}

/** Runs `read` (an exceljs read) with data validations kept by reference. */
export async function withValidationsByReference<T>(read: () => Promise<T>): Promise<T> {
  const reader = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as ReaderClass;
  const cellByCell = reader.prototype.parseClose;
  reader.prototype.parseClose = keepingReferences(cellByCell);
  try {
    return await read();
  } finally {
    reader.prototype.parseClose = cellByCell;
  }
}

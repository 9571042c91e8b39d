/** A1 notation: parse "B3", "A1:C10", "A:C", "2:5", "'My sheet'!B3"; format (row, col) back. */

export type A1 = {
  sheetName: string | null;
  row: number;
  col: number;
  /** null when open-ended ("A:C" has no last row), resolved against the sheet's size. */
  lastRow: number | null;
  lastCol: number | null;
};

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Cell(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function a1Range(row: number, col: number, numRows: number, numCols: number): string {
  const first = a1Cell(row, col);
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${a1Cell(row + numRows - 1, col + numCols - 1)}`;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

export function parseA1(input: string): A1 {
  let sheetName: string | null = null;
  let ref = input.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    const rawName = ref.slice(0, bang);
    sheetName =
      rawName.startsWith("'") && rawName.endsWith("'")
        ? rawName.slice(1, -1).replace(/''/g, "'")
        : rawName;
    ref = ref.slice(bang + 1);
  }
  const [a, b = a] = ref.split(':');
  const p = PART.exec(a ?? '');
  const q = PART.exec(b ?? '');
  if (!p || !q || (!p[1] && !p[2]) || (!q[1] && !q[2])) throw new Error('Range not found');
  const row = p[2] ? Number(p[2]) : 1;
  const col = p[1] ? columnNumber(p[1]) : 1;
  const lastRow = q[2] ? Number(q[2]) : null;
  const lastCol = q[1] ? columnNumber(q[1]) : null;
  if (row < 1 || (lastRow !== null && lastRow < 1)) throw new Error('Range not found');
  return { sheetName, row, col, lastRow, lastCol };
}

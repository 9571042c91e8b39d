/** 1 → A, 27 → AA: the letters of a 1-based column. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `C5` for a cell, `5:5` for a whole row (a problem of the row, or of a missing column). */
export function a1Of(row: number, column: number | null): string {
  return column === null || column < 1 ? `${row}:${row}` : `${columnLetters(column)}${row}`;
}

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const ROW = /^([1-9]\d{0,6}):([1-9]\d{0,6})$/;

/** Only what a1Of makes: a cell or a single row. */
export function isA1(text: string): boolean {
  const row = ROW.exec(text);
  return CELL.test(text) || (row !== null && row[1] === row[2]);
}

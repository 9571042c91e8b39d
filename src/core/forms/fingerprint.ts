import type { CellValue } from '../read/workbook';

/**
 * A form response's identity, from the response itself: its form, its own timestamp and its
 * answers. Google copies every earlier response into a new sheet when a form is linked again,
 * and anyone may clear Korgoo's status column: the fingerprint stays the same through both,
 * so intake can tell a response it has already taken in.
 *
 * The answers are taken as a set of texts (order and column titles left out): a re-linked
 * sheet has the questions in the form's current order under their current titles, which a
 * bilingual switch changes.
 */
export function responseFingerprint(
  formId: string,
  row: readonly CellValue[],
  statusIndex: number,
): string {
  const answers: string[] = [];
  for (let i = 1; i < row.length; i++) {
    if (i === statusIndex) continue;
    const text = answerText(row[i]);
    if (text !== '') answers.push(text);
  }
  answers.sort();
  return `${formId}|${answerText(row[0])}|${hash(answers.join('\u001f'))}`;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** One cell as stable text: a date by its instant, anything else as Sheets hands it over. */
function answerText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value).trim();
}

/**
 * FNV-1a over the UTF-16 code units, twice with different offsets: 64 bits as 16 hex digits,
 * so two different responses of one form in the same second practically never share it.
 */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
    b = Math.imul(b ^ (code >>> 3), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The e-mail detector as one pass over the text. The regex it replaces,
 * /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u, retried the whole local
 * part from every start position: a 50,000-character cell with an "@" took about a minute.
 * This scanner gives the same match (a test compares them) and looks at each character at most
 * a few times, in Node and in Apps Script alike.
 */

/** Counts the characters a scan looks at, so that a test can check the work is linear. */
export interface ScanMeter {
  steps: number;
}

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Cyrillic letters (Russian, Kyrgyz and the rest of the block): the common case, no regex. */
function isCyrillicLetter(code: number): boolean {
  return (code >= 0x400 && code <= 0x481) || (code >= 0x48a && code <= 0x52f);
}

function isLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return isCyrillicLetter(code) || LETTER.test(String.fromCodePoint(code));
}

function isLetterOrNumber(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return isCyrillicLetter(code) || LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}

const HYPHEN = 45;
const DOT = 46;

/** Letters, digits and . _ % + - may stand in the part before the @. */
const isLocal = (code: number) =>
  code === DOT ||
  code === 95 ||
  code === 37 ||
  code === 43 ||
  code === HYPHEN ||
  isLetterOrNumber(code);
/** Letters, digits and - in a domain label. */
const isLabel = (code: number) => code === HYPHEN || isLetterOrNumber(code);

/** The code unit length of the code point at `i` (2 for a surrogate pair). */
function width(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** Where the run of local-part characters that ends just before `at` starts. */
function localStart(text: string, at: number, floor: number, meter?: ScanMeter): number {
  let i = at;
  while (i > floor) {
    if (meter) meter.steps++;
    const low = text.charCodeAt(i - 1);
    const pair =
      low >= 0xdc00 && low <= 0xdfff && i - 2 >= floor ? text.codePointAt(i - 2) : undefined;
    const code = pair !== undefined && pair > 0xffff ? pair : low;
    if (!isLocal(code)) break;
    i -= width(code);
  }
  return i;
}

/** The end of the domain label starting at `from` (`from` itself when there is none). */
function labelEnd(text: string, from: number, meter?: ScanMeter): number {
  let i = from;
  while (i < text.length) {
    if (meter) meter.steps++;
    const code = text.codePointAt(i) as number;
    if (!isLabel(code)) break;
    i += width(code);
  }
  return i;
}

/** The end of the letters a label starts with, when there are at least two of them, or -1. */
function topLevelEnd(text: string, from: number, meter?: ScanMeter): number {
  let i = from;
  let letters = 0;
  while (i < text.length) {
    if (meter) meter.steps++;
    const code = text.codePointAt(i) as number;
    if (!isLetter(code)) break;
    letters++;
    i += width(code);
  }
  return letters >= 2 ? i : -1;
}

/**
 * The end of the domain that starts at `from`, just after an @: labels joined by dots, ending
 * with the letters that start the last label having two or more. -1 when there is none.
 */
function domainEnd(text: string, from: number, meter?: ScanMeter): number {
  let i = labelEnd(text, from, meter);
  if (i === from) return -1;
  let end = -1;
  while (text.charCodeAt(i) === DOT) {
    const start = i + 1;
    const next = labelEnd(text, start, meter);
    if (next === start) break;
    const top = topLevelEnd(text, start, meter);
    if (top >= 0) end = top;
    i = next;
  }
  return end;
}

/** The first e-mail address in the text, or null. */
export function findEmail(text: string, meter?: ScanMeter): string | null {
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const start = localStart(text, at, floor, meter);
    if (start < at) {
      const end = domainEnd(text, at + 1, meter);
      if (end >= 0) return text.slice(start, end);
    }
    // Neither part can reach over an @: the next scan starts where this one ended.
    floor = at + 1;
  }
  return null;
}

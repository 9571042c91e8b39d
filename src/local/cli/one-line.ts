const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Control characters and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Text made to stay on one line of a terminal or a log: a CR, LF, U+2028, U+2029 or any other
 * control character a cell holds is written as an escape (`\n`, `\u2028`), so one problem is
 * always one line, and `grep` or `wc -l` count problems right.
 */
export function oneLine(text: string): string {
  return text.replace(
    BREAKING,
    (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

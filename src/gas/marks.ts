import type { Lang } from '../core/i18n/lang';
import { problemMessage } from '../core/validate';
import type { Problem } from '../core/validate/problem';

/** Where Korgoo's part of a note begins; what stands before it is the user's and is kept. */
export const MARK = '— Korgoo —';
export const ERROR_BACKGROUND = '#f4cccc';
export const WARNING_BACKGROUND = '#fff2cc';
const PLAIN_BACKGROUNDS = new Set(['#ffffff', '#fff', 'white', '']);

function userPartOf(note: string): string {
  const at = note.indexOf(MARK);
  return (at === -1 ? note : note.slice(0, at)).trimEnd();
}

function wasMarked(note: string): boolean {
  return note.includes(MARK);
}

/**
 * New notes and backgrounds for a block of cells (`firstRow`, `firstColumn`: the sheet row and
 * column of its top left cell):
 * old Korgoo marks are cleared, each problem cell gets its messages and a colour. A background
 * the user chose is kept (the note still tells), and so is every note the user wrote.
 */
export function computeMarks(
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  firstRow: number,
  problems: readonly Problem[],
  lang: Lang,
  firstColumn = 1,
): { notes: string[][]; backgrounds: string[][] } {
  const messages = new Map<string, { text: string[]; error: boolean }>();
  for (const problem of problems) {
    const column = problem.columnIndex ?? 1;
    const key = `${problem.row - firstRow}:${column - firstColumn}`;
    const entry = messages.get(key) ?? { text: [], error: false };
    entry.text.push(problemMessage(problem, lang));
    entry.error ||= problem.severity === 'error';
    messages.set(key, entry);
  }
  const newNotes = notes.map((row) => [...row]);
  const newBackgrounds = backgrounds.map((row) => [...row]);
  for (let r = 0; r < newNotes.length; r++) {
    const noteRow = newNotes[r] as string[];
    const backgroundRow = newBackgrounds[r] as string[];
    for (let c = 0; c < noteRow.length; c++) {
      const note = noteRow[c] ?? '';
      const background = (backgroundRow[c] ?? '').toLowerCase();
      const ours =
        wasMarked(note) && (background === ERROR_BACKGROUND || background === WARNING_BACKGROUND);
      const plain = ours || PLAIN_BACKGROUNDS.has(background);
      const mark = messages.get(`${r}:${c}`);
      const userNote = userPartOf(note);
      if (mark) {
        const text = `${MARK}\n${mark.text.join('\n')}`;
        noteRow[c] = userNote ? `${userNote}\n\n${text}` : text;
        if (plain) backgroundRow[c] = mark.error ? ERROR_BACKGROUND : WARNING_BACKGROUND;
      } else if (wasMarked(note)) {
        noteRow[c] = userNote;
        if (ours) backgroundRow[c] = '#ffffff';
      }
    }
  }
  return { notes: newNotes, backgrounds: newBackgrounds };
}

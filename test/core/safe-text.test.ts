import { asCellText, cellTextFor } from '../../src/core/safe-text';
import { parseWritten } from '../fakes/values';

/** What a cell of `format` holds once Sheets has taken the text (the fake models its rules). */
const stored = (text: string, format: string) =>
  parseWritten(cellTextFor(asCellText(text), format), format);

const TYPED = [
  '=IMPORTXML("http://x","//a")',
  '+1+1',
  '-2',
  '@SUM(A1)',
  '\t=1',
  "'quoted",
  "''twice",
  "'=1+1",
  'plain text',
];

describe('asCellText and cellTextFor', () => {
  it.each(TYPED)('%p: a General cell holds it exactly, never a formula', (text) => {
    expect(stored(text, 'General')).toEqual({ formula: '', value: text });
  });

  it.each(TYPED)('%p: a plain-text cell holds it exactly, with no extra apostrophe', (text) => {
    expect(stored(text, '@')).toEqual({ formula: '', value: text });
  });

  it('leaves text that needs no marker as it is', () => {
    expect(asCellText('Prevention talk')).toBe('Prevention talk');
    expect(asCellText("it's fine")).toBe("it's fine");
  });
});

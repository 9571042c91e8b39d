import { asCellText } from '../../src/core/safe-text';
import { parseWritten } from '../fakes/values';

/** What a cell holds once Sheets has taken the written text (the fake models its typing rules). */
const stored = (text: string) => parseWritten(asCellText(text), 'General');

describe('asCellText', () => {
  it.each([
    '=IMPORTXML("http://x","//a")',
    '+1+1',
    '-2',
    '@SUM(A1)',
    '\t=1',
    "'quoted",
    "''twice",
    "'=1+1",
    'plain text',
  ])('writes %p so that the cell holds it exactly, never a formula', (text) => {
    expect(stored(text)).toEqual({ formula: '', value: text });
  });

  it('leaves text that needs no marker as it is', () => {
    expect(asCellText('Prevention talk')).toBe('Prevention talk');
    expect(asCellText("it's fine")).toBe("it's fine");
  });
});

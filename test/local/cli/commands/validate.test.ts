import { analyse } from '../../../../src/core/analyse';
import { wallTime } from '../../../../src/core/time/wall-time';
import { problemsText } from '../../../../src/local/cli/commands/validate';
import { arraySource, WALL } from '../../../helpers/workbook';

/** A character that a terminal or a line-based tool takes as the end of a line, or any control. */
function breaksLine(line: string): boolean {
  return [...line].some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });
}

describe('problemsText', () => {
  test('every problem is one line, whatever control characters its cell holds', () => {
    const breaks = [
      '\r',
      '\n',
      '\r\n',
      '\u2028',
      '\u2029',
      '\u000b',
      '\u000c',
      '\u0085',
      '\u0000',
      '\u001b[2J',
    ];
    const analysis = analyse(
      arraySource({
        Events: [
          ['Committee ID', 'Date', 'Type', 'Participants'],
          ...breaks.map((b, i) => [
            'KANT',
            `0${i + 1}.10.2026`.slice(-10),
            `Встреча${b}с жителями`,
            10,
          ]),
        ],
      }),
      WALL,
      wallTime(2026, 11, 1),
    );
    const lines = problemsText(analysis, 'ru');
    const choiceLines = lines.filter((line) => line.includes('[choice]'));
    expect(choiceLines).toHaveLength(breaks.length);
    expect(lines.filter(breaksLine)).toEqual([]);
    expect(choiceLines.map((line) => /«(Встреча[^»]*)» нет в списке/.exec(line)?.[1])).toEqual([
      'Встреча\\rс жителями',
      'Встреча\\nс жителями',
      'Встреча\\r\\nс жителями',
      'Встреча\\u2028с жителями',
      'Встреча\\u2029с жителями',
      'Встреча\\u000bс жителями',
      'Встреча\\u000cс жителями',
      'Встреча\\u0085с жителями',
      'Встреча\\u0000с жителями',
      'Встреча\\u001b[2Jс жителями',
    ]);
  });
});

import { sheetsSource } from '../../../bench/split-by-region';
import { analyse } from '../../../src/core/analyse';
import { buildDemoSheets, DEMO_TIME_ZONE, DEMO_TODAY } from '../../../src/core/demo';
import { LANGS } from '../../../src/core/i18n/lang';
import { parseDateText } from '../../../src/core/read/cells';
import type { CellValue, WorkbookSource } from '../../../src/core/read/workbook';
import { readReturnSheet } from '../../../src/core/rollup/read-return';
import { buildReturn } from '../../../src/core/rollup/return';
import { returnHeader, returnLines, returnRows } from '../../../src/core/rollup/return-sheet';
import { SHEETS } from '../../../src/core/schema/sheets';
import { CANARY, withCanaries } from '../../helpers/canary';

const OPTIONS = { timeZone: DEMO_TIME_ZONE, dates: 'wall' } as const;
const TODAY = parseDateText(DEMO_TODAY);

describe('a return holds aggregates only', () => {
  const plain = analyse(sheetsSource(buildDemoSheets('en')), OPTIONS, TODAY);
  const marked = analyse(sheetsSource(withCanaries(buildDemoSheets('en'))), OPTIONS, TODAY);

  test('the canaries sit in counted rows: the marked workbook gives the same figures', () => {
    expect(marked.dataset.cases.every((c) => c.caseCode.startsWith(CANARY))).toBe(true);
    expect(marked.dataset.members.every((m) => m.fullName.includes(CANARY))).toBe(true);
    expect(returnLines(buildReturn(marked.dataset, TODAY))).toEqual(
      returnLines(buildReturn(plain.dataset, TODAY)),
    );
  });

  test.each(LANGS)(
    'no case code, member name, e-mail or free text in its lines or cells (%s)',
    (lang) => {
      const lines = returnLines(buildReturn(marked.dataset, TODAY));
      expect(lines.length).toBeGreaterThan(1000);
      const cells = returnRows(lines, lang, (wall) => new Date(wall).toISOString());
      const all = JSON.stringify([lines, cells]).toUpperCase();
      expect(all).not.toContain(CANARY);
    },
  );
});

describe('reading a Return sheet back', () => {
  const name = SHEETS.return.labels.ky;
  const sheet = (rows: CellValue[][]): WorkbookSource => ({
    sheetNames: () => [name],
    values: () => rows,
  });
  const good = () => {
    const dataset = analyse(sheetsSource(buildDemoSheets('en')), OPTIONS, TODAY).dataset;
    return [
      returnHeader('ky'),
      ...returnRows(returnLines(buildReturn(dataset, TODAY)), 'ky', (w) => new Date(w)),
    ] as CellValue[][];
  };

  test('a return read in another language than it was written gives the same lines', () => {
    const dataset = analyse(sheetsSource(buildDemoSheets('en')), OPTIONS, TODAY).dataset;
    const read = readReturnSheet(sheet(good()), name, OPTIONS, 'ru');
    expect(read.ok).toBe(true);
    if (read.ok) expect(returnLines(read.ret)).toEqual(returnLines(buildReturn(dataset, TODAY)));
  });

  test('a bad cell refuses the whole return, naming sheet, row and column in each language', () => {
    const rows = good();
    const row = rows[5] as CellValue[];
    row[8] = 'many';
    row[4] = '2026-13';
    const en = readReturnSheet(sheet(rows), name, OPTIONS, 'en');
    expect(en).toEqual({
      ok: false,
      problems: [
        `Sheet "${name}", row 6, column "Period": expected a period (2026-10, 2026-Q3, 2026 or all), not "2026-13"`,
        `Sheet "${name}", row 6, column "Value": expected a number of 0 or more, not "many"`,
      ],
    });
    const ru = readReturnSheet(sheet(rows), name, OPTIONS, 'ru');
    expect(ru.ok ? [] : ru.problems).toContain(
      `Лист «${name}», строка 6, столбец «Значение»: число не меньше 0, а не «many»`,
    );
    const ky = readReturnSheet(sheet(rows), name, OPTIONS, 'ky');
    expect(ky.ok ? '' : ky.problems[1]).toContain('6-сап, «Мааниси» мамычасы');
  });

  test('a missing required column is named', () => {
    const rows = good().map((r) => r.filter((_, i) => i !== 7));
    const read = readReturnSheet(sheet(rows), name, OPTIONS, 'en');
    expect(read).toEqual({
      ok: false,
      problems: [`Sheet "${name}": the column "Indicator" is missing`],
    });
  });
});

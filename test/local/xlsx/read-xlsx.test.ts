import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoRows } from '../../../src/core/demo';
import { SHEETS } from '../../../src/core/schema/sheets';
import { readXlsx } from '../../../src/local/xlsx/read-xlsx';
import { writeXlsx } from '../../../src/local/xlsx/write-xlsx';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-xlsx-'));
  file = join(dir, 'demo.xlsx');
  await writeXlsx(file, 'ru', buildDemoRows('ru'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the streamed read (used above 4 MB) gives exactly what the whole read gives', async () => {
  const whole = await readXlsx(file);
  const progress: [string, number][] = [];
  const streamed = await readXlsx(file, (sheet, rows) => progress.push([sheet, rows]), 0);
  expect(streamed.sheetNames()).toEqual(whole.sheetNames());
  for (const name of whole.sheetNames()) expect(streamed.values(name)).toEqual(whole.values(name));
  // Every sheet reports its rows once read, so a long read is never silent.
  expect(progress.map(([sheet]) => sheet)).toEqual(whole.sheetNames());
});

test('dates come back as the wall clock written, and every data sheet with its rows', async () => {
  const source = await readXlsx(file);
  const rows = buildDemoRows('ru');
  const events = source.values(SHEETS.events.labels.ru);
  expect(events).toHaveLength(rows.events.length + 1);
  const firstDate = rows.events[0]?.[2];
  expect(events[1]?.[2]).toEqual(firstDate);
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildDemoRows } from '../../../src/core/demo';
import { writeXlsx } from '../../../src/local/xlsx/write-xlsx';
import { writtenByKorgoo } from './written';

/** The parts of a zip as text, but docProps/core.xml (it holds the time of writing). */
const partsOf = (path: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(unzipSync(readFileSync(path)))
      .filter(([name]) => name !== 'docProps/core.xml')
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );

test('a kept workbook holds what writeXlsx writes now, and other rows are another file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'korgoo-written-'));
  try {
    // A few rows: what is kept does not depend on how many.
    const demo = buildDemoRows('en');
    const rows = { committees: demo.committees, events: demo.events?.slice(0, 20) };
    const kept = await writtenByKorgoo('written-test', 'en', rows);
    expect(await writtenByKorgoo('written-test', 'en', rows)).toBe(kept);
    const fresh = join(dir, 'fresh.xlsx');
    await writeXlsx(fresh, 'en', rows);
    expect(partsOf(kept)).toEqual(partsOf(fresh));
    const other = await writtenByKorgoo('written-test', 'en', { ...rows, events: [] });
    expect(other).not.toBe(kept);
    expect(partsOf(other)).not.toEqual(partsOf(kept));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

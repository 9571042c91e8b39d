import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_FIGURES } from '../../src/core/demo';
import { run } from '../../src/local/cli/main';
import { captureOutput } from './capture';

let dir: string;
let demo: ReturnType<typeof captureOutput>;
let demoCode: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-demo-'));
  demo = captureOutput();
  demoCode = await run(['demo', dir], demo);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reportJson(...args: string[]) {
  const output = captureOutput();
  const code = await run(['report', join(dir, 'demo.xlsx'), '--format', 'json', ...args], output);
  expect(code).toBe(0);
  return JSON.parse(output.stdout.join('\n'));
}

test('korgoo demo writes demo.xlsx and prints the seed table', () => {
  expect(demoCode).toBe(0);
  const printed = demo.stdout.join('\n');
  expect(printed).toContain(join(dir, 'demo.xlsx'));
  expect(printed).toMatch(/Действующие комитеты\s+7\b/u);
  expect(printed).toMatch(/\b164\b/);
  // The worklist of the day after the demo's last month.
  expect(printed).toMatch(/Требует действий на 01\.11\.2026: \d+/);
  expect(printed).toContain('Охранный ордер заканчивается 02.11.2026: решите, нужно ли продление');
  expect(printed).toMatch(/13\u00a0000/);
});

test('since start, the demo workbook gives exactly the seed figures', async () => {
  const json = await reportJson('--period', 'all');
  expect(json.indicators).toMatchObject(SEED_FIGURES);
  expect(json.excludedRows).toBeGreaterThanOrEqual(3);
  expect(Object.keys(json.byCommittee)).toHaveLength(7);
});

test('validate finds the secretaries’ mistakes and exits 1', async () => {
  const output = captureOutput();
  expect(
    await run(['validate', join(dir, 'demo.xlsx'), '--format', 'json', '--lang', 'en'], output),
  ).toBe(1);
  const json = JSON.parse(output.stdout.join('\n'));
  const rules = json.problems.map((p: { rule: string }) => p.rule);
  expect(rules).toEqual(expect.arrayContaining(['required', 'phone_number']));
  expect(json.errors).toBeGreaterThanOrEqual(3);
});

test('a committee filter and a region filter (by its Russian label) cut the figures', async () => {
  const all = await reportJson('--period', 'all');
  const [first = ''] = Object.keys(all.byCommittee);
  const one = await reportJson('--period', 'all', '--committee', first);
  expect(one.indicators).toEqual(all.byCommittee[first]);
  const naryn = await reportJson('--period', 'all', '--region', 'Нарынская область');
  const narynKey = await reportJson('--period', 'all', '--region', 'naryn');
  expect(naryn.indicators).toEqual(narynKey.indicators);
  expect(naryn.indicators.committees_active).toBeLessThan(7);
  expect(naryn.indicators.committees_active).toBeGreaterThan(0);
});

test('csv and table formats carry the same figures', async () => {
  const csv = captureOutput();
  expect(
    await run(['report', join(dir, 'demo.xlsx'), '--period', 'all', '--format', 'csv'], csv),
  ).toBe(0);
  const line = csv.stdout.find((l) => l.startsWith('members_active,'));
  expect(line?.split(',')[2]).toBe('164');
});

test('a period that means nothing is refused with exit code 2', async () => {
  const output = captureOutput();
  expect(await run(['report', join(dir, 'demo.xlsx'), '--period', '2026-13'], output)).toBe(2);
  expect(output.stderr[0]).toContain('2026-13');
});

test('korgoo demo never overwrites an existing DIR/demo.xlsx, unless --force', async () => {
  const mine = join(dir, 'mine');
  mkdirSync(mine);
  const path = join(mine, 'demo.xlsx');
  // A coordinator started filling in the demo workbook.
  writeFileSync(path, 'my entries');
  const refused = captureOutput();
  expect(await run(['demo', mine, '--lang', 'en'], refused)).toBe(2);
  expect(refused.stderr).toEqual([
    `The file already exists and will not be overwritten: ${path}. To overwrite it, add --force: korgoo demo ${mine} --force`,
  ]);
  expect(refused.stdout).toEqual([]);
  expect(readFileSync(path, 'utf8')).toBe('my entries');
  expect(readdirSync(mine)).toEqual(['demo.xlsx']);

  const forced = captureOutput();
  expect(await run(['demo', mine, '--force'], forced)).toBe(0);
  expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  expect(forced.stdout[0]).toBe(`Демо-книга записана: ${path}`);
});

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';

/*
 * Jest gives each test file a copy of process.env, so setting TZ here would not reach V8's
 * clock. The probe runs in a child process whose TZ is really set, once per zone.
 */
let dir = '';
let bundle = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-tz-'));
  bundle = join(dir, 'probe.js');
  buildSync({
    entryPoints: [join(__dirname, 'tz-probe.ts')],
    bundle: true,
    platform: 'node',
    outfile: bundle,
    logLevel: 'silent',
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Bishkek', 'UTC'] as const;
const runs = new Map<string, Record<string, unknown>>();

/** One child per zone, all started at once: each waits mostly for its node to start. */
beforeAll(async () => {
  const run = promisify(execFile);
  await Promise.all(
    ZONES.map(async (tz) => {
      const { stdout } = await run(process.execPath, [bundle], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      runs.set(tz, JSON.parse(stdout) as Record<string, unknown>);
    }),
  );
});

function probe(tz: string): Record<string, unknown> {
  const result = runs.get(tz);
  if (!result) throw new Error(`no probe ran with TZ=${tz}`);
  return result;
}

const expected = {
  october: { from: '2026-10-01', to: '2026-10-31' },
  octoberTrainings: 1,
  novemberTrainings: 1,
  septemberTrainings: 1,
  q4Trainings: 2,
  all: { from: '2026-09-30', to: '2026-11-30' },
  allTrainings: 3,
  octoberReport: {
    period: { from: '2026-10-01', to: '2026-10-31' },
    indicators: expect.objectContaining({
      committees_active: 1,
      trainings: 1,
      training_participants: 7,
    }),
    byCommittee: { KANT: expect.objectContaining({ trainings: 1, committees_active: 1 }) },
    excludedRows: 0,
  },
  previous: '2026-09',
  months: ['2026-10', '2026-11', '2026-12'],
  label: 'Октябрь 2026',
};

describe.each([
  // Kiritimati is UTC+14: a local getter would put 31 October 23:30 in November.
  ['Pacific/Kiritimati', { localMonthOfOct31_2330: 10 }],
  // Los Angeles is UTC−7 then: a local getter would put 1 November 00:00 in October.
  ['America/Los_Angeles', { localMonthOfNov1_0000: 9 }],
  ['Asia/Bishkek', { localMonthOfOct31_2330: 10 }],
  ['UTC', { localMonthOfOct31_2330: 9, localMonthOfNov1_0000: 10 }],
])('with TZ=%s', (tz, trap) => {
  test('the zone is really in effect (a local-time getter would misplace the edge)', () => {
    expect(probe(tz)).toMatchObject(trap);
  });

  test('periods and indicators keep the workbook’s wall clock', () => {
    expect(probe(tz)).toMatchObject(expected);
  });
});

/**
 * "Update roll-up" on the one clock (DESIGN §12): daily like the Return sheet, each source read
 * at most once a day however often the clock fires, a failing source not stopping the others,
 * and a run that stops opening sources before Apps Script's 6-minute limit and goes on at the
 * next run.
 */
import type { FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { ensureBuilt } from '../load-bundle';
import {
  expectWholeProgramme,
  HOUR,
  type Programme,
  programme,
  rowsOfSource,
  sheetOf,
  valuesOf,
} from './programme';

beforeAll(() => ensureBuilt());

/** Each spreadsheet opened takes `step` of the run's time, as a slow source would. */
function slowOpens(p: Programme, step: number): void {
  const app = p.addOn.s.SpreadsheetApp as FakeSpreadsheetApp;
  const byId = app.openById.bind(app);
  const byUrl = app.openByUrl.bind(app);
  app.openById = (id: string) => {
    p.clock.now += step;
    return byId(id);
  };
  app.openByUrl = (url: string) => {
    p.clock.now += step;
    return byUrl(url);
  };
}

const opened = (p: Programme) =>
  p.addOn.s.counter.count('SpreadsheetApp.openById') +
  p.addOn.s.counter.count('SpreadsheetApp.openByUrl');

const logLines = (p: Programme) =>
  valuesOf(p.regional, 'log')
    .map((row) => row.join(' | '))
    .filter((line) => line.includes('Roll-up update'));

describe('the clock reads the sources once a day, within the run time', () => {
  let p: Programme;
  beforeAll(() => {
    p = programme();
    p.addOn.run('scheduleMonthlyDigest');
    slowOpens(p, 90_000);
  }, 120_000);

  test('a run stops opening sources before the limit, writes what it read, and says so', () => {
    p.addOn.s.counter.reset();
    p.addOn.runClock();
    // The workbook itself, then Chui and Issyk-Kul; Naryn's turn came at 4.5 minutes.
    expect(opened(p)).toBe(3);
    expect(rowsOfSource(p.regional, 'Chui').length).toBeGreaterThan(0);
    expect(rowsOfSource(p.regional, 'Issyk-Kul').length).toBeGreaterThan(0);
    expect(rowsOfSource(p.regional, 'Naryn')).toEqual([]);
    expect(logLines(p).at(-1)).toContain(
      'Out of run time: the sources left (1) are read at the next run.',
    );
  });

  test('the next run reads only what is left, and the whole programme adds up', () => {
    p.clock.now += HOUR;
    p.addOn.s.counter.reset();
    p.addOn.runClock();
    expect(opened(p)).toBe(2);
    expect(p.addOn.s.counter.count('SpreadsheetApp.openById')).toBe(2);
    expectWholeProgramme(p.regional);
  });

  test('a run that fires again the same day opens no source', () => {
    p.clock.now += HOUR;
    p.addOn.s.counter.reset();
    p.addOn.runClock();
    p.addOn.runClock();
    expect(opened(p)).toBe(2); // the workbook itself, once per run
  });

  test('the next day every source is read again; one that fails does not stop the others', () => {
    const before = rowsOfSource(p.regional, 'Chui');
    p.addOn.s.context.noAccess.add('book-chui');
    p.clock.now += 24 * HOUR;
    p.addOn.runClock();
    p.clock.now += HOUR;
    p.addOn.runClock();
    expect(rowsOfSource(p.regional, 'Chui')).toEqual(before);
    const states = valuesOf(p.regional, 'sources')
      .slice(1)
      .map((row) => String(row[4]));
    expect(states[0]).toContain('The source "Chui" was not read');
    expect(states[1]?.startsWith('Read: ')).toBe(true);
    expect(states[2]?.startsWith('Read: ')).toBe(true);
    // Chui was tried today: a later run today does not open it again.
    p.addOn.s.counter.reset();
    p.clock.now += HOUR;
    p.addOn.runClock();
    expect(opened(p)).toBe(1);
    expectWholeProgramme(p.regional);
  });

  test('Checked at tells each source’s last attempt apart from its last good read', () => {
    const header = valuesOf(p.regional, 'sources')[0] ?? [];
    const row = valuesOf(p.regional, 'sources')[1] ?? [];
    expect(header.slice(5, 7)).toEqual(['Read at', 'Checked at']);
    expect((row[6] as Date).getTime()).toBeGreaterThan((row[5] as Date).getTime());
  });
});

test('a workbook with no Sources rows is looked at once a day and nothing is opened', () => {
  const p = programme();
  sheetOf(p.regional, 'sources').clearContents();
  p.addOn.run('scheduleMonthlyDigest');
  p.addOn.runClock();
  p.addOn.s.counter.reset();
  p.clock.now += HOUR;
  p.addOn.runClock();
  expect(p.addOn.s.counter.count('Spreadsheet.getSheetByName')).toBe(0);
  expect(opened(p)).toBe(1);
}, 120_000);

test('"Update roll-up" from the menu stops in time too, and the clock reads the rest that day', () => {
  const p = programme();
  p.addOn.run('scheduleMonthlyDigest');
  slowOpens(p, 150_000);
  p.addOn.run('updateRollup');
  // Chui at 0 and Issyk-Kul at 2.5 minutes; Naryn's turn came at 5.
  expect(p.addOn.s.ui.dialogs.at(-1)?.prompt).toContain(
    '2 of 3 sources read.\nOut of run time: the sources left (1) are read at the next run.',
  );
  expect(rowsOfSource(p.regional, 'Naryn')).toEqual([]);
  p.clock.now += HOUR;
  p.addOn.runClock();
  expectWholeProgramme(p.regional);
}, 120_000);

import { hasReturns, regionalOf } from '../../../src/core/rollup/regional';
import { RollupError } from '../../../src/core/rollup/rollup';
import { analyseRows, regionalFixture, rowsSource } from '../../helpers/regional';

const fixture = regionalFixture('en');
const read = (rows: typeof fixture.rows) => analyseRows(rows);

test('each Source label of Returns is one source, with its committees and its day', () => {
  const regional = regionalOf(read(fixture.rows), 'en');
  expect(regional?.rollup.sources.map((s) => s.name)).toEqual(['Chui', 'Issyk-Kul', 'Naryn']);
  const naryn = regional?.returns.get('Naryn');
  expect(naryn?.committees.map((c) => c.id).sort()).toEqual(
    fixture.parts[2]?.dataset.committees.map((c) => c.committeeId).sort(),
  );
  expect(regional?.sources.map((s) => [s.label, s.active])).toEqual([
    ['Chui', true],
    ['Issyk-Kul', true],
    ['Naryn', true],
    ['Talas', true],
    ['Batken', false],
  ]);
});

test('without Returns rows the workbook is no roll-up', () => {
  const analysis = read({ sources: fixture.rows.sources ?? [] });
  expect(hasReturns(analysis)).toBe(false);
  expect(regionalOf(analysis, 'en')).toBeNull();
});

test('a bad cell in one source’s rows leaves that source out and names sheet, row and column', () => {
  const returns = (fixture.rows.returns ?? []).map((row) => [...row]);
  const first = returns.findIndex((row) => row[11] === 'Issyk-Kul');
  (returns[first] as unknown[])[8] = 'many';
  const regional = regionalOf(read({ ...fixture.rows, returns }), 'en');
  expect(regional?.rollup.sources.map((s) => s.name)).toEqual(['Chui', 'Naryn']);
  expect(regional?.problems[0]).toBe(
    `Sheet "Returns", row ${first + 2}, column "Value": expected a number of 0 or more, not "many"`,
  );
});

test('a committee both in the workbook’s own rows and in a return is refused, naming both', () => {
  // Chui's own rows, beside Returns that hold Chui's return too.
  const chui = fixture.parts[0] as ReturnType<typeof read>;
  const mixed = { ...chui, source: rowsSource(fixture.rows, 'en') };
  let caught: unknown;
  try {
    regionalOf(mixed, 'en');
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RollupError);
  expect((caught as RollupError).text('en')).toMatch(
    /^Committee [A-Z0-9-]+ is in both "This workbook" and "Chui"/,
  );
});

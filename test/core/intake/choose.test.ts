/** Which rows a scan of a response sheet takes in. */
import { choosePending, type ScannedRow } from '../../../src/core/intake/choose';

const row = (n: number, fingerprint: string, status = ''): ScannedRow => ({
  candidate: {
    kind: 'event',
    sheetName: 'Responses',
    row: n,
    statusColumn: 5,
    header: [],
    values: [],
    fingerprint,
  },
  takenIn: status.startsWith('✓'),
  status,
});

test('a ✓ row is recorded, a row the ledger knows gets its status back, a repeat is taken once', () => {
  const ledger = new Map([['b', '✓ EV-000002 → "Events", row 3']]);
  const choice = choosePending(
    [row(2, 'a', '✓ EV-000001 → "Events", row 2'), row(3, 'b'), row(4, 'c'), row(5, 'c')],
    (fingerprint) => ledger.get(fingerprint),
    10,
  );
  expect(choice.known).toEqual([{ fingerprint: 'a', status: '✓ EV-000001 → "Events", row 2' }]);
  expect(choice.restored.map((o) => [o.candidate.row, o.status, o.log])).toEqual([
    [3, '✓ EV-000002 → "Events", row 3', ''],
  ]);
  expect(choice.candidates.map((c) => c.row)).toEqual([4]);
  expect(choice.left).toBe(0);
});

test('beyond the room, responses are left for a later run and counted', () => {
  const choice = choosePending([row(2, 'a'), row(3, 'b'), row(4, 'c')], () => undefined, 2);
  expect(choice.candidates.map((c) => c.row)).toEqual([2, 3]);
  expect(choice.left).toBe(1);
});

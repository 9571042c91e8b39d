/** The worklist's day counts of a workbook: its document property over the defaults. */
import { DEFAULT_WORKLIST_DAYS } from '../../../src/core/worklist';
import { workbookWorklistDays } from '../../../src/gas/worklist/days';
import { useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals();
const KEY = 'korgoo.worklist.days';

test('unset: the defaults', () => {
  expect(workbookWorklistDays()).toEqual(DEFAULT_WORKLIST_DAYS);
});

test("the workbook's valid counts replace the defaults, the rest stay", () => {
  fakes().PropertiesService.document.store.set(
    KEY,
    JSON.stringify({ referralOutcomeAfter: 7, followupEvery: -3 }),
  );
  expect(workbookWorklistDays()).toEqual({ ...DEFAULT_WORKLIST_DAYS, referralOutcomeAfter: 7 });
});

test('a property typed by hand and got wrong reads as unset, never a failure', () => {
  for (const bad of ['{not json', '"14"', '[1,2]', 'null']) {
    fakes().PropertiesService.document.store.set(KEY, bad);
    expect(workbookWorklistDays()).toEqual(DEFAULT_WORKLIST_DAYS);
  }
});

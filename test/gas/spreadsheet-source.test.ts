/**
 * What the add-on reads from Google Sheets, through the bundle: checkbox columns hold
 * booleans (getValues() gives true/false), and a yes/no column of checkboxes reads as yes/no.
 */
import { SHEETS } from '../../src/core/schema/sheets';
import { ACTIVE_EMAILS, bishkek, digestWorkbook, INACTIVE, RECIPIENTS } from './digest-workbook';
import { ensureBuilt } from './load-bundle';
import { columnOf, dataRows, rowOf, writeRows } from './workbook-data';

beforeAll(() => ensureBuilt());

const sorted = (list: readonly string[]) => [...list].sort();

describe('a yes/no column of checkboxes', () => {
  test('Recipients · Active as checkboxes: the digest goes to every checked recipient', () => {
    const addOn = digestWorkbook();
    const sheet = addOn.s.spreadsheet.sheet(SHEETS.recipients.labels.en);
    const active = columnOf('recipients', 'active');
    const count = RECIPIENTS.length + 1;
    // The coordinator turns the whole column into checkboxes (Insert > Checkbox: every cell
    // false, down to the last row) and ticks the active recipients.
    sheet.getRange(2, active, sheet.getMaxRows() - 1, 1).insertCheckboxes();
    sheet.getRange(2, active, RECIPIENTS.length, 1).check();
    expect(
      sheet
        .getRange(2, active, count + 1, 1)
        .getValues()
        .flat(),
    ).toEqual([...RECIPIENTS.map(() => true), false, false]);
    addOn.run('sendMonthlyDigest', { triggerUid: '1' });
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
    expect(addOn.sentTo()).not.toContain(INACTIVE);
  });

  test('Cases · Consent as checkboxes: ticked is consent, unticked is no (a warning), never an error', () => {
    const addOn = digestWorkbook();
    const sheet = (key: keyof typeof SHEETS) => addOn.s.spreadsheet.sheet(SHEETS[key].labels.en);
    const kase = (caseCode: string) =>
      rowOf('cases', {
        caseCode,
        committeeId: 'KANT',
        identifiedOn: bishkek(2026, 10, 2),
        source: 'police',
        affectedPerson: 'Woman',
        status: 'Open',
      });
    writeRows(sheet('cases'), 2, [kase('KANT-2026-0001'), kase('KANT-2026-0002')]);
    const referral = (caseCode: string) =>
      rowOf('referrals', { caseCode, date: bishkek(2026, 10, 3), referredTo: 'Crisis centre' });
    writeRows(sheet('referrals'), 2, [referral('KANT-2026-0001'), referral('KANT-2026-0002')]);
    const consent = columnOf('cases', 'consent');
    const cases = sheet('cases');
    cases.getRange(2, consent, cases.getMaxRows() - 1, 1).insertCheckboxes();
    sheet('cases').getRange(2, consent).check();
    addOn.run('validateNow');
    const problems = dataRows(sheet('problems')).map((row) => [row[0], row[1], row[4]]);
    // The ticked case has consent; the unticked one is "no": the warning of DESIGN §3, no error;
    // the unticked boxes below the last case are no rows at all.
    expect(problems).toEqual([['Referrals', 3, 'referral_without_consent']]);
  });
});

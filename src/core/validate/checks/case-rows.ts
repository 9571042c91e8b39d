import { isBlank } from '../../read/cells';
import type { ReadSheet } from '../../read/read-workbook';
import { DAY_MS } from '../../time/wall-time';
import { dateParam } from '../emit';
import type { CheckContext } from './context';

const DAY = DAY_MS;
const dayStart = (time: number): number => time - (((time % DAY) + DAY) % DAY);

/** Referral and assistance rows point to an existing case and are not dated before it. */
function checkCaseLink<S extends 'referrals' | 'assistance'>(
  context: CheckContext,
  sheet: ReadSheet<S>,
): void {
  for (const row of sheet.rows) {
    const { caseCode, date } = row.rec as { caseCode: string | null; date: number | null };
    if (caseCode === null) continue;
    const found = context.cases.get(caseCode);
    if (!found) {
      context.sink.add(sheet, row, 'unknown_case', 'caseCode', { caseCode });
      continue;
    }
    if (date !== null && found.identifiedOn !== null) {
      if (date < dayStart(found.identifiedOn)) {
        context.sink.add(sheet, row, 'before_case_identified', 'date', {
          date: dateParam(date),
          caseCode,
          identified: dateParam(found.identifiedOn),
        });
      }
    }
    if (sheet.key === 'referrals' && found.consent !== 'yes') {
      context.sink.add(sheet, row, 'referral_without_consent', 'caseCode', { caseCode });
    }
  }
}

/** An amount exactly for cash aid: required there, not allowed for any other assistance. */
function checkAmounts(context: CheckContext): void {
  const { sink } = context;
  const sheet = context.sheets.assistance;
  const amountIndex = sink.rawIndex(sheet, 'amountKgs');
  for (const row of sheet.rows) {
    const type = row.rec.type;
    if (type === null) continue;
    // The raw cell, not the read value: an unreadable amount is already its own error.
    const blank = amountIndex < 0 || isBlank(row.raw[amountIndex]);
    if (type === 'cash_aid' && blank) sink.add(sheet, row, 'amount_missing', 'amountKgs');
    if (type !== 'cash_aid' && !blank) {
      sink.add(sheet, row, 'amount_not_allowed', 'amountKgs', { type });
    }
  }
}

export function checkCaseRows(context: CheckContext): void {
  checkCaseLink(context, context.sheets.referrals);
  checkCaseLink(context, context.sheets.assistance);
  checkAmounts(context);
}

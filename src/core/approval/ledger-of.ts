import type { Analysis } from '../analyse';
import type { ApprovalLedger } from './model';
import { readApprovalLedger } from './read';

const ledgers = new WeakMap<Analysis, ApprovalLedger>();

/** The month close's sheets of an analysed workbook, read once however many digests use them. */
export function ledgerOf(analysis: Analysis): ApprovalLedger {
  let ledger = ledgers.get(analysis);
  if (!ledger) {
    ledger = readApprovalLedger(analysis.source, analysis.workbook.options);
    ledgers.set(analysis, ledger);
  }
  return ledger;
}

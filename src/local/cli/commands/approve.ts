import { userInfo } from 'node:os';
import type { ApprovalAction } from '../../../core/approval/model';
import { committeeMonths } from '../../../core/approval/month';
import { planApproval } from '../../../core/approval/plan';
import { readApprovalLedger } from '../../../core/approval/read';
import { refusalText, statusLabel } from '../../../core/approval/texts';
import { text as addOnText } from '../../../core/i18n/texts';
import { DEFAULT_TIME_ZONE } from '../../../core/read/workbook';
import { wallTimeOfInstant } from '../../../core/time/wall-time';
import { NotReplacedError, replaceWithApprovals } from '../../approval/replace-file';
import { langOfSheetNames } from '../../sidebar-server/workbook';
import type { ParsedArgs } from '../args';
import { ArgsError, stringOption, switchOption } from '../args';
import type { Output } from '../output';
import { text } from '../texts';
import { digestMonth } from './digest-month';
import { loadWorkbook } from './load-workbook';

const STATUS = { approve: 'approved', return: 'returned', reopen: 'reopened' } as const;

function actionOf(args: ParsedArgs): ApprovalAction {
  const back = switchOption(args, 'return');
  const reopen = switchOption(args, 'reopen');
  if (back && reopen) throw new ArgsError('--return, --reopen: one of them');
  return back ? 'return' : reopen ? 'reopen' : 'approve';
}

function committeesAsked(args: ParsedArgs): string[] {
  const value = args.values.committee as unknown;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return list.map((id) => String(id).trim().toUpperCase()).filter((id) => id !== '');
}

/**
 * korgoo approve FILE.xlsx --month YYYY-MM: approves (or returns, or reopens) committees'
 * months in the file (DESIGN §9). Exit 0 when every committee asked was done, 1 when some
 * were refused (each said why), 2 when the file was left as it was.
 */
export async function approveCommand(args: ParsedArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new ArgsError('FILE.xlsx');
  const asked = stringOption(args, 'month');
  if (asked === undefined) throw new ArgsError('--month YYYY-MM');
  const month = digestMonth(asked, 0, args.lang);
  const action = actionOf(args);
  const actor = stringOption(args, 'by') ?? userInfo().username;
  // Every sheet: the check after writing compares them all with this very read.
  const analysis = await loadWorkbook(path, args.lang, output, undefined, true);
  const ledger = readApprovalLedger(analysis.source, analysis.workbook.options);
  const committees = committeeMonths(analysis, month);
  const listed = committeesAsked(args);
  const ids =
    listed.length > 0
      ? listed
      : [...committees.values()].filter((c) => c.active).map((c) => c.committeeId);
  const plan = planApproval(
    ledger,
    {
      action,
      month,
      committeeIds: ids,
      actor,
      note: stringOption(args, 'note') ?? '',
      at: wallTimeOfInstant(new Date(), DEFAULT_TIME_ZONE),
    },
    committees,
  );
  for (const refusal of plan.refusals) output.err(refusalText(refusal, actor, args.lang));
  if (plan.approvals.length === 0) {
    output.err(addOnText('nothingDone', args.lang));
    return 1;
  }
  try {
    const lang = langOfSheetNames(analysis.source.sheetNames());
    await replaceWithApprovals(path, analysis.source, plan, lang);
  } catch (error) {
    if (!(error instanceof NotReplacedError)) throw error;
    output.err(text('notReplaced', args.lang, { path, detail: error.message }));
    return 2;
  }
  output.out(
    addOnText('monthCloseDone', args.lang, {
      month,
      status: statusLabel(STATUS[action], args.lang),
      committees: plan.approvals.map((a) => a.committeeId).join(', '),
    }),
  );
  return plan.refusals.length > 0 ? 1 : 0;
}

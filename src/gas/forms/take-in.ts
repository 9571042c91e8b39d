/**
 * Candidates taken in through SpreadsheetApp: the plan (src/core/intake) maps them and gives
 * the rows, one write per canonical sheet; the ledger records them; the new rows are checked
 * and marked; every candidate's status is written.
 */
import { errorText } from '../../core/error-text';
import { text } from '../../core/i18n/texts';
import type { IntakeOutcome as Outcome } from '../../core/intake/plan';
import {
  errorReason,
  type IntakeCandidate,
  mapCandidates,
  pendingOutcome,
  planSheetRows,
  takenInOutcomes,
} from '../../core/intake/plan';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import { logApprovedChanges } from '../approval/log-changes';
import { checkNewRows } from './check-new-rows';
import type { IntakeRun, OpenTarget } from './intake-run';
import { writeStatuses } from './statuses';
import { counters, markPending, saveCounters } from './store';

/**
 * Takes the candidates in: the plan maps each and gives the rows (one write per target sheet);
 * the new rows are checked and marked; every candidate's status is written. The caller holds
 * the lock.
 */
export function takeIn(run: IntakeRun, candidates: readonly IntakeCandidate[]): Outcome[] {
  const { lang } = run;
  const mapped = mapCandidates(candidates, lang, run.clock);
  const outcomes = new Map<IntakeCandidate, Outcome>();
  for (const outcome of mapped.pending) outcomes.set(outcome.candidate, outcome);
  for (const [key, group] of mapped.groups) {
    let opened: OpenTarget;
    let plan: ReturnType<typeof planSheetRows>;
    try {
      const target = run.targetSheet(
        key,
        group.map((g) => g.row),
      );
      opened = run.opened.get(target.name) as OpenTarget;
      plan = planSheetRows(
        lang,
        opened.target,
        opened.layout,
        group.map((g) => g.row),
        counters(run.store),
        run.clock,
      );
      // The counters first: a failure in between may skip a number, never hand one out twice.
      saveCounters(plan.eventCounter, plan.caseCounters, run.store);
      run.writer.appendRows(opened.target.name, plan.firstRow, plan.rows);
    } catch (error) {
      markPending(run.store);
      for (const { candidate } of group)
        outcomes.set(candidate, pendingOutcome(candidate, lang, errorReason(error, lang)));
      continue;
    }
    // The rows are in: from here on these responses are taken in, whatever fails, so that no
    // later run takes them in a second time. The ledger says so first, before anything else
    // can fail; a failed check only waits for "Validate now".
    run.ledger.record(
      group.map(({ candidate }, i) => ({
        fingerprint: candidate.fingerprint,
        status: plan.statuses[i] as string,
      })),
    );
    let problems: string;
    try {
      const found = checkNewRows(
        run.sheets,
        {
          key,
          sheet: opened.sheet,
          sheetName: opened.target.name,
          header: opened.header,
          above: opened.above.slice(0, plan.firstRow - 1),
          firstRow: plan.firstRow,
          count: group.length,
          width: opened.layout.width,
          block: run.writer.range(
            opened.target.name,
            plan.firstRow,
            1,
            group.length,
            opened.layout.width,
          ),
        },
        lang,
        run.clock.timeZone,
        wallTimeOfInstant(new Date(run.clock.nowMs), run.clock.timeZone),
      );
      problems = String(found.problems);
      logApprovedChanges(run.sheets.spreadsheet, lang, found);
    } catch (error) {
      problems = text('notValidated', lang, { message: errorText(error) });
    }
    for (const outcome of takenInOutcomes(lang, opened.target.name, group, plan, problems))
      outcomes.set(outcome.candidate, outcome);
  }
  const ordered = candidates.map((candidate) => outcomes.get(candidate) as Outcome);
  writeStatuses(run, ordered);
  return ordered;
}

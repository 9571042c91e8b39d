import { DAY_MS } from '../../time/wall-time';
import type { CheckContext } from './context';
import { flagRepeats } from './repeats';

// Module-local: read once, not through the import on every row.
const DAY = DAY_MS;

/** Unique IDs and codes (errors) and likely repeated rows (warnings). */
export function checkRepeats({ sheets, sink }: CheckContext): void {
  flagRepeats(sink, sheets.committees, 'duplicate_committee_id', 'committeeId', (r) =>
    r.committeeId === null ? null : [r.committeeId],
  );
  flagRepeats(sink, sheets.cases, 'duplicate_case_code', 'caseCode', (r) =>
    r.caseCode === null ? null : [r.caseCode],
  );
  flagRepeats(sink, sheets.events, 'duplicate_event_id', 'eventId', (r) =>
    r.eventId === null ? null : [r.eventId],
  );
  flagRepeats(sink, sheets.events, 'duplicate_event', 'date', (r) =>
    r.committeeId === null || r.date === null || r.type === null
      ? null
      : [r.committeeId, r.type, Math.floor(r.date / DAY)],
  );
  flagRepeats(sink, sheets.plan, 'duplicate_plan', 'eventType', (r) =>
    r.committeeId === null || r.month === null || r.eventType === null
      ? null
      : [r.committeeId, r.month, r.eventType],
  );
  flagRepeats(sink, sheets.recipients, 'duplicate_recipient', 'email', (r) =>
    r.email === null ? null : [r.email],
  );
}

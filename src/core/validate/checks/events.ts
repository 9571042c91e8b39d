import type { EventType } from '../../schema/choices';
import type { CheckContext } from './context';

/** Meetings and trainings gather people: zero participants means the count was not entered. */
const GATHERINGS: ReadonlySet<EventType> = new Set<EventType>([
  'district_meeting',
  'committee_session',
  'training',
  'preventive_meeting',
  'partnership_meeting',
]);

/** Participant counts that must add up, and cases reviewed only at committee sessions. */
export function checkEvents({ sheets, sink }: CheckContext): void {
  const sheet = sheets.events;
  for (const row of sheet.rows) {
    const { participants, women, men, under18, casesReviewed, type } = row.rec;
    if (participants !== null) {
      if ((women !== null || men !== null) && (women ?? 0) + (men ?? 0) > participants) {
        sink.add(sheet, row, 'women_men_exceed_participants', 'participants', {
          women: women ?? 0,
          men: men ?? 0,
          sum: (women ?? 0) + (men ?? 0),
          participants,
        });
      }
      if (under18 !== null && under18 > participants) {
        sink.add(sheet, row, 'under18_exceeds_participants', 'under18', { under18, participants });
      }
      if (participants === 0 && type !== null && GATHERINGS.has(type)) {
        sink.add(sheet, row, 'participants_not_positive', 'participants', { type });
      }
    }
    if (
      casesReviewed !== null &&
      casesReviewed > 0 &&
      type !== null &&
      type !== 'committee_session'
    ) {
      sink.add(sheet, row, 'cases_reviewed_not_session', 'casesReviewed', { type });
    }
  }
}

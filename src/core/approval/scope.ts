import { normalizeEmail } from '../email';
import type { Coordinator } from './model';

export interface CommitteeRef {
  readonly committeeId: string;
  readonly region: string | null;
}

/** Whether one coordinator's scope holds the committee (DESIGN §9's Coordinators sheet). */
function covers(coordinator: Coordinator, committee: CommitteeRef): boolean {
  if (coordinator.committees.length > 0)
    return coordinator.committees.includes(committee.committeeId);
  // No committees listed: every committee of the region; no region either is the whole country.
  if (coordinator.region !== null) return coordinator.region === committee.region;
  return coordinator.role === 'national';
}

/**
 * Who may approve, return or reopen a committee's month: where Coordinators lists anyone
 * (active), only the listed whose scope holds it; where it lists nobody, any editor.
 */
export function mayDecide(
  coordinators: readonly Coordinator[],
  actor: string,
  committee: CommitteeRef,
): boolean {
  const active = coordinators.filter((c) => c.active);
  if (active.length === 0) return true;
  const email = normalizeEmail(actor);
  return active.some((c) => c.email === email && covers(c, committee));
}

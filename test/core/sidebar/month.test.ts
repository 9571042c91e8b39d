import type { ApprovalLedger } from '../../../src/core/approval/model';
import { EMPTY_LEDGER } from '../../../src/core/approval/model';
import type { ApprovalPort, SidebarPorts } from '../../../src/core/sidebar/ports';
import { createSidebarServer } from '../../../src/core/sidebar/server';
import { SidebarError } from '../../../src/core/sidebar/texts';
import { wallTime } from '../../../src/core/time/wall-time';
import { applied, closeAnalysis } from '../approval/fixture';

const NOW = wallTime(2026, 10, 3, 9, 15);

/** A month close in memory that counts its decisions (each one "under the lock"). */
function memoryPort(actor: string, start: ApprovalLedger = EMPTY_LEDGER) {
  let ledger = start;
  let decisions = 0;
  const port: ApprovalPort = {
    actor: () => actor,
    now: () => NOW,
    ledger: () => ledger,
    decide: (plan) => {
      decisions += 1;
      const planned = plan(ledger);
      ledger = applied(ledger, planned);
      return planned;
    },
  };
  return { port, decisions: () => decisions, ledger: () => ledger };
}

function server(approval?: ApprovalPort) {
  const analysis = closeAnalysis();
  const ports: SidebarPorts = {
    analysis: () => analysis,
    sheetNames: () => [],
    lang: () => 'en',
    setLang: () => undefined,
    today: () => wallTime(2026, 11, 20),
    selectRange: () => undefined,
    setUpWorkbook: () => null,
    installedTriggers: () => [],
    ...(approval ? { approval } : {}),
  };
  return createSidebarServer(ports);
}

describe('sidebarMonth', () => {
  test('every committee with its rows, open errors, status and the actions it offers', () => {
    const result = server(memoryPort('a@example.org').port).sidebarMonth({ month: '2026-09' });
    expect(result.monthLabel).toBe('September 2026');
    expect(result.summary).toBe('Approved: 0 of 2');
    expect(result.committees.map((c) => [c.committeeId, c.rows, c.openErrors, c.status])).toEqual([
      ['KANT', 1, 0, 'open'],
      ['NARYN', 1, 0, 'open'],
    ]);
    expect(result.committees[0]).toMatchObject({
      region: 'Chui',
      statusLabel: 'Open',
      actions: ['approve', 'return'],
      why: '',
    });
  });

  test('outside the coordinator’s scope: no action, and the card says why', () => {
    const start = {
      ...EMPTY_LEDGER,
      coordinators: [
        {
          email: 'chui@example.org',
          role: 'region' as const,
          region: 'chui',
          committees: [],
          active: true,
        },
      ],
    };
    const result = server(memoryPort('chui@example.org', start).port).sidebarMonth({
      month: '2026-09',
    });
    const naryn = result.committees.find((c) => c.committeeId === 'NARYN');
    expect(naryn?.actions).toEqual([]);
    expect(naryn?.why).toBe(
      'chui@example.org is not listed as this committee’s coordinator on the Coordinators sheet.',
    );
    expect(result.committees.find((c) => c.committeeId === 'KANT')?.actions).toEqual([
      'approve',
      'return',
    ]);
  });

  test('a month that is no month is refused in words', () => {
    expect(() => server().sidebarMonth({ month: '2026-13' })).toThrow(SidebarError);
  });
});

describe('sidebarMonthAction', () => {
  test('approves through the port, once, and answers with the month as it now stands', () => {
    const memory = memoryPort('a@example.org');
    const api = server(memory.port);
    const done = api.sidebarMonthAction({
      month: '2026-09',
      committeeId: 'kant',
      action: 'approve',
      note: '',
    });
    expect(done.message).toBe('September 2026, Approved: KANT');
    expect(memory.decisions()).toBe(1);
    const kant = done.month.committees.find((c) => c.committeeId === 'KANT');
    expect(kant).toMatchObject({
      status: 'approved',
      by: 'a@example.org',
      at: '03.10.2026 09:15',
      actions: ['reopen'],
    });
    expect(done.month.summary).toBe('Approved: 1 of 2');
    expect(() =>
      api.sidebarMonthAction({
        month: '2026-09',
        committeeId: 'KANT',
        action: 'approve',
        note: '',
      }),
    ).toThrow('KANT: the month is approved already.');
    expect(memory.ledger().approvals).toHaveLength(1);
  });

  test('return without a note is refused with the reason; with it, the note is kept', () => {
    const memory = memoryPort('a@example.org');
    const api = server(memory.port);
    const ask = (note: string) =>
      api.sidebarMonthAction({ month: '2026-09', committeeId: 'NARYN', action: 'return', note });
    expect(() => ask(' ')).toThrow('NARYN: a note is needed');
    const done = ask('Participants of 05.09 missing');
    expect(done.month.committees.find((c) => c.committeeId === 'NARYN')).toMatchObject({
      status: 'returned',
      note: 'Participants of 05.09 missing',
      actions: ['approve', 'return'],
    });
  });

  test('where the host has no month close, the action says it is not available here', () => {
    expect(() =>
      server().sidebarMonthAction({
        month: '2026-09',
        committeeId: 'KANT',
        action: 'approve',
        note: '',
      }),
    ).toThrow('available in Google Sheets only');
  });

  test('the Overview of a month tells its approval status', () => {
    const memory = memoryPort('a@example.org');
    const api = server(memory.port);
    api.sidebarMonthAction({ month: '2026-09', committeeId: 'KANT', action: 'approve', note: '' });
    expect(api.sidebarOverview({ period: '2026-09' }).approval).toBe(
      'September 2026: Approved: 1 of 2',
    );
    expect(api.sidebarOverview({ period: '2026-09', committee: 'KANT' }).approval).toBe(
      'September 2026: Approved',
    );
    expect(api.sidebarOverview({ period: '2026-Q3' }).approval).toBeNull();
  });
});

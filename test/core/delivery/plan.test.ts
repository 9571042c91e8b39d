/**
 * The delivery plan (DESIGN §12): a run that fires twice, late, or after a quota stop sends
 * no (kind, period, recipient) twice and loses none. Runs are simulated on an in-memory log:
 * the plan's rows added, its sends made (some failing, some cut short), their rows marked.
 */

import {
  type DeliveryInput,
  type DeliveryLogRow,
  type DeliveryPlan,
  messageKey,
  planDelivery,
} from '../../../src/core/delivery/plan';
import { Rng } from '../../../src/core/demo/prng';

const A = 'a@example.org';
const B = 'b@example.org';
const C = 'c@example.org';

/** An in-memory delivery log and mailbox, with the plan run on them as the adapter runs it. */
class World {
  log: DeliveryLogRow[] = [];
  readonly mailed: string[] = [];

  plan(over: Partial<DeliveryInput> = {}): DeliveryPlan {
    return planDelivery({
      kind: 'digest',
      log: this.log,
      nextRow: this.log.length + 2,
      recipients: [A, B, C],
      due: ['2026-10'],
      quota: 100,
      ...over,
    });
  }

  /**
   * One run: rows added first, then the sends in order; `fails` addresses throw, and the run
   * dies (time, a crash) after `stopAfter` sends, leaving the rest as the log says.
   */
  run(
    over: Partial<DeliveryInput> = {},
    opts: { fails?: readonly string[]; stopAfter?: number } = {},
  ): DeliveryPlan {
    const plan = this.plan(over);
    const first = this.log.length + 2;
    plan.add.forEach((message, i) => {
      this.log.push({ ...message, row: first + i, status: 'pending' });
    });
    let done = 0;
    for (const send of plan.sends) {
      if (done++ >= (opts.stopAfter ?? Number.POSITIVE_INFINITY)) break;
      const failed = opts.fails?.includes(send.recipient) ?? false;
      if (!failed) this.mailed.push(messageKey(send));
      const index = this.log.findIndex((row) => row.row === send.row);
      const row = this.log[index] as DeliveryLogRow;
      this.log[index] = { ...row, status: failed ? 'failed' : 'sent' };
    }
    return plan;
  }

  /** Messages mailed more than once. */
  doubles(): string[] {
    return this.mailed.filter((key, i) => this.mailed.indexOf(key) !== i);
  }
}

const keys = (period: string, recipients: readonly string[]) =>
  recipients.map((recipient) => messageKey({ kind: 'digest', period, recipient }));

describe('planDelivery', () => {
  test('a first run adds a pending row for each recipient, then sends to each, in that order', () => {
    const world = new World();
    world.log = [{ kind: 'digest', period: '2026-09', recipient: A, row: 2, status: 'sent' }];
    const plan = world.plan();
    expect(plan.add).toEqual([
      { kind: 'digest', period: '2026-10', recipient: A },
      { kind: 'digest', period: '2026-10', recipient: B },
      { kind: 'digest', period: '2026-10', recipient: C },
    ]);
    expect(plan.sends.map((s) => [s.recipient, s.row])).toEqual([
      [A, 3],
      [B, 4],
      [C, 5],
    ]);
    expect(plan.left).toBe(0);
  });

  test('fired twice: the second run adds nothing and sends nothing', () => {
    const world = new World();
    world.run();
    const again = world.run();
    expect([again.add, again.sends, again.left]).toEqual([[], [], 0]);
    expect(world.mailed).toEqual(keys('2026-10', [A, B, C]));
    expect(world.log).toHaveLength(3);
  });

  test('a run that died after one send: the next sends the other two, adds no row', () => {
    const world = new World();
    world.run({}, { stopAfter: 1 });
    expect(world.mailed).toEqual(keys('2026-10', [A]));
    const next = world.run();
    expect(next.add).toEqual([]);
    expect(next.sends.map((s) => s.recipient)).toEqual([B, C]);
    expect(world.doubles()).toEqual([]);
    expect(world.mailed).toEqual(keys('2026-10', [A, B, C]));
  });

  test('late: a run in December still sends what October left, then November, nothing twice', () => {
    const world = new World();
    world.run({ quota: 1 });
    const late = world.run({ due: ['2026-11'] });
    expect(late.sends.map((s) => `${s.period} ${s.recipient}`)).toEqual([
      `2026-10 ${B}`,
      `2026-10 ${C}`,
      `2026-11 ${A}`,
      `2026-11 ${B}`,
      `2026-11 ${C}`,
    ]);
    expect(world.doubles()).toEqual([]);
  });

  test('several periods due at once (a missed month): one message per period and recipient', () => {
    const plan = new World().plan({ due: ['2026-09', '2026-10', '2026-10'], recipients: [A] });
    expect(plan.sends.map((s) => s.period)).toEqual(['2026-09', '2026-10']);
  });

  test('quota 0: every row is added (nothing lost), nothing is sent, all are left', () => {
    const world = new World();
    const plan = world.run({ quota: 0 });
    expect(plan.add).toHaveLength(3);
    expect(plan.sends).toEqual([]);
    expect(plan.left).toBe(3);
    expect(world.log.map((row) => row.status)).toEqual(['pending', 'pending', 'pending']);
  });

  test('after a quota stop, each later run sends what the quota allows, none twice, all in the end', () => {
    const world = new World();
    expect(world.run({ quota: 2 }).left).toBe(1);
    const next = world.run({ quota: 5 });
    expect(next.sends.map((s) => s.recipient)).toEqual([C]);
    expect(world.mailed).toEqual(keys('2026-10', [A, B, C]));
  });

  test('a failed send is tried again next run; the ones sent are not', () => {
    const world = new World();
    world.run({}, { fails: [B] });
    const next = world.run();
    expect(next.sends.map((s) => [s.recipient, s.row])).toEqual([[B, 3]]);
    expect(world.mailed).toEqual([...keys('2026-10', [A, C]), ...keys('2026-10', [B])]);
  });

  test('the same address in another case or with an apostrophe is the same message', () => {
    const world = new World();
    world.log = [
      { kind: 'digest', period: '2026-10', recipient: `'A@Example.org`, row: 2, status: 'sent' },
      { kind: 'digest', period: '2026-10', recipient: B, row: 3, status: 'pending' },
      { kind: 'digest', period: '2026-10', recipient: ' b@EXAMPLE.org', row: 4, status: 'pending' },
    ];
    const plan = world.plan({ recipients: ['a@example.org', 'B@example.org', 'b@example.org'] });
    expect(plan.add).toEqual([]);
    expect(plan.sends.map((s) => s.row)).toEqual([3]);
  });

  test('a row logged sent and a later row of the same message pending: not sent again', () => {
    const world = new World();
    world.log = [
      { kind: 'digest', period: '2026-10', recipient: A, row: 2, status: 'sent' },
      { kind: 'digest', period: '2026-10', recipient: A, row: 3, status: 'pending' },
    ];
    expect(world.plan({ recipients: [A] }).sends).toEqual([]);
  });

  test('a recipient no longer active gets nothing, and a new one gets only the periods due', () => {
    const world = new World();
    world.run({ quota: 1, recipients: [A, B] });
    const plan = world.run({ recipients: [C] });
    expect(plan.sends.map((s) => `${s.period} ${s.recipient}`)).toEqual([`2026-10 ${C}`]);
  });

  test('another kind (a weekly reminder) has its own messages: a sent one does not count', () => {
    const world = new World();
    world.log = [{ kind: 'reminder', period: '2026-W44', recipient: A, row: 2, status: 'sent' }];
    expect(world.plan({ recipients: [A] }).sends.map((s) => s.kind)).toEqual(['digest']);
    const reminders = world.plan({
      kind: 'reminder',
      due: ['2026-W44', '2026-W45'],
      recipients: [A],
    });
    expect(reminders.sends.map((s) => s.period)).toEqual(['2026-W45']);
  });

  test('any sequence of runs (quotas, failures, crashes, doubled runs) sends each message once and all of them', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rng = new Rng(seed);
      const world = new World();
      const recipients = [A, B, C, 'd@example.org', 'e@example.org'];
      const periods = ['2026-08', '2026-09', '2026-10'];
      let p = 0;
      const reached = new Set<string>();
      for (let run = 0; run < 30; run++) {
        if (rng.chance(0.2) && p < periods.length - 1) p++;
        reached.add(periods[p] as string);
        world.run(
          { due: [periods[p] as string], recipients, quota: rng.int(0, 4) },
          {
            fails: rng.chance(0.3) ? [rng.pick(recipients)] : [],
            stopAfter: rng.chance(0.3) ? rng.int(0, 3) : undefined,
          },
        );
      }
      // Then runs with room and no failure, until nothing is left.
      while (world.run({ due: [periods[p] as string], recipients }).sends.length > 0);
      expect([seed, world.doubles()]).toEqual([seed, []]);
      const expected = world.log.map(messageKey);
      expect(new Set(world.mailed)).toEqual(new Set(expected));
      // Every period reached was due to every recipient, once it was reached.
      for (const period of reached)
        for (const recipient of recipients)
          expect(world.mailed).toContain(messageKey({ kind: 'digest', period, recipient }));
    }
  });
});

/** The weekly reminder (a week × recipient), as its adapter asks: one week due, the log's rows. */
describe('planDelivery of the weekly reminder', () => {
  const week = '2026-W45';
  const reminder = (over: Partial<DeliveryInput>): DeliveryPlan =>
    planDelivery({
      kind: 'reminder',
      log: [],
      nextRow: 2,
      recipients: [],
      due: [week],
      quota: 10,
      ...over,
    });
  const row = (period: string, recipient: string, at: number, status: DeliveryLogRow['status']) =>
    ({ kind: 'reminder', period, recipient, row: at, status }) as const;

  test('a first run logs every recipient as pending, then sends each once', () => {
    const plan = reminder({ recipients: ['A@x.org', 'b@x.org', 'a@x.org '] });
    expect(plan.add).toEqual([
      { kind: 'reminder', period: week, recipient: 'a@x.org' },
      { kind: 'reminder', period: week, recipient: 'b@x.org' },
    ]);
    expect(plan.sends).toEqual([
      { kind: 'reminder', period: week, recipient: 'a@x.org', row: 2 },
      { kind: 'reminder', period: week, recipient: 'b@x.org', row: 3 },
    ]);
    expect(plan.left).toBe(0);
  });

  test('a pair already sent is never sent again; a pending or failed one is', () => {
    const plan = reminder({
      log: [
        row(week, 'a@x.org', 2, 'sent'),
        row(week, 'b@x.org', 3, 'failed'),
        row(week, 'c@x.org', 4, 'pending'),
      ],
      nextRow: 5,
      recipients: ['a@x.org', 'b@x.org', 'c@x.org'],
    });
    expect(plan.add).toEqual([]);
    expect(plan.sends.map((s) => [s.recipient, s.row])).toEqual([
      ['b@x.org', 3],
      ['c@x.org', 4],
    ]);
  });

  test('the quota caps the sends; the rest is logged and left for a later run', () => {
    const plan = reminder({ recipients: ['a@x.org', 'b@x.org', 'c@x.org'], quota: 1 });
    expect(plan.add).toHaveLength(3);
    expect(plan.sends).toEqual([{ kind: 'reminder', period: week, recipient: 'a@x.org', row: 2 }]);
    expect(plan.left).toBe(2);
    expect(reminder({ recipients: ['a@x.org'], quota: 0 }).sends).toEqual([]);
  });

  test('last week sent does not count for this week; a recipient no longer listed gets nothing', () => {
    const plan = reminder({
      log: [row('2026-W44', 'a@x.org', 2, 'sent'), row('2026-W44', 'gone@x.org', 3, 'pending')],
      nextRow: 4,
      recipients: ['a@x.org'],
      quota: 5,
    });
    expect(plan.sends).toEqual([{ kind: 'reminder', period: week, recipient: 'a@x.org', row: 4 }]);
  });

  test('last week’s unsent reminder is given up: this week’s, with today’s counts, replaces it', () => {
    const plan = reminder({
      log: [row('2026-W44', 'a@x.org', 2, 'pending'), row('2026-W44', 'b@x.org', 3, 'failed')],
      nextRow: 4,
      recipients: ['a@x.org', 'b@x.org'],
    });
    expect(plan.sends.map((s) => [s.period, s.recipient, s.row])).toEqual([
      [week, 'a@x.org', 4],
      [week, 'b@x.org', 5],
    ]);
    expect(plan.left).toBe(0);
  });

  test('a run after Monday finishes the week and adds nobody the log lacks', () => {
    const plan = reminder({
      log: [row(week, 'a@x.org', 2, 'pending'), row(week, 'b@x.org', 3, 'sent')],
      nextRow: 4,
      recipients: ['a@x.org', 'b@x.org', 'new@x.org'],
      adds: false,
    });
    expect(plan.add).toEqual([]);
    expect(plan.sends).toEqual([{ kind: 'reminder', period: week, recipient: 'a@x.org', row: 2 }]);
  });
});

test('one log holding both kinds: each plan sends its own messages and no other’s', () => {
  const log: DeliveryLogRow[] = [
    { kind: 'digest', period: '2026-10', recipient: A, row: 2, status: 'sent' },
    { kind: 'reminder', period: '2026-W45', recipient: A, row: 3, status: 'pending' },
    { kind: 'reminder', period: '2026-W45', recipient: B, row: 4, status: 'sent' },
    { kind: 'digest', period: '2026-10', recipient: B, row: 5, status: 'failed' },
  ];
  const base = { log, nextRow: 6, recipients: [A, B, C], quota: 10 };
  const digest = planDelivery({ ...base, kind: 'digest', due: ['2026-10'] });
  expect(digest.add).toEqual([{ kind: 'digest', period: '2026-10', recipient: C }]);
  expect(digest.sends.map((s) => [s.kind, s.recipient, s.row])).toEqual([
    ['digest', B, 5],
    ['digest', C, 6],
  ]);
  const reminder = planDelivery({ ...base, kind: 'reminder', due: ['2026-W45'] });
  expect(reminder.add).toEqual([{ kind: 'reminder', period: '2026-W45', recipient: C }]);
  expect(reminder.sends.map((s) => [s.kind, s.recipient, s.row])).toEqual([
    ['reminder', A, 3],
    ['reminder', C, 6],
  ]);
  // A digest sent to A is no reminder sent to A, nor the other way round.
  expect(
    planDelivery({ ...base, kind: 'reminder', due: ['2026-W46'], log: [log[0] as DeliveryLogRow] })
      .sends,
  ).toHaveLength(3);
});

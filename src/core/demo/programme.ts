import type { EventType } from '../schema/choices';
import { DEMO_MONTHS } from './calendar';
import { CaseBuilder } from './cases';
import { DEMO_COMMITTEES } from './committees';
import { EventBuilder } from './events';
import { buildMembers, type DemoMember } from './members';
import { type DemoItem, type DemoModel, localized } from './model';
import { Rng } from './prng';
import { withDemoWorklist } from './worklist';

/** Each part of the demo draws from its own stream, so changing one leaves the others as they are. */
const SEEDS = { members: 0x4b4f5247, events: 0x4f4f3230, cases: 0x32365f31 } as const;

function committees(): DemoItem<'committees'>[] {
  return DEMO_COMMITTEES.map((c) => ({
    row: {
      committeeId: c.id,
      name: localized(c.name),
      region: c.region,
      district: c.district ? localized(c.district) : null,
      settlement: localized(c.settlement),
      establishedOn: c.establishedOn,
      governmentOrder: localized(c.order),
      planApprovedOn: c.planApprovedOn,
      status: 'active',
      contactEmail: c.email,
    },
  }));
}

/** What each committee planned, month by month (its approved work plan). */
function plan(): DemoItem<'plan'>[] {
  const items: DemoItem<'plan'>[] = [];
  for (const committee of DEMO_COMMITTEES) {
    for (const { iso, month } of DEMO_MONTHS) {
      const planned: [EventType, number][] = [['committee_session', 1]];
      if (committee.id === 'KANT-R' && [10, 2, 6].includes(month)) {
        planned.push(['district_meeting', 1]);
      }
      if ([10, 4].includes(month)) planned.push(['training', 1]);
      if ([11, 3].includes(month)) planned.push(['preventive_meeting', 1]);
      if ([9, 12, 3, 6].includes(month)) planned.push(['awareness', 1]);
      if ([10, 5].includes(month)) planned.push(['partnership_meeting', 1]);
      if ([11, 2, 5, 9].includes(month)) planned.push(['consultation', 1]);
      for (const [eventType, plannedCount] of planned) {
        items.push({ row: { committeeId: committee.id, month: iso, eventType, plannedCount } });
      }
    }
  }
  return items;
}

/** Who gets the monthly digest (reserved example.org addresses: no real mail is ever sent). */
function recipients(): DemoItem<'recipients'>[] {
  return [
    {
      row: {
        email: 'coordinator@example.org',
        name: 'Координатор программы',
        language: 'ru',
        active: 'yes',
        receives: ['digest', 'reminders'],
      },
    },
    {
      row: {
        email: 'naryn.region@example.org',
        name: 'Нарын облусу боюнча координатор',
        language: 'ky',
        region: 'naryn',
        threshold: 3,
        active: 'yes',
        receives: ['digest', 'reminders'],
      },
    },
    {
      row: {
        email: 'donor.officer@example.org',
        name: 'Programme officer, donor',
        language: 'en',
        active: 'yes',
      },
    },
    {
      row: {
        email: 'former.coordinator@example.org',
        name: 'Бывший координатор по Иссык-Кульской области',
        language: 'ru',
        region: 'issyk_kul',
        active: 'no',
      },
    },
  ];
}

/** The whole demo programme, language-free: keys, wall-clock times, numbers. */
export function buildDemoModel(): DemoModel {
  const memberRng = new Rng(SEEDS.members);
  const usedNames = new Set<string>();
  const members: DemoItem<'members'>[] = [];
  const people: DemoMember[] = [];
  for (const committee of DEMO_COMMITTEES) {
    const built = buildMembers(memberRng, committee, usedNames);
    members.push(...built.items);
    people.push(...built.members);
  }
  const events = new EventBuilder(new Rng(SEEDS.events), DEMO_COMMITTEES, people);
  events.counted();
  events.sessions();
  events.awareness();
  events.partnersAndConsultations();
  events.mistakes();
  const cases = withDemoWorklist(new CaseBuilder(new Rng(SEEDS.cases), DEMO_COMMITTEES).build());
  return {
    committees: committees(),
    members,
    events: events.items(),
    cases: cases.cases,
    referrals: cases.referrals,
    assistance: cases.assistance,
    plan: plan(),
    recipients: recipients(),
  };
}

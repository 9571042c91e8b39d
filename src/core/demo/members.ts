import type { ChoiceKey, Sector } from '../schema/choices';
import { addDays, day, isWeekend } from './calendar';
import type { DemoCommittee } from './committees';
import type { DemoItem } from './model';
import {
  KYRGYZ_FEMALE_NAMES,
  KYRGYZ_MALE_NAMES,
  KYRGYZ_SURNAMES,
  RUSSIAN_FEMALE_NAMES,
  RUSSIAN_MALE_NAMES,
  RUSSIAN_PATRONYMICS,
  RUSSIAN_SURNAMES,
} from './names';
import type { Rng } from './prng';

type Sex = ChoiceKey<'sex'>;
type Role = ChoiceKey<'role'>;

/** The first 20 seats of every committee; chair, deputy chair and secretary come first. */
const BASE_SECTORS: readonly Sector[] = [
  'local_government', // chair: deputy head of the ayil okmotu or the mayor's office
  'social_protection', // deputy chair
  'local_government', // secretary
  'police',
  'police',
  'social_protection',
  'education',
  'education',
  'education',
  'health',
  'health',
  'aksakal_court',
  'aksakal_court',
  'womens_council',
  'womens_council',
  'youth_committee',
  'religious_leader',
  'community_member',
  'crisis_centre_ngo',
  'local_government',
];
/** Seats beyond 20, in this order. */
const EXTRA_SECTORS: readonly Sector[] = [
  'education',
  'community_member',
  'health',
  'womens_council',
  'crisis_centre_ngo',
  'social_protection',
  'community_member',
  'education',
  'police',
  'youth_committee',
];
const ROLES: readonly Role[] = ['chair', 'deputy_chair', 'secretary'];

/** The chance that a member of the sector is a woman (most members are women). */
const FEMALE_SHARE: Readonly<Partial<Record<Sector, number>>> = {
  local_government: 0.6,
  police: 0.4,
  aksakal_court: 0.3,
  religious_leader: 0,
  womens_council: 1,
  youth_committee: 0.5,
};

export interface DemoMember {
  readonly committee: string;
  readonly sex: Sex;
}

/** A full name, Kyrgyz or Russian, "Surname Name Patronymic" as member lists write it. */
function fullName(rng: Rng, sex: Sex, russian: boolean): string {
  const female = sex === 'female';
  if (russian) {
    const [maleSurname, femaleSurname] = rng.pick(RUSSIAN_SURNAMES);
    const [malePatronymic, femalePatronymic] = rng.pick(RUSSIAN_PATRONYMICS);
    const name = rng.pick(female ? RUSSIAN_FEMALE_NAMES : RUSSIAN_MALE_NAMES);
    return `${female ? femaleSurname : maleSurname} ${name} ${female ? femalePatronymic : malePatronymic}`;
  }
  const surname = rng.pick(KYRGYZ_SURNAMES);
  const name = rng.pick(female ? KYRGYZ_FEMALE_NAMES : KYRGYZ_MALE_NAMES);
  let father = rng.pick(KYRGYZ_MALE_NAMES);
  while (father === name) father = rng.pick(KYRGYZ_MALE_NAMES);
  // Younger people often write the Kyrgyz form «Бакыт кызы» instead of «Бакытовна».
  const patronymic = rng.chance(0.2)
    ? `${father} ${female ? 'кызы' : 'уулу'}`
    : `${father}${female ? 'овна' : 'ович'}`;
  return `${surname}${female ? 'а' : ''} ${name} ${patronymic}`;
}

/** Every member of one committee, all active to the end of the demo (no one has left). */
export function buildMembers(
  rng: Rng,
  committee: DemoCommittee,
  usedNames: Set<string>,
): { items: DemoItem<'members'>[]; members: DemoMember[] } {
  const items: DemoItem<'members'>[] = [];
  const members: DemoMember[] = [];
  const lastJoin = day(2025, 8, 29);
  for (let seat = 0; seat < committee.size; seat++) {
    const sector =
      seat < BASE_SECTORS.length
        ? (BASE_SECTORS[seat] as Sector)
        : (EXTRA_SECTORS[seat - BASE_SECTORS.length] as Sector);
    const sex: Sex = rng.chance(FEMALE_SHARE[sector] ?? 0.85) ? 'female' : 'male';
    let name = fullName(rng, sex, rng.chance(committee.russianShare));
    while (usedNames.has(name)) name = fullName(rng, sex, rng.chance(committee.russianShare));
    usedNames.add(name);
    // The order named the first members; others joined in the weeks after, before September.
    let joinedOn = committee.establishedOn;
    if (seat >= ROLES.length && rng.chance(0.3)) {
      joinedOn = Math.min(addDays(joinedOn, rng.int(7, 60)), lastJoin);
      while (isWeekend(joinedOn)) joinedOn = addDays(joinedOn, -1);
    }
    items.push({
      row: {
        committeeId: committee.id,
        fullName: name,
        sex,
        sector,
        role: ROLES[seat] ?? 'member',
        joinedOn,
      },
    });
    members.push({ committee: committee.id, sex });
  }
  return { items, members };
}

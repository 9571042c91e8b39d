import type { ChoiceKey } from '../schema/choices';

type Affected = ChoiceKey<'affectedPerson'>;

/**
 * The cases of each committee, in the order they were identified: 62 in all (the seed's "at-risk
 * families identified"). Each word is one case: its affected person (w woman, c child,
 * e elderly person, d person with a disability, m man), then what happened beyond the usual:
 * K referred to a crisis centre, S referred to a shelter, H given housing, $n cash aid of n som,
 * N consent to share refused, U consent not recorded.
 * The seed's figures: 12 women referred to crisis centres and shelters (the K/S women; the
 * child referred with her mother is not one of them), 2 women with cash aid (13 000 som),
 * 1 woman given a house.
 */
export const CASE_SPECS: Readonly<Record<string, string>> = {
  KANT: 'w wK cK w wS e w wN w c w',
  'KANT-R': 'w wK d w c wS e',
  ANAN: 'w c wK w w e wKS w wU',
  CHSO: 'w wSH c w w wN e',
  BALY: 'w wK w c wK$8000 w d w wS w c w',
  UCHK: 'w w c wK$5000 w w m wU',
  AKKU: 'w wS w e w c w w',
};

export interface CaseSpec {
  readonly who: Affected;
  readonly crisisCentre: boolean;
  readonly shelter: boolean;
  readonly housing: boolean;
  /** Cash aid in som, 0 for none. */
  readonly cashKgs: number;
  readonly consent: 'yes' | 'no' | 'unrecorded';
}

const WHO: Readonly<Record<string, Affected>> = {
  w: 'woman',
  c: 'child',
  e: 'elderly',
  d: 'disabled',
  m: 'man',
};

export function parseCaseSpecs(text: string): CaseSpec[] {
  return text
    .trim()
    .split(/\s+/)
    .map((word) => {
      const who = WHO[word.charAt(0)];
      if (!who) throw new Error(`bad case spec ${word}`);
      const flags = word.slice(1);
      const cash = /\$(\d+)/.exec(flags);
      return {
        who,
        crisisCentre: flags.includes('K'),
        shelter: flags.includes('S'),
        housing: flags.includes('H'),
        cashKgs: cash ? Number(cash[1]) : 0,
        consent: flags.includes('N') ? 'no' : flags.includes('U') ? 'unrecorded' : 'yes',
      };
    });
}

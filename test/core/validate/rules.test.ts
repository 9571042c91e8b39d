import { DATA_SHEETS } from '../../../src/core/schema/sheets';
import { lookedUpFrom } from '../../../src/core/validate/rule-defs';
import {
  RULE_DEFS,
  RULE_IDS,
  type RuleScope,
  ruleSeverity,
} from '../../../src/core/validate/rules';
import { validate, validateEdited, validRows } from './fixture';
import { RULE_CASES } from './rule-cases';

describe('the valid fixture', () => {
  it('has no problem at all, so each case below isolates one rule', () => {
    expect(validate(validRows())).toEqual([]);
  });
});

describe.each(RULE_IDS.map((id) => [id]))('rule %s', (id) => {
  const ruleCase = RULE_CASES[id];

  it('is reported on the row and column that break it', () => {
    const problems = validateEdited(ruleCase.bad, ruleCase.layout).filter((p) => p.rule === id);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({
      sheet: ruleCase.sheet,
      sheetName: expect.any(String),
      row: ruleCase.row,
      column: ruleCase.column,
      severity: RULE_DEFS[id].severity,
    });
    if (ruleCase.value !== undefined) expect(problem?.value).toBe(ruleCase.value);
  });

  it('is not reported when the row keeps it', () => {
    const problems = validateEdited(ruleCase.good, ruleCase.goodLayout ?? ruleCase.layout);
    expect(problems.filter((p) => p.rule === id)).toEqual([]);
  });
});

describe('the registry', () => {
  it('has a test case for every rule and a rule for every test case', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('says which sheets and columns each rule reads, all of them in the schema', () => {
    for (const id of RULE_IDS) {
      const rule = RULE_DEFS[id];
      expect(rule.reads.length).toBeGreaterThan(0);
      for (const scope of rule.reads) {
        expect(DATA_SHEETS).toContain(scope.sheet);
        expect(scope.columns.length).toBeGreaterThan(0);
      }
    }
    expect(RULE_DEFS.phone_number.reads).toContainEqual({
      sheet: 'events',
      columns: ['topic', 'decisions'],
    });
  });

  it('says which other sheets a check of one sheet reads: the committee or the case a row names', () => {
    expect(Object.fromEntries(DATA_SHEETS.map((sheet) => [sheet, lookedUpFrom(sheet)]))).toEqual({
      committees: [],
      members: ['committees'],
      events: ['committees'],
      cases: ['committees'],
      referrals: ['cases'],
      assistance: ['cases'],
      plan: ['committees'],
      recipients: [],
    });
  });

  it('looks a sheet up only for a rule that judges the rows of another', () => {
    for (const id of RULE_IDS) {
      const reads: readonly RuleScope[] = RULE_DEFS[id].reads;
      if (reads.some((s) => s.lookup))
        expect([id, reads.some((s) => !s.lookup)]).toEqual([id, true]);
    }
  });

  it('knows the severities, and calls an unknown rule an error', () => {
    expect(ruleSeverity('duplicate_event')).toBe('warning');
    expect(ruleSeverity('phone_number')).toBe('error');
    expect(ruleSeverity('person_name')).toBe('warning');
    expect(ruleSeverity('no_such_rule')).toBe('error');
    expect(ruleSeverity('toString')).toBe('error');
  });
});

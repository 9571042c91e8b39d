/**
 * The demo programme: the seed's 7 committees and 14 months of their work, September 2025 to
 * October 2026, with a few of the mistakes real secretaries make. Pure and deterministic.
 */
export { DEMO_COMMITTEES, type DemoCommittee } from './committees';
export { DEMO_TIME_ZONE, DEMO_TODAY, type DemoIndicatorId, SEED_FIGURES } from './expected';
export type { DemoNote, DemoNoteKind } from './model';
export { buildDemoRows, buildDemoSheets, type DemoFinding, demoFindings } from './sheets';
export { demoWorkbook } from './workbook';

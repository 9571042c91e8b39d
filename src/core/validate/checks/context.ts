import type { ReadSheets } from '../../read/read-workbook';
import type { WallTime } from '../../time/wall-time';
import type { ProblemSink } from '../emit';
import type { CaseIndex, CommitteeIndex } from './indexes';

/** What every check gets: the rows, where to report, and the indexes built once. */
export interface CheckContext {
  readonly sheets: ReadSheets;
  readonly sink: ProblemSink;
  /** Start of today's wall-clock day in the workbook's zone. */
  readonly today: WallTime;
  readonly committees: CommitteeIndex;
  readonly cases: CaseIndex;
}

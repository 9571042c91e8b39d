import type { Lang } from '../i18n/lang';
import type { Severity } from '../validate/problem';

/**
 * The contract between the sidebar (src/ui) and the server (src/gas/sidebar in Apps Script,
 * src/local/sidebar-server in the preview): every function the sidebar may call through
 * `google.script.run`, with its argument and result. Results are plain JSON (no Date, no
 * class instances): google.script.run and the preview's HTTP shim both pass them as JSON.
 */

/** A choice for a select: a stable value and its label in the workbook's language. */
export interface Option {
  readonly value: string;
  readonly label: string;
}

export type PeriodKindOption = 'month' | 'quarter' | 'year' | 'all';

/** What the sidebar needs to draw itself before any figure: language and filter choices. */
export interface InitResult {
  readonly lang: Lang;
  /** The periods holding data, newest first, by kind; `all` has the single spec "all". */
  readonly periods: Readonly<Record<PeriodKindOption, readonly Option[]>>;
  /** The month the sidebar opens on: the last complete month (last month), as YYYY-MM. */
  readonly defaultMonth: string;
  /** Committees by Committee ID, labelled "ID · Name" (the name is text from the sheet). */
  readonly committees: readonly Option[];
  /** Regions of those committees, by region key. */
  readonly regions: readonly Option[];
}

export interface OverviewRequest {
  /** A period spec: `2026-10`, `2026-Q4`, `2026` or `all`. */
  readonly period: string;
  /** A Committee ID, or '' for every committee. */
  readonly committee?: string;
  /** A region key, or '' for every region. */
  readonly region?: string;
}

/** One month of an indicator's trend in the sidebar. */
export interface TrendPoint {
  /** YYYY-MM. */
  readonly month: string;
  readonly label: string;
  readonly value: number;
}

export interface OverviewRow {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** The 12 months ending with the period's last month, oldest first. */
  readonly trend: readonly TrendPoint[];
  /** The value in the previous period; null for "since start", which has none. */
  readonly previous: number | null;
  /** value − previous; null when there is no previous period. */
  readonly change: number | null;
}

export interface OverviewResult {
  readonly period: string;
  readonly periodLabel: string;
  readonly from: string;
  readonly to: string;
  readonly previousLabel: string | null;
  readonly rows: readonly OverviewRow[];
  readonly sectorGroups: readonly (Option & { readonly count: number })[];
  readonly excludedRows: number;
  /** The committees the figures cover. */
  readonly committees: readonly string[];
  /** For a month: its approval status ("Approved: 3 of 7"); null for other periods. */
  readonly approval?: string | null;
  /** In a workbook that rolls up others (its Returns sheet holds rows): their reporting. */
  readonly rollup?: RollupView;
}

/** One active source of a roll-up as the Overview lists it (labels in the workbook's language). */
export interface ReportingItem {
  /** The source's name as Sources gives it (text from the sheet). */
  readonly label: string;
  /** reported, late, failing or missing. */
  readonly standing: string;
  readonly standingLabel: string;
  /** "read 02.11.2026 08:00", or "not read yet". */
  readonly readAt: string;
  /** Why it failed (Sources' State), or how far its figures run; '' when reported. */
  readonly detail: string;
}

export interface ReportingView {
  readonly title: string;
  /** "October 2026: 3 of 4 sources reported; 12 of 20 committee-months approved." */
  readonly summary: string;
  readonly items: readonly ReportingItem[];
}

/** Figures cut by source, region or committee: each seed indicator by id. */
export interface BreakdownView {
  readonly by: 'source' | 'region' | 'committee';
  readonly label: string;
  readonly items: readonly {
    readonly key: string;
    readonly label: string;
    readonly values: Readonly<Record<string, number>>;
  }[];
}

export interface RollupView {
  readonly reporting: ReportingView;
  readonly breakdowns: readonly BreakdownView[];
  /** What the figures leave out and why (sources lacking the period, unreadable rows). */
  readonly notes: readonly string[];
}

/** One active recipient of the digest, as the Digest tab lists it (labels in the UI's language). */
export interface RecipientItem {
  readonly email: string;
  readonly language: string;
  readonly region: string;
  readonly threshold: string;
}

export interface RecipientsResult {
  readonly recipients: readonly RecipientItem[];
}

export interface ProblemItem {
  readonly severity: Severity;
  readonly row: number;
  /** The column's label in the workbook's language ('' for a problem of the whole row). */
  readonly column: string;
  /** What selectCell takes: `C5`, or `5:5` for a whole row. */
  readonly a1: string;
  /** What is wrong and what to do; where (sheet, row, column) is in the fields above. */
  readonly message: string;
  /** The offending cell as text (typed by anyone: render it as text only). */
  readonly value: string;
}

export interface ProblemGroup {
  readonly sheet: string;
  /** The sheet's name as found in the workbook (what selectCell takes). */
  readonly sheetName: string;
  readonly errors: number;
  readonly warnings: number;
  readonly problems: readonly ProblemItem[];
  /** Problems beyond the ones listed (the list is cut to stay light). */
  readonly more: number;
}

export interface ProblemsResult {
  /** In a roll-up: the sources' rows and their problems stay in their own workbooks. */
  readonly note?: string;
  readonly errors: number;
  readonly warnings: number;
  readonly excludedRows: number;
  readonly groups: readonly ProblemGroup[];
}

/** One item of the To do tab (DESIGN §10), in the workbook's language. */
export interface TodoItem {
  /** A worklist kind: protection_order_ending, referral_no_outcome, ... */
  readonly kind: string;
  readonly caseCode: string;
  /** What to do, in plain words. */
  readonly text: string;
  /** When it is due, and how late. */
  readonly due: string;
  readonly overdue: boolean;
  /** The sheet and row a click selects (what selectCell takes). */
  readonly sheetName: string;
  readonly a1: string;
}

export interface TodoGroup {
  readonly committee: string;
  /** "ID · Name" (the name is text from the sheet). */
  readonly label: string;
  readonly items: readonly TodoItem[];
}

export interface TodoResult {
  /** In a roll-up: the sources' cases and their to-dos stay in their own workbooks. */
  readonly note?: string;
  /** The day the list is for, dd.mm.yyyy. */
  readonly date: string;
  readonly count: number;
  readonly groups: readonly TodoGroup[];
}

export interface SelectCellRequest {
  readonly sheet: string;
  readonly a1: string;
}

export interface SelectCellResult {
  readonly sheet: string;
  readonly a1: string;
}

export interface DigestRequest {
  /** YYYY-MM. */
  readonly month: string;
  readonly lang: Lang;
}

export interface ScheduleStatus {
  readonly installed: boolean;
  /** When the next digest goes out, as text in the workbook's language ('' when not scheduled). */
  readonly next: string;
}

export interface DigestPreviewResult {
  /** false until the digest renderer is part of the build. */
  readonly available: boolean;
  readonly month: string;
  readonly monthLabel: string;
  readonly subject: string;
  /** The HTML exactly as it is sent; shown in a sandboxed iframe, never in the page. */
  readonly html: string;
  readonly recipients: number;
  readonly schedule: ScheduleStatus;
  /** Whether "send preview to me" works here (not in the local preview: it has no mail). */
  readonly canSend: boolean;
  /** Whether this server can schedule the digest (offered where it is not scheduled). */
  readonly canSchedule: boolean;
  /** The months a digest can be previewed for, newest first. */
  readonly months: readonly Option[];
}

export interface SheetState {
  readonly key: string;
  readonly label: string;
  /** The sheet's name in the workbook, or null when it is missing. */
  readonly name: string | null;
}

export interface FormState {
  readonly key: string;
  readonly title: string;
  /** Where committee secretaries answer, and where coordinators edit; '' when unknown. */
  readonly url: string;
  readonly editUrl: string;
}

/** What a trigger is for: the Set-up tab offers the button that installs a missing one. */
export type TriggerKind = 'intake' | 'digest' | 'other';

export interface TriggerState {
  readonly handler: string;
  readonly kind: TriggerKind;
  readonly label: string;
  readonly installed: boolean;
  /** Missing, and the sidebar can install it here: it offers the button. */
  readonly canInstall?: boolean;
}

export interface SetupState {
  readonly lang: Lang;
  readonly languages: readonly Option[];
  readonly sheets: readonly SheetState[];
  /** null when forms are not part of this build. */
  readonly forms: readonly FormState[] | null;
  readonly triggers: readonly TriggerState[];
  /** Which actions this server can run (the preview cannot create forms or send mail). */
  readonly can: {
    readonly createForms: boolean;
    readonly sendPreview: boolean;
    readonly scheduleDigest: boolean;
  };
}

export interface MonthRequest {
  /** YYYY-MM. */
  readonly month: string;
}

export type MonthAction = 'approve' | 'return' | 'reopen';

/** One committee's month on the Month tab. */
export interface MonthCommittee {
  readonly committeeId: string;
  /** Text from the sheet: render as text only. */
  readonly name: string;
  readonly region: string;
  /** Rows dated in the month (events, cases, referrals, assistance, plan). */
  readonly rows: number;
  readonly openErrors: number;
  /** open, submitted, approved, returned or reopened. */
  readonly status: string;
  readonly statusLabel: string;
  readonly by: string;
  /** When, as dd.mm.yyyy hh:mm ('' while open). */
  readonly at: string;
  readonly note: string;
  /** The actions the signed-in user may take now (none outside their scope). */
  readonly actions: readonly MonthAction[];
  /** Why no action is offered, when none is ('' otherwise). */
  readonly why: string;
  /** Figures that moved since approval: indicator label, approved, current. */
  readonly revisions: readonly {
    readonly label: string;
    readonly approved: number;
    readonly current: number;
  }[];
}

export interface MonthResult {
  readonly month: string;
  readonly monthLabel: string;
  readonly committees: readonly MonthCommittee[];
  /** "Approved: 3 of 7". */
  readonly summary: string;
  /** In a roll-up: the sources' months are approved in their own workbooks. */
  readonly note?: string;
}

export interface MonthActionRequest {
  readonly month: string;
  readonly committeeId: string;
  readonly action: MonthAction;
  readonly note: string;
}

export interface MonthActionResult {
  readonly message: string;
  /** The month as it stands after the action. */
  readonly month: MonthResult;
}

/** The result of an action: a message for the coordinator, in the workbook's language. */
export interface ActionResult {
  readonly message: string;
}

/** Every server function of the sidebar; the Apps Script entry points carry these names. */
export interface SidebarApi {
  sidebarInit(): InitResult;
  sidebarOverview(request: OverviewRequest): OverviewResult;
  sidebarProblems(): ProblemsResult;
  /** The coordinator's worklist for today. */
  sidebarTodo(): TodoResult;
  sidebarSelectCell(request: SelectCellRequest): SelectCellResult;
  sidebarDigestPreview(request: DigestRequest): DigestPreviewResult;
  sidebarRecipients(): RecipientsResult;
  sidebarSetupState(): SetupState;
  sidebarSetLanguage(lang: Lang): ActionResult;
  sidebarSetUpWorkbook(): ActionResult;
  sidebarCreateForms(): ActionResult;
  sidebarSendPreviewToMe(request: DigestRequest): ActionResult;
  /** Schedules this workbook's digest (its one clock); says when it goes out. */
  sidebarScheduleDigest(): ActionResult;
  /** The Month tab: every committee's month, its status and the actions offered. */
  sidebarMonth(request: MonthRequest): MonthResult;
  /** Approves, returns or reopens one committee's month (under the document lock). */
  sidebarMonthAction(request: MonthActionRequest): MonthActionResult;
}

export type SidebarFunction = keyof SidebarApi;

/** The names at run time (the preview's shim and the HTTP router list them). */
export const SIDEBAR_FUNCTIONS = [
  'sidebarInit',
  'sidebarOverview',
  'sidebarProblems',
  'sidebarTodo',
  'sidebarSelectCell',
  'sidebarDigestPreview',
  'sidebarRecipients',
  'sidebarSetupState',
  'sidebarSetLanguage',
  'sidebarSetUpWorkbook',
  'sidebarCreateForms',
  'sidebarSendPreviewToMe',
  'sidebarScheduleDigest',
  'sidebarMonth',
  'sidebarMonthAction',
] as const satisfies readonly SidebarFunction[];

export function isSidebarFunction(name: string): name is SidebarFunction {
  return (SIDEBAR_FUNCTIONS as readonly string[]).includes(name);
}

import type { Analysis } from '../analyse';
import type { ApprovalLedger } from '../approval/model';
import type { ApprovalPlan } from '../approval/plan';
import type { RenderedDigest } from '../digest';
import type { Lang } from '../i18n/lang';
import type { WallTime } from '../time/wall-time';
import type { WorklistDays } from '../worklist';
import type { FormState } from './api';

export type { RenderedDigest };

/** The digest as this build renders and sends it; absent until the digest module is built in. */
export interface DigestPort {
  render(analysis: Analysis, month: string, lang: Lang): RenderedDigest;
  /** Sends that digest to the current user only; returns the address it went to. */
  sendPreviewToMe?(analysis: Analysis, month: string, lang: Lang): string;
  /** Schedules this workbook's digest; returns what to tell the coordinator. */
  schedule?(lang: Lang): string;
  /** The handler name of the document's one time-driven trigger (the clock). */
  readonly triggerHandler: string;
}

/** The forms as this build makes them; absent until the forms module is built in. */
export interface FormsPort {
  state(): readonly FormState[];
  createOrUpdate(lang: Lang): readonly FormState[];
  /** The handler name of the onFormSubmit trigger. */
  readonly triggerHandler: string;
}

/** The month close's sheets: read, and appended to under the document lock. */
export interface ApprovalPort {
  /** Who is signed in (their e-mail in Google Sheets). */
  actor(): string;
  /** Now, on the workbook's wall clock. */
  now(): WallTime;
  ledger(): ApprovalLedger;
  /**
   * Holding the document lock: reads the ledger afresh, asks `plan` what to append, appends it
   * and returns the plan. Throws a SidebarError when the lock could not be had.
   */
  decide(plan: (ledger: ApprovalLedger) => ApprovalPlan): ApprovalPlan;
}

/**
 * What the sidebar's server functions need from the world. The Apps Script adapter reads the
 * active spreadsheet; the preview server reads an .xlsx file; both hand the core the same
 * Analysis, so the sidebar shows the same figures in both.
 */
export interface SidebarPorts {
  /** The workbook read, validated and reduced (read afresh or cached, as the host sees fit). */
  analysis(): Analysis;
  /** The names of every sheet in the workbook, the add-on's own included. */
  sheetNames(): readonly string[];
  lang(): Lang;
  setLang(lang: Lang): void;
  /** Today's wall clock in the workbook's zone. */
  today(): WallTime;
  /** Activates the range of a sheet (the sheet and the address are checked already). */
  selectRange(sheetName: string, a1: string): void;
  /** Creates or repairs the sheets; null where the host cannot (the preview). */
  setUpWorkbook(lang: Lang): { sheetsCreated: number; columnsAdded: number } | null;
  /** Handler names of this user's triggers in this document (not other workbooks'). */
  installedTriggers(): readonly string[];
  readonly forms?: FormsPort;
  readonly digest?: DigestPort;
  readonly approval?: ApprovalPort;
  /** The worklist's day counts as set for this workbook (the defaults when absent). */
  worklistDays?(): WorklistDays;
}

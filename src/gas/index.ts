/**
 * Korgoo's Apps Script entry points, and nothing else: the build turns each export into a
 * top-level function of Code.js (triggers, menu items). The logic lives in the modules.
 */

import type { Lang } from '../core/i18n/lang';
import type * as Sidebar from '../core/sidebar/api';
import { editAction, helpAction, openMenu, setUpAction, validateAction } from './actions';
import { previewDigestAction, scheduleDigestAction } from './digest/actions';
import {
  createOrUpdateFormsAction,
  formSubmitAction,
  processPendingAction,
  syncCommitteesAction,
} from './forms/actions';
import { updateReturnAction, updateRollupAction } from './rollup/actions';
import { legacyClockRun, scheduleRun } from './schedule/run';
import { sidebarServer } from './sidebar/server';
import { showSidebar as openSidebar } from './sidebar/show';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  openMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  editAction(e);
}

export function setUpWorkbook(): void {
  setUpAction();
}

export function validateNow(): void {
  validateAction();
}

export function updateReturn(): void {
  updateReturnAction();
}

/** Menu: every active source's Return copied into Returns (DESIGN §11). */
export function updateRollup(): void {
  updateRollupAction();
}

export function showHelp(): void {
  helpAction();
}

export function scheduleMonthlyDigest(): void {
  scheduleDigestAction();
}

export function sendDigestPreview(): void {
  previewDigestAction();
}

/** The one clock, hourly: whatever is due (the digest from the 1st until every recipient has it). */
export function runSchedule(): void {
  scheduleRun();
}

/** The monthly clock of earlier versions: replaced by the one clock when it fires. */
export function sendMonthlyDigest(): void {
  legacyClockRun();
}

/** The follow-up clock of earlier versions: replaced by the one clock when it fires. */
export function sendPendingDigests(): void {
  legacyClockRun();
}

export function createOrUpdateForms(): void {
  createOrUpdateFormsAction();
}

export function updateFormCommittees(): void {
  syncCommitteesAction();
}

export function processPendingResponses(): void {
  processPendingAction();
}

/** The spreadsheet's installable onFormSubmit trigger (installed by createOrUpdateForms). */
export function onFormSubmitted(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  formSubmitAction(e);
}

export function showSidebar(): void {
  openSidebar();
}

// The sidebar's server functions (google.script.run), each over the active spreadsheet.
export function sidebarInit(): Sidebar.InitResult {
  return sidebarServer().sidebarInit();
}

export function sidebarOverview(request: Sidebar.OverviewRequest): Sidebar.OverviewResult {
  return sidebarServer().sidebarOverview(request);
}

export function sidebarProblems(): Sidebar.ProblemsResult {
  return sidebarServer().sidebarProblems();
}

export function sidebarTodo(): Sidebar.TodoResult {
  return sidebarServer().sidebarTodo();
}

export function sidebarSelectCell(request: Sidebar.SelectCellRequest): Sidebar.SelectCellResult {
  return sidebarServer().sidebarSelectCell(request);
}

export function sidebarDigestPreview(request: Sidebar.DigestRequest): Sidebar.DigestPreviewResult {
  return sidebarServer().sidebarDigestPreview(request);
}

export function sidebarRecipients(): Sidebar.RecipientsResult {
  return sidebarServer().sidebarRecipients();
}

export function sidebarSetupState(): Sidebar.SetupState {
  return sidebarServer().sidebarSetupState();
}

export function sidebarSetLanguage(lang: Lang): Sidebar.ActionResult {
  return sidebarServer().sidebarSetLanguage(lang);
}

export function sidebarSetUpWorkbook(): Sidebar.ActionResult {
  return sidebarServer().sidebarSetUpWorkbook();
}

export function sidebarCreateForms(): Sidebar.ActionResult {
  return sidebarServer().sidebarCreateForms();
}

export function sidebarSendPreviewToMe(request: Sidebar.DigestRequest): Sidebar.ActionResult {
  return sidebarServer().sidebarSendPreviewToMe(request);
}

export function sidebarScheduleDigest(): Sidebar.ActionResult {
  return sidebarServer().sidebarScheduleDigest();
}

export function sidebarMonth(request: Sidebar.MonthRequest): Sidebar.MonthResult {
  return sidebarServer().sidebarMonth(request);
}

export function sidebarMonthAction(request: Sidebar.MonthActionRequest): Sidebar.MonthActionResult {
  return sidebarServer().sidebarMonthAction(request);
}

/**
 * Korgoo's Apps Script entry points, and nothing else: the build turns each export into a
 * top-level function of Code.js (triggers, menu items). The logic lives in the modules.
 */
import { editAction, helpAction, openMenu, setUpAction, validateAction } from './actions';
import { digestRun, previewDigestAction, scheduleDigestAction } from './digest/actions';
import {
  createOrUpdateFormsAction,
  formSubmitAction,
  processPendingAction,
  syncCommitteesAction,
} from './forms/actions';

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

export function showHelp(): void {
  helpAction();
}

export function scheduleMonthlyDigest(): void {
  scheduleDigestAction();
}

export function sendDigestPreview(): void {
  previewDigestAction();
}

/** The monthly clock trigger (the 1st, 08:00 in the spreadsheet's zone). */
export function sendMonthlyDigest(): void {
  digestRun(false);
}

/** The follow-up clock trigger: retries what is pending, removes itself when nothing is. */
export function sendPendingDigests(): void {
  digestRun(true);
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

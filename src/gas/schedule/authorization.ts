/**
 * Installable triggers run as the user who made them; after an update that adds a scope they
 * fail until that user authorizes again. Like Google's Form Notifications sample, a trigger
 * asks ScriptApp.getAuthorizationInfo(FULL) first and, when authorization is required, tells
 * the user by one e-mail with the link, then returns instead of failing.
 */

import { text } from '../../core/i18n/texts';
import { workbookLang } from '../settings';

const NOTIFIED_KEY = 'korgoo.authorization.notified';
/** The address of whoever scheduled here, for when Session cannot say it (a missing scope). */
const EMAIL_KEY = 'korgoo.authorization.email';

/** Kept when a user schedules or creates forms: the address the notice goes to. */
export function rememberUserEmail(): void {
  const email = userEmail();
  if (email) PropertiesService.getUserProperties().setProperty(EMAIL_KEY, email);
}

function userEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail().trim();
  } catch {
    return '';
  }
}

/**
 * True when the user must authorize the add-on again: then the trigger must do nothing else.
 * The notice goes out once (remembered in the document's properties) until authorized again.
 */
export function authorizationRequired(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const properties = PropertiesService.getDocumentProperties();
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) {
    if (properties.getProperty(NOTIFIED_KEY) !== null) properties.deleteProperty(NOTIFIED_KEY);
    return false;
  }
  if (properties.getProperty(NOTIFIED_KEY) !== null) return true;
  const to = userEmail() || PropertiesService.getUserProperties().getProperty(EMAIL_KEY) || '';
  if (to && MailApp.getRemainingDailyQuota() > 0) {
    const lang = workbookLang();
    const url = info.getAuthorizationUrl();
    MailApp.sendEmail({
      to,
      subject: text('authSubject', lang),
      body: text('authBody', lang, { url }),
      name: 'Korgoo',
    });
    properties.setProperty(NOTIFIED_KEY, new Date().toISOString());
  }
  return true;
}

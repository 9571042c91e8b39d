/**
 * Installable triggers run as the user who made them; after an update that adds a scope they
 * fail until that user authorizes again. Like Google's Form Notifications sample, a trigger
 * asks ScriptApp.getAuthorizationInfo(FULL) first and, when authorization is required, tells
 * the user by one e-mail with the link, then returns instead of failing.
 */
import { text } from '../../core/i18n/texts';
import { clearSetting, getSetting, SETTINGS, setSetting } from '../../core/ports/settings';
import { instantNow } from '../clock';
import { mailApp } from '../mailer';
import { workbookLang } from '../settings';
import { settings } from '../settings-store';

/** Kept when a user schedules or creates forms: the address the notice goes to. */
export function rememberUserEmail(): void {
  const email = userEmail();
  if (email) setSetting(settings, SETTINGS.authorizationEmail, email);
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
  const notified = getSetting(settings, SETTINGS.authorizationNotified) !== null;
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) {
    if (notified) clearSetting(settings, SETTINGS.authorizationNotified);
    return false;
  }
  if (notified) return true;
  const to = userEmail() || getSetting(settings, SETTINGS.authorizationEmail) || '';
  if (to && mailApp.remainingQuota() > 0) {
    const lang = workbookLang();
    const url = info.getAuthorizationUrl();
    const body = text('authBody', lang, { url });
    mailApp.send({
      to,
      subject: text('authSubject', lang),
      html: '',
      text: body,
      name: 'Korgoo',
    });
    setSetting(settings, SETTINGS.authorizationNotified, instantNow().toISOString());
  }
  return true;
}

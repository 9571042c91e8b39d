import type { Lang } from '../core/i18n/lang';
import { text } from '../core/i18n/texts';

/**
 * The add-on menu. Before authorization (AuthMode.NONE) no service but the UI may be touched,
 * so the language is not known: a basic menu with a bilingual label starts the set-up.
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, authorized: boolean, lang: Lang): void {
  const menu = ui.createAddonMenu();
  if (!authorized) {
    menu.addItem(text('menuStart', lang), 'setUpWorkbook').addToUi();
    return;
  }
  menu
    .addItem(text('menuOpenSidebar', lang), 'showSidebar')
    .addItem(text('menuSetUp', lang), 'setUpWorkbook')
    .addItem(text('menuValidate', lang), 'validateNow')
    .addItem(text('menuForms', lang), 'createOrUpdateForms')
    .addItem(text('menuSyncCommittees', lang), 'updateFormCommittees')
    .addItem(text('menuPending', lang), 'processPendingResponses')
    .addItem(text('menuSchedule', lang), 'scheduleMonthlyDigest')
    .addItem(text('menuPreview', lang), 'sendDigestPreview')
    .addItem(text('menuUpdateReturn', lang), 'updateReturn')
    .addItem(text('menuUpdateRollup', lang), 'updateRollup')
    .addSeparator()
    .addItem(text('menuHelp', lang), 'showHelp')
    .addToUi();
}

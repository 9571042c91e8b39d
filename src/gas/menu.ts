import { formText } from '../core/forms/texts';
import type { Lang } from '../core/i18n/lang';
import { uiText } from '../core/i18n/ui';
import { digestUiText } from './digest/texts';
import { rollupUiText } from './rollup/texts';

/**
 * The add-on menu. Before authorization (AuthMode.NONE) no service but the UI may be touched,
 * so the language is not known: a basic menu with a bilingual label starts the set-up.
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, authorized: boolean, lang: Lang): void {
  const menu = ui.createAddonMenu();
  if (!authorized) {
    menu.addItem(uiText('menuStart', lang), 'setUpWorkbook').addToUi();
    return;
  }
  menu
    .addItem(uiText('menuOpenSidebar', lang), 'showSidebar')
    .addItem(uiText('menuSetUp', lang), 'setUpWorkbook')
    .addItem(uiText('menuValidate', lang), 'validateNow')
    .addItem(formText('menuForms', lang), 'createOrUpdateForms')
    .addItem(formText('menuSyncCommittees', lang), 'updateFormCommittees')
    .addItem(formText('menuPending', lang), 'processPendingResponses')
    .addItem(digestUiText('menuSchedule', lang), 'scheduleMonthlyDigest')
    .addItem(digestUiText('menuPreview', lang), 'sendDigestPreview')
    .addItem(rollupUiText('menuUpdateReturn', lang), 'updateReturn')
    .addSeparator()
    .addItem(uiText('menuHelp', lang), 'showHelp')
    .addToUi();
}

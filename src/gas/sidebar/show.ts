/** The sidebar file build/Sidebar.html, as HtmlService names it. */
export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = 'Korgoo';

/** Opens the sidebar (HtmlService sidebars are 300 px wide; the title is the product's name). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

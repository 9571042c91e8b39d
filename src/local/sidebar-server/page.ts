import { shimScript } from './shim';

const ADDON_CSS_LINK =
  /<link rel="stylesheet" href="https:\/\/ssl\.gstatic\.com\/docs\/script\/css\/add-ons1\.css">/;

/**
 * build/Sidebar.html as the preview serves it: Google's add-on stylesheet (out of reach here)
 * replaced by the local equivalent, and the google.script.run shim before the sidebar's script.
 */
export function previewPage(sidebarHtml: string, localCss: string): string {
  if (!ADDON_CSS_LINK.test(sidebarHtml))
    throw new Error('Sidebar.html: the add-on stylesheet link is missing');
  const style = `<style id="addon-local-css">${localCss.replace(/<\/style/gi, '<\\/style')}</style>`;
  const shim = `<script id="google-script-run-shim">${shimScript()}</script>`;
  return sidebarHtml
    .replace(ADDON_CSS_LINK, () => style)
    .replace('<head>', () => `<head>\n${shim}`);
}

// Builds build/Sidebar.html: the sidebar (src/ui) as ONE file for HtmlService, its script and
// style inline. Google's add-on stylesheet is linked; the preview server swaps that link for
// src/ui/addon-local.css, since the preview has no network.
import { readFileSync, writeFileSync } from 'node:fs';
import { build, transform } from 'esbuild';

export const ADDON_CSS_URL = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';

/** `</script` or `</style` inside inline code would end the element early. */
function inlineSafe(code, tag) {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

export async function buildSidebar(outfile = 'build/Sidebar.html') {
  const script = await build({
    entryPoints: ['src/ui/main.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const css = await transform(readFileSync('src/ui/sidebar.css', 'utf8'), {
    loader: 'css',
    minify: true,
  });
  const js = script.outputFiles[0].text;
  const html = [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    // A page title: screen readers announce it (axe document-title); Apps Script sets its own.
    '<title>Korgoo</title>',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${ADDON_CSS_URL}">`,
    `<style>${inlineSafe(css.code, 'style')}</style>`,
    '</head>',
    '<body>',
    '<div id="app" class="sidebar"></div>',
    `<script>${inlineSafe(js, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  writeFileSync(outfile, html);
  return Buffer.byteLength(html);
}

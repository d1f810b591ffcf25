// Renders renderer/public/icon.svg to build/icon.png (512×512), the icon electron-builder turns into the
// Windows .ico and the Linux icons. Offline: Debian's Chromium through playwright-core, no downloads.
// Run by hand after changing the SVG: `node build/render-icon.mjs`, then commit build/icon.png.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const size = 512;
const svg = await readFile(new URL('../renderer/public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: new URL('icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
console.log('build/icon.png written');

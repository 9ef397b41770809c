import { chromium } from '@playwright/test';
const [,, url, out, w, h, scheme] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-gl=angle','--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
await p.goto(url);
await p.locator('[data-map-state="idle"]').waitFor({ timeout: 60000 }).catch(() => {});
await p.screenshot({ path: out });
await b.close();

/**
 * Click-to-findings in the browser preview: headless Chromium clicks 一键校验 on the demo form with
 * N indicators and measures, in the page, from the click to the findings list painted.
 * Needs a production build (npm run build). Run: npx tsx bench/pane.ts [sizes…]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, launch, serveBuild } from '../test/e2e/browser';

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const server = await serveBuild();
  const browser = await launch();
  try {
    const size = JSON.parse(readFileSync(join(BUILD, 'bundle-size.json'), 'utf8')) as { entries: Record<string, { gzip: number }> };
    console.log(`task pane first load: ${((size.entries['taskpane']?.gzip ?? 0) / 1024).toFixed(1)} KB gzip; preview: ${((size.entries['preview']?.gzip ?? 0) / 1024).toFixed(1)} KB gzip`);
    for (const n of sizes.length > 0 ? sizes : [8, 200, 2000]) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/index.html?sample=demo&indicators=${n}`);
      await page.getByTestId('grid').waitFor({ timeout: 120000 });
      const times: number[] = [];
      let findings = 0;
      for (let i = 0; i < RUNS; i++) {
        await page.evaluate(() => performance.clearMarks());
        await page.getByTestId('validate').click();
        await page.waitForFunction(() => performance.getEntriesByName('jixiao:findings-shown').length > 0, undefined, { timeout: 120000 });
        times.push(
          await page.evaluate(() => {
            const start = performance.getEntriesByName('jixiao:validate-start')[0]?.startTime ?? NaN;
            const shown = performance.getEntriesByName('jixiao:findings-shown')[0]?.startTime ?? NaN;
            return shown - start;
          }),
        );
        findings = await page.getByTestId('finding').count();
        // Let the highlights and grid redraw that follow the list settle before the next click.
        await page.waitForFunction(() => !document.querySelector('[data-testid=validate][disabled]'));
        await page.waitForTimeout(300);
      }
      const rows = await page.locator('td[data-cell^="D"]').count();
      console.log(
        `${String(n).padStart(5)} indicators: click → findings shown median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')}); ${findings} findings listed; grid rows ${rows}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

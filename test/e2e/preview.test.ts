import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { BUILD, launch, serveBuild } from './browser';
import { canteenEntry } from '../helpers/unit-entry';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveBuild();
  browser = await launch();
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo(): Promise<Page> {
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  // The preview must not need the network (office.js included).
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    failures.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(`${server.url}/index.html?sample=demo`);
  await page.getByTestId('grid').waitFor();
  expect(failures).toEqual([]);
  return page;
}

async function validate(page: Page): Promise<void> {
  await page.getByTestId('validate').click();
  await page.getByTestId('summary').waitFor();
}

describe('browser preview', () => {
  const examples = readdirSync(join(BUILD, 'examples')).filter((f) => f.endsWith('.xlsx'));

  it('validates the demo form with one click and lists its findings', async () => {
    const page = await openDemo();
    await expect(page.getByTestId('validate').textContent()).resolves.toBe('一键校验');
    await validate(page);
    await expect(page.getByTestId('profile').textContent()).resolves.toBe('sh-2024');
    await expect(page.getByTestId('project-count').textContent()).resolves.toBe('1');
    const rules = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    // The demo's planted mistakes: the yearly total does not add up, and a template leftover (XX).
    expect(rules).toEqual(expect.arrayContaining(['FUND-SUM', 'DOC-PLACEHOLDER']));
    await expect(page.getByTestId('count-error').textContent()).resolves.toMatch(/错误 [1-9]/);
    // Findings are marked on the grid.
    await expect(page.locator('td[data-highlight]').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('selects the cell of a finding in the grid, with its related cells', async () => {
    const page = await openDemo();
    await validate(page);
    const item = page.locator('[data-testid=finding][data-rule=FUND-SUM]').first();
    const cell = await item.getAttribute('data-cell');
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await item.getByTestId('goto').click();
    await page.locator(`td[data-cell="${cell}"][data-selected]`).waitFor();
    await expect(page.locator('td[data-selected]').count()).resolves.toBe(1);
    await expect(page.locator('td[data-related]').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('applies a fix and the finding is gone', async () => {
    const page = await openDemo();
    await validate(page);
    const item = page.locator('[data-testid=finding][data-rule=FUND-SUM]').first();
    const cell = await item.getAttribute('data-cell');
    await item.getByTestId('fix').click();
    await page.getByTestId('notice').waitFor();
    await expect(page.locator('[data-testid=finding][data-rule=FUND-SUM]').count()).resolves.toBe(0);
    await expect(page.locator(`td[data-cell="${cell}"]`).textContent()).resolves.toBe('1,150,000.00');
    await page.close();
  });

  it('writes the indicator section back after a preview and a confirmation, and the grid changes', async () => {
    const page = await openDemo();
    await validate(page);
    const mergesBefore = Number(await page.getByTestId('grid').getAttribute('data-merges'));
    const levelCellsBefore = await page.locator('td', { hasText: /^产出指标$/ }).count();
    await page.getByTestId('tab-write').click();
    await page.getByTestId('write-section').selectOption('indicators');
    await page.getByTestId('write-preview').click();
    await expect(page.getByTestId('write-summary').textContent()).resolves.toMatch(/改动 [1-9]\d* 个单元格/);
    await page.getByTestId('write-open').click();
    await page.getByTestId('write-confirm').click();
    await page.getByTestId('notice').waitFor();
    // The level-1 names, repeated on every row in the demo, are merged as the standard layout has them.
    await expect(page.getByTestId('grid').getAttribute('data-merges')).resolves.not.toBe(String(mergesBefore));
    expect(Number(await page.getByTestId('grid').getAttribute('data-merges'))).toBeGreaterThan(mergesBefore);
    await expect(page.locator('td', { hasText: /^产出指标$/ }).count()).resolves.toBeLessThan(levelCellsBefore);
    await page.close();
  });

  it('switches the interface to English in the settings', async () => {
    const page = await openDemo();
    await page.getByTestId('tab-settings').click();
    await page.getByLabel('English').check();
    await page.getByTestId('settings-save').click();
    await page.getByTestId('tab-findings').click();
    await expect(page.getByTestId('validate').textContent()).resolves.toBe('Validate');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('validates on load when opened as the ribbon opens it (?run=validate)', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/index.html?sample=demo&run=validate`);
    await page.getByTestId('summary').waitFor();
    await expect(page.getByTestId('finding').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('the add-in page asks for office.js from the CDN and, outside Excel, says where to go instead', async () => {
    const page = await context.newPage();
    const asked: string[] = [];
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      asked.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText('此页面需在 Excel 中打开').waitFor();
    expect(asked).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    await page.close();
  });

  it('opens the indicator library (loaded on demand) and inserts a suggested indicator', async () => {
    const page = await openDemo();
    await validate(page);
    const rowsBefore = await page.locator('[data-testid=grid] tbody tr').count();
    await page.getByTestId('tab-library').click();
    const row = page.getByTestId('library-row').first();
    await row.waitFor();
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: /插入所选（1）/ }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=grid] tbody tr').length === n + 1, rowsBefore);
    // The inserted row's placeholder cell is selected for the user to fill.
    await expect(page.locator('td[data-selected]').count()).resolves.toBe(1);
    await page.close();
  });

  it('imports a unit library JSON in the library tab; search finds its entry, also after a reload (kept in the preview settings)', async () => {
    const unitLibrary = {
      format: 'jixiao-library',
      version: 1,
      name: '某某中心指标库',
      entries: [
        canteenEntry,
        { name: '', level1: '产出指标' },
      ],
    };
    const page = await openDemo();
    await page.getByTestId('tab-library').click();
    await page.getByTestId('unit-count').filter({ hasText: '0 条' }).waitFor();
    await page.getByTestId('library-import').setInputFiles({ name: '中心指标库.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unitLibrary)) });
    await page.getByTestId('unit-count').filter({ hasText: '1 条' }).waitFor();
    const said = await page.getByTestId('library-message').allTextContents();
    expect(said[0]).toMatch(/^已导入 1 条本单位指标，1 行未导入/);
    expect(said[1]).toMatch(/^第 2 行：/);

    const findCanteen = async (): Promise<void> => {
      await page.getByRole('searchbox').fill('食堂');
      const row = page.getByTestId('library-row').filter({ hasText: '食堂就餐满意度' });
      await row.waitFor();
      await expect(row.getByText('本单位').count()).resolves.toBe(1);
    };
    await findCanteen();

    await page.reload();
    await page.getByTestId('grid').waitFor();
    await page.getByTestId('tab-library').click();
    await page.getByTestId('unit-count').filter({ hasText: '1 条' }).waitFor();
    await findCanteen();
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('keeps exceljs out of the first load: fetched only when an .xlsx is opened', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.url}/index.html?sample=demo`);
    await page.getByTestId('grid').waitFor();
    const first = [...scripts];
    expect(first.every((p) => /\/preview\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    await page.getByTestId('file').setInputFiles(join(BUILD, 'examples', examples[0] as string));
    await page.getByTestId('loaded').filter({ hasText: examples[0] as string }).waitFor();
    expect(scripts.length).toBeGreaterThan(first.length);
    await page.close();
  });

  it('opens a bundled .xlsx through the file picker and validates it', async () => {
    expect(examples.length).toBeGreaterThan(0);
    const page = await openDemo();
    await page.getByTestId('file').setInputFiles(join(BUILD, 'examples', examples[0] as string));
    await page.getByTestId('loaded').filter({ hasText: examples[0] as string }).waitFor();
    await validate(page);
    await expect(page.getByTestId('project-count').textContent()).resolves.toMatch(/^[1-9]/);
    await page.close();
  });

  it('checks a workbook with a value typed far from the form: the form is read, the far value is a warning, the grid stays small', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(BUILD, 'examples', 'clean-sh2024.xlsx'));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    ws.getCell('E1048576').value = '误输入';
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
    const file = join(dir, 'stray.xlsx');
    await wb.xlsx.writeFile(file);
    const page = await openDemo();
    await page.getByTestId('file').setInputFiles(file);
    await page.getByTestId('loaded').filter({ hasText: 'stray.xlsx' }).waitFor();
    await validate(page);
    const rules = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => [e.getAttribute('data-rule'), e.getAttribute('data-cell')]));
    expect(rules).toEqual([['DOC-PROFILE', 'E1048576']]);
    await expect(page.getByTestId('project-count').textContent()).resolves.toBe('1');
    await page.getByTestId('finding').first().getByTestId('goto').click();
    await expect(page.locator('[data-testid=grid] tbody tr').count()).resolves.toBeLessThan(100);
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

import { execFileSync } from 'node:child_process';
import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanSh2019, cleanSh2024, toPdf } from '../../scripts/make-examples';
import { renderForms } from '../../src/cli/render';
import type { Form } from '../../src/model/form';
import type { CellValue } from '../../src/model/snapshot';
import { standardForm, standardTitle } from '../../src/write';
import { profileOf, sampleForm, SAMPLE_FILES } from './helpers';

/**
 * Seen in a real spreadsheet program: the rendered .xlsx goes through LibreOffice headless to PDF,
 * and the PDF's text must hold every label, value and indicator, on A4 portrait pages one page wide.
 * Needs soffice and pdftotext (Debian: libreoffice-calc-nogui, poppler-utils, fonts-noto-cjk; .ci/run installs them).
 */
function need(tool: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} is not installed: apt-get install libreoffice-calc-nogui poppler-utils fonts-noto-cjk (see .ci/run)`);
  }
}

const squash = (s: string): string => s.replace(/\s+/g, '');

function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  // -raw keeps each cell's text together, wrapped lines included.
  return execFileSync('pdftotext', ['-raw', ...range, pdf, '-'], { encoding: 'utf8' });
}

function pdfPages(pdf: string): { pages: number; sizes: string[] } {
  const info = execFileSync('pdfinfo', ['-l', '1000', pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const sizes = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+ x [\d.]+)/gm)].map((m) => m[1] ?? '');
  return { pages, sizes };
}

const money = (v: number): string => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function shown(v: CellValue): string | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return money(v);
  if (typeof v === 'string') return v;
  return null;
}

/** Every text the printed form must show: labels of the profile, values, indicators. */
function expectedTexts(form: Form): string[] {
  const profile = profileOf(form);
  const std = standardForm(form, profile);
  const out: string[] = [standardTitle(form, profile)];
  for (const h of profile.header) {
    out.push(h.label);
    if (h.kind === 'checkbox') out.push(...(std.checks[h.key]?.options ?? []));
    else out.push(shown(std.fields[h.key] ?? null) ?? '');
  }
  for (const f of profile.funding.fields) {
    out.push(f.synonyms.find((s) => s.startsWith('其中：')) ?? f.label, shown(std.funding[f.key] ?? null) ?? '');
  }
  for (const s of std.subItems) out.push(shown(s.name) ?? '', shown(s.amount) ?? '');
  for (const g of profile.goals) out.push(g.label, shown(std.goals[g.key] ?? null) ?? '');
  const cols = profile.indicators.columns;
  out.push(cols.level1[0] ?? '', cols.level2[0] ?? '', cols.name[0] ?? '', cols.value[0] ?? '');
  for (const i of std.indicators) out.push(i.level1, i.level2, i.name, shown(i.value) ?? '');
  return [...new Set(out.filter((t) => t !== ''))];
}

const forms: [string, Form][] = [...SAMPLE_FILES.map((f) => [f, sampleForm(f)] as [string, Form]), ['clean-sh2024', cleanSh2024], ['clean-sh2019', cleanSh2019]];
const dir = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));
let pdfs: string[] = [];

beforeAll(async () => {
  need('soffice');
  need('pdftotext');
  const files: string[] = [];
  for (const [name, form] of forms) {
    const host = await renderForms([form]);
    const path = join(dir, `${name.replace(/\.json$/, '')}.xlsx`);
    await fs.writeFile(path, await host.toBuffer());
    files.push(path);
  }
  pdfs = await toPdf(files, dir);
}, 180_000);

describe.each(forms.map(([name, form], i) => [name, form, i] as const))('%s printed by LibreOffice', (_, form, i) => {
  const pdf = (): string => pdfs[i] ?? '';

  it('shows every label, value and indicator', () => {
    const text = squash(pdfText(pdf()));
    const missing = expectedTexts(form).filter((t) => !text.includes(squash(t)));
    expect(missing).toEqual([]);
  });

  it('prints on A4 portrait, one page wide: every indicator row is whole on its page', () => {
    const { pages, sizes } = pdfPages(pdf());
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(new Set(sizes)).toEqual(new Set(['595.304 x 841.89']));
    const perPage = Array.from({ length: pages }, (_, p) => squash(pdfText(pdf(), p + 1)));
    for (const ind of form.indicators) {
      const value = squash(String(ind.value ?? ''));
      const page = perPage.findIndex((t) => t.includes(squash(ind.name)));
      expect({ name: ind.name, page: page >= 0, valueOnSamePage: perPage[page]?.includes(value) }).toEqual({ name: ind.name, page: true, valueOnSamePage: true });
    }
    // The last column is never pushed to a page of its own: the first page holds the title and the right-hand funding labels.
    expect(perPage[0]).toContain(squash(standardTitle(form, profileOf(form))));
  });
});

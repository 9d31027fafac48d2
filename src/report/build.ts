import { XlsxHost, XlsxOpenError } from '../hosts/xlsx';
import type { Finding, FileReport, ProjectReport, Report, Severity } from '../model/finding';
import { severityRank } from '../model/finding';
import type { ReadProject } from '../model/form';
import type { WorkbookSnapshot } from '../model/snapshot';
import { cellText } from '../parse/text';
import type { Locale } from '../rules/types';
import { validateProjects, type ValidateSettings } from '../validate';

/** The reader's contract (src/read): projects found on the sheets, and sheet-level findings such as DOC-PROFILE. */
export type ReadWorkbook = (
  snapshot: WorkbookSnapshot,
  options: { profile: string; locale: Locale },
) => { projects: ReadProject[]; findings: Finding[] };

export interface ReportOptions {
  /** 'auto' or a profile id. */
  profile: string;
  settings: ValidateSettings;
  read: ReadWorkbook;
}

function atLeast(findings: readonly Finding[], min: Severity | undefined): Finding[] {
  const floor = min ? severityRank(min) : 2;
  return findings.filter((f) => severityRank(f.severity) <= floor);
}

function projectName(p: ReadProject): string {
  const name = cellText(p.form.fields['name'] ?? null).trim();
  return name === '' ? p.cells.sheet : name;
}

function internalFailure(err: unknown, locale: Locale): string {
  const why = err instanceof Error ? err.message : String(err);
  return locale === 'en' ? `internal error while checking: ${why}` : `检查时内部出错（internal error while checking: ${why}）`;
}

/**
 * The findings of one workbook, per project, in sheet order; sheet-level findings of the reader
 * (no form found, unknown generation) become an entry named after the sheet, with no profile.
 */
export function reportSnapshot(path: string, snapshot: WorkbookSnapshot, options: ReportOptions): FileReport {
  const { settings } = options;
  try {
    const read = options.read(snapshot, { profile: options.profile, locale: settings.locale });
    const perProject = validateProjects(read.projects, settings);
    const sheetOrder = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
    const order = (sheet: string): number => sheetOrder.get(sheet) ?? snapshot.sheets.length;
    const entries: { sheetIndex: number; top: number; report: ProjectReport }[] = [];

    const bySheet = new Map<string, Finding[]>();
    for (const f of atLeast(read.findings, settings.minSeverity)) {
      const list = bySheet.get(f.location.sheet) ?? [];
      list.push(f);
      bySheet.set(f.location.sheet, list);
    }
    for (const [sheet, findings] of bySheet) {
      entries.push({ sheetIndex: order(sheet), top: 0, report: { name: sheet, profile: null, sheet, findings } });
    }
    read.projects.forEach((p, i) => {
      entries.push({
        sheetIndex: order(p.cells.sheet),
        top: p.cells.extent.top,
        report: { name: projectName(p), profile: p.form.profile, sheet: p.cells.sheet, findings: perProject[i] ?? [] },
      });
    });
    entries.sort((a, b) => a.sheetIndex - b.sheetIndex || a.top - b.top);
    return { path, projects: entries.map((e) => e.report) };
  } catch (err) {
    return { path, projects: [], error: internalFailure(err, settings.locale) };
  }
}

/** Opens, reads and validates one file; a file that cannot be opened gets `error` and no projects. */
export async function reportFile(path: string, options: ReportOptions): Promise<FileReport> {
  let snapshot: WorkbookSnapshot;
  try {
    const host = await XlsxHost.open(path);
    snapshot = await host.snapshot();
  } catch (err) {
    const error = err instanceof XlsxOpenError ? err.describe(options.settings.locale) : internalFailure(err, options.settings.locale);
    return { path, projects: [], error };
  }
  return reportSnapshot(path, snapshot, options);
}

export function statsOf(files: readonly FileReport[]): Record<Severity, number> {
  const stats: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const p of file.projects) for (const f of p.findings) stats[f.severity]++;
  return stats;
}

/**
 * Two files at a time: while one is checked, the next is read from disk and unzipped (work that waits
 * on the disk and the event loop), yet memory never holds more than two workbooks.
 */
const FILES_AT_ONCE = 2;

/** The files' reports in the order given; a file that fails never stops the run. */
export async function buildReport(paths: readonly string[], options: ReportOptions): Promise<Report> {
  const files = new Array<FileReport>(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i];
      if (path !== undefined) files[i] = await reportFile(path, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILES_AT_ONCE, paths.length) }, worker));
  return { files, stats: statsOf(files) };
}

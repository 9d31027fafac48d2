import { cellText } from '../../parse/text';
import type { Finding, Severity } from '../../model/finding';
import type { ReadProject } from '../../model/form';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { Host } from '../../hosts/host';
import type { PaneSettings } from '../../settings/schema';
import type { Pipeline } from './pipeline';

export type Stage = 'snapshot' | 'read' | 'validate' | 'apply';

export interface Progress {
  stage: Stage;
  /** 0..1 */
  fraction: number;
  /** Projects being validated, for the message. */
  count?: number;
}

export interface ProjectResult {
  name: string;
  profile: string | null;
  sheet: string;
  project: ReadProject;
}

export interface RunResult {
  snapshot: WorkbookSnapshot;
  projects: ProjectResult[];
  /** Every finding, the reader's first, then per project in order. */
  findings: Finding[];
  stats: Record<Severity, number>;
  /** Profiles of the forms found, distinct. */
  profiles: string[];
  ms: number;
}

/** Lets the pane paint the progress bar between stages of a long run. */
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function statsOf(findings: readonly Finding[]): Record<Severity, number> {
  const stats: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) stats[f.severity]++;
  return stats;
}

export async function runValidation(
  host: Host,
  pipeline: Pipeline,
  settings: PaneSettings,
  onProgress: (p: Progress) => void = () => undefined,
): Promise<RunResult> {
  const started = performance.now();
  onProgress({ stage: 'snapshot', fraction: 0.05 });
  await yieldToUi();
  const snapshot = await host.snapshot();
  onProgress({ stage: 'read', fraction: 0.35 });
  await yieldToUi();
  const read = pipeline.read(snapshot, { profile: settings.profile, locale: settings.locale });
  onProgress({ stage: 'validate', fraction: 0.6, count: read.projects.length });
  await yieldToUi();
  const perProject = pipeline.validate(read.projects, {
    locale: settings.locale,
    ...(settings.satisfactionFloor !== undefined ? { satisfactionFloor: settings.satisfactionFloor } : {}),
  });
  const findings = [...read.findings, ...perProject.flat()];
  const projects = read.projects.map((p) => ({
    name: cellText(p.form.fields['name'] ?? null) || p.cells.sheet,
    profile: p.form.profile,
    sheet: p.cells.sheet,
    project: p,
  }));
  onProgress({ stage: 'validate', fraction: 1, count: read.projects.length });
  return {
    snapshot,
    projects,
    findings,
    stats: statsOf(findings),
    profiles: [...new Set(projects.map((p) => p.profile).filter((p): p is string => p !== null))],
    ms: performance.now() - started,
  };
}

import type { Finding, Severity } from './model/finding';
import { severityRank } from './model/finding';
import type { ReadProject } from './model/form';
import { profileById, withThresholds, type Profile } from './profiles';
import { createContext, toFinding } from './rules/context';
import { withinOneValidation } from './rules/facts';
import { FORM_RULES, SET_RULES } from './rules';
import type { FormRule, Locale, SetRule } from './rules/types';

export interface ValidateSettings {
  locale: Locale;
  /** Overrides the profile's floor for satisfaction targets (percent). */
  satisfactionFloor?: number;
  /** Rule ids to skip. */
  disabledRules?: readonly string[];
  minSeverity?: Severity;
}

export const DEFAULT_SETTINGS: ValidateSettings = { locale: 'zh-CN' };

function profileFor(project: ReadProject, settings: ValidateSettings): Profile {
  const base = profileById(project.form.profile);
  if (!base) throw new Error(`unknown profile ${project.form.profile}`);
  return settings.satisfactionFloor === undefined
    ? base
    : withThresholds(base, { satisfactionFloor: settings.satisfactionFloor });
}

function enabled<R extends FormRule | SetRule>(rules: readonly R[], settings: ValidateSettings): R[] {
  const off = new Set(settings.disabledRules ?? []);
  return rules.filter((r) => !off.has(r.meta.id));
}

function keep(findings: Finding[], settings: ValidateSettings): Finding[] {
  const floor = settings.minSeverity ? severityRank(settings.minSeverity) : 2;
  return findings.filter((f) => severityRank(f.severity) <= floor);
}

/** A rule that throws is a bug of ours, not of the form: it becomes a finding, and the other rules still run. */
function internalError(ruleId: string, project: ReadProject, err: unknown): Finding {
  const meta = {
    id: ruleId,
    severity: 'error' as const,
    fixable: false,
    docs: { zh: '', en: '' },
    messages: { crash: { zh: '规则 {rule} 内部出错：{why}', en: 'Rule {rule} failed internally: {why}' } },
  };
  return toFinding(
    meta,
    { messageId: 'crash', data: { rule: ruleId, why: String(err) }, subject: 'internal' },
    project.form,
    project.cells,
    'zh-CN',
  );
}

/** Validates one project: pure, no host, no I/O. */
export function validateProject(project: ReadProject, settings: ValidateSettings = DEFAULT_SETTINGS): Finding[] {
  const profile = profileFor(project, settings);
  const findings: Finding[] = [];
  withinOneValidation(project.form, () => {
    for (const rule of enabled(FORM_RULES, settings)) {
      try {
        rule.check(createContext(rule.meta, project.form, project.cells, profile, settings.locale, findings));
      } catch (err) {
        findings.push(internalError(rule.meta.id, project, err));
      }
    }
  });
  return keep(findings, settings);
}

/** Validates every project of a workbook, then the rules over the whole set. Findings come back per project. */
export function validateProjects(
  projects: readonly ReadProject[],
  settings: ValidateSettings = DEFAULT_SETTINGS,
): Finding[][] {
  const perProject = projects.map((p) => validateProject(p, settings));
  for (const rule of enabled(SET_RULES, settings)) {
    try {
      rule.checkSet({
        projects,
        locale: settings.locale,
        profileOf: (p) => profileFor(p, settings),
        report: (project, input) => {
          const i = projects.indexOf(project);
          perProject[i]?.push(toFinding(rule.meta, input, project.form, project.cells, settings.locale));
        },
      });
    } catch (err) {
      if (projects[0]) perProject[0]?.push(internalError(rule.meta.id, projects[0], err));
    }
  }
  return perProject.map((f) => keep(f, settings));
}

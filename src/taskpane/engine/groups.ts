import { SEVERITIES, type Finding, type Severity } from '../../model/finding';
import type { StringKey } from '../i18n';

/** The form's section a rule belongs to, by its id's family (rules.md). */
export function sectionOf(ruleId: string): StringKey {
  const family = ruleId.split('-')[0];
  switch (family) {
    case 'DOC':
      return 'sectionDocument';
    case 'HDR':
      return 'sectionHeader';
    case 'FUND':
      return 'sectionFunding';
    case 'IND':
    case 'VAL':
    case 'PLACE':
      return 'sectionIndicators';
    case 'GOAL':
      return 'sectionGoals';
    case 'SET':
      return 'sectionSet';
    default:
      return 'sectionOther';
  }
}

const SECTION_ORDER: StringKey[] = ['sectionDocument', 'sectionHeader', 'sectionFunding', 'sectionGoals', 'sectionIndicators', 'sectionSet', 'sectionOther'];

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** null: every rule. */
  rule: string | null;
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter((f) => filter.severities.has(f.severity) && (filter.rule === null || f.ruleId === filter.rule));
}

export interface FindingGroup {
  severity: Severity;
  sections: { section: StringKey; findings: Finding[] }[];
}

/** Grouped by severity (errors first), then by the form's section in reading order; rows in sheet order within. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const out: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    const sections = SECTION_ORDER.map((section) => ({
      section,
      findings: ofSeverity
        .filter((f) => sectionOf(f.ruleId) === section)
        .sort((a, b) => (a.location.row ?? 0) - (b.location.row ?? 0) || (a.location.col ?? 0) - (b.location.col ?? 0)),
    })).filter((s) => s.findings.length > 0);
    out.push({ severity, sections });
  }
  return out;
}

/** Rule ids present, for the rule filter. */
export function rulesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}

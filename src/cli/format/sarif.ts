import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Location, Report, Severity } from '../../model/finding';
import type { Locale, RuleMeta } from '../../rules/types';
import { formatMessage } from '../../rules/message';

/** The subset of SARIF 2.1.0 we emit; field names are the standard's. */
interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; index: number };
    region?: { startLine: number; startColumn: number };
  };
  logicalLocations: { name: string; fullyQualifiedName: string; kind: string }[];
  message?: { text: string };
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  messageStrings?: Record<string, { text: string }>;
  properties: { fixable: boolean };
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifTool {
  name: string;
  version: string;
  rules: readonly RuleMeta[];
}

/** Relative paths stay relative (portable between machines); absolute ones become file: URLs. */
export function artifactUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return encodeURI(path.split(sep).join('/'));
}

function qualified(loc: Location): string {
  // Excel's own notation, quoted because sheet names may hold spaces and CJK text.
  const sheet = `'${loc.sheet.replace(/'/g, "''")}'`;
  return loc.cell ? `${sheet}!${loc.cell}` : sheet;
}

function sarifLocation(loc: Location, uri: string, index: number, message?: string): SarifLocation {
  const out: SarifLocation = {
    physicalLocation: { artifactLocation: { uri, index } },
    logicalLocations: [{ name: loc.cell ?? loc.sheet, fullyQualifiedName: qualified(loc), kind: loc.cell ? 'element' : 'object' }],
  };
  if (loc.row !== undefined && loc.col !== undefined) out.physicalLocation.region = { startLine: loc.row, startColumn: loc.col };
  if (message !== undefined) out.message = { text: message };
  return out;
}

function ruleDescriptor(meta: RuleMeta, locale: Locale): SarifRule {
  const messageStrings: Record<string, { text: string }> = {};
  for (const [id, m] of Object.entries(meta.messages)) messageStrings[id] = { text: formatMessage(m, locale) };
  return {
    id: meta.id,
    shortDescription: { text: formatMessage(meta.docs, locale) || meta.id },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    messageStrings,
    properties: { fixable: meta.fixable },
  };
}

/** SARIF 2.1.0, one run: what code-scanning dashboards and review tools read. */
export function toSarif(report: Report, tool: SarifTool, locale: Locale): object {
  const rules: SarifRule[] = tool.rules.map((m) => ruleDescriptor(m, locale));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const indexOfRule = (f: Finding): number => {
    const known = ruleIndex.get(f.ruleId);
    if (known !== undefined) return known;
    // A finding from outside the registry (e.g. the reader's) still gets a descriptor, so ruleIndex is valid.
    rules.push({
      id: f.ruleId,
      shortDescription: { text: f.ruleId },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { fixable: false },
    });
    ruleIndex.set(f.ruleId, rules.length - 1);
    return rules.length - 1;
  };

  const artifacts = report.files.map((f) => ({ location: { uri: artifactUri(f.path) } }));
  const results: object[] = [];
  const notifications: object[] = [];
  report.files.forEach((file, index) => {
    const uri = artifactUri(file.path);
    if (file.error !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: file.error },
        locations: [{ physicalLocation: { artifactLocation: { uri, index } } }],
      });
    }
    for (const project of file.projects) {
      for (const f of project.findings) {
        const result: Record<string, unknown> = {
          ruleId: f.ruleId,
          ruleIndex: indexOfRule(f),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [sarifLocation(f.location, uri, index)],
          fingerprints: { 'jixiao/v1': f.fingerprint },
          partialFingerprints: { 'jixiao/v1': f.fingerprint },
          properties: {
            project: project.name,
            profile: project.profile,
            ...(f.indicator ? { indicator: f.indicator } : {}),
            ...(f.expected !== undefined ? { expected: f.expected } : {}),
            ...(f.actual !== undefined ? { actual: f.actual } : {}),
            ...(f.fix ? { fix: f.fix } : {}),
          },
        };
        if (f.related?.length) {
          result['relatedLocations'] = f.related.map((r, i) => ({ id: i + 1, ...sarifLocation(r, uri, index, r.role) }));
        }
        results.push(result);
      }
    }
  });

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, semanticVersion: tool.version, rules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        artifacts,
        results,
      },
    ],
  };
}

export function formatSarif(report: Report, tool: SarifTool, locale: Locale): string {
  return `${JSON.stringify(toSarif(report, tool, locale), null, 2)}\n`;
}

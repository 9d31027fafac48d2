import type { Finding, ProjectReport, Report, Severity } from '../../model/finding';
import { SEVERITIES } from '../../model/finding';
import type { Locale } from '../../rules/types';

const SEVERITY_LABEL: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'Errors' },
  warning: { zh: '警告', en: 'Warnings' },
  info: { zh: '提示', en: 'Info' },
};

const SEVERITY_COLOUR: Record<Severity, number> = { error: 31, warning: 33, info: 36 };

type Paint = (code: number, s: string) => string;

function painter(color: boolean): Paint {
  return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}

function byPosition(a: Finding, b: Finding): number {
  return (a.location.row ?? 0) - (b.location.row ?? 0) || (a.location.col ?? 0) - (b.location.col ?? 0);
}

function projectLines(p: ProjectReport, locale: Locale, paint: Paint): string[] {
  // An entry without a profile holds the reader's findings about the sheet itself (no form, far content…).
  const profile = p.profile ?? (locale === 'en' ? 'the sheet' : '工作表');
  const head = p.name === p.sheet ? `  ${p.name} · ${profile}` : `  ${p.name} · ${profile} · ${p.sheet}`;
  const lines = [paint(1, head)];
  if (p.findings.length === 0) {
    lines.push(`    ${paint(32, locale === 'en' ? '✓ no problems found' : '✓ 未发现问题')}`);
    return lines;
  }
  const cellOf = (f: Finding): string => f.location.cell ?? '-';
  const cellWidth = Math.max(3, ...p.findings.map((f) => cellOf(f).length));
  const ruleWidth = Math.max(...p.findings.map((f) => f.ruleId.length));
  for (const severity of SEVERITIES) {
    const group = p.findings.filter((f) => f.severity === severity).sort(byPosition);
    if (group.length === 0) continue;
    const label = SEVERITY_LABEL[severity];
    lines.push(`    ${paint(SEVERITY_COLOUR[severity], `${locale === 'en' ? label.en : label.zh} (${group.length})`)}`);
    for (const f of group) {
      const fixable = f.fix?.safe ? paint(2, locale === 'en' ? '  [fixable]' : '  [可自动修复]') : '';
      // A message may hold line breaks (a quoted goal text): keep the report one finding per line.
      const message = f.message.replace(/\s*\n\s*/g, ' ');
      lines.push(
        `      ${paint(2, cellOf(f).padEnd(cellWidth))}  ${paint(SEVERITY_COLOUR[severity], f.ruleId.padEnd(ruleWidth))}  ${message}${fixable}`,
      );
    }
  }
  return lines;
}

export function summaryLine(report: Report, locale: Locale): string {
  const { error, warning, info } = report.stats;
  const files = report.files.length;
  const unreadable = report.files.filter((f) => f.error !== undefined).length;
  if (locale === 'en') {
    const s = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    const bad = unreadable > 0 ? `, ${unreadable} could not be read` : '';
    return `${s(files, 'file')}${bad}: ${s(error, 'error')}, ${s(warning, 'warning')}, ${info} info`;
  }
  const bad = unreadable > 0 ? `（${unreadable} 个无法读取）` : '';
  return `共 ${files} 个文件${bad}：${error} 个错误，${warning} 个警告，${info} 个提示`;
}

/** For a terminal: grouped by file, project and severity; cell and rule id in aligned columns. */
export function formatText(report: Report, locale: Locale, color: boolean): string {
  const paint = painter(color);
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(paint(4, file.path));
    if (file.error !== undefined) lines.push(`  ${paint(31, `✗ ${file.error}`)}`);
    else if (file.projects.length === 0) lines.push(`  ${locale === 'en' ? 'no form found' : '未找到表单'}`);
    for (const p of file.projects) lines.push(...projectLines(p, locale, paint));
    lines.push('');
  }
  const { error, warning } = report.stats;
  const colour = error > 0 ? 31 : warning > 0 ? 33 : 32;
  lines.push(paint(colour, summaryLine(report, locale)));
  return `${lines.join('\n')}\n`;
}

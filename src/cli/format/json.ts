import type { Report } from '../../model/finding';

/** The Report exactly as findings.md shapes it. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

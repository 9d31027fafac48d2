import { toA1 } from '../model/address';
import type { CellMap, CellRef, Form } from '../model/form';
import { fingerprintOf, type Finding, type Location } from '../model/finding';
import type { Profile } from '../profiles';
import { cellText } from '../parse/text';
import { formatMessage } from './message';
import type { Locale, ReportInput, RuleContext, RuleMeta } from './types';

export function locationOf(cell: CellRef | undefined, sheet: string): Location {
  if (!cell) return { sheet };
  return { sheet: cell.sheet, cell: toA1(cell.row, cell.col), row: cell.row, col: cell.col };
}

/** Turns a rule's report into a Finding: message in the locale, located, fingerprinted. */
export function toFinding(
  meta: RuleMeta,
  input: ReportInput,
  form: Form,
  cells: CellMap | null,
  locale: Locale,
): Finding {
  const message = meta.messages[input.messageId];
  if (!message) throw new Error(`${meta.id}: unknown messageId ${input.messageId}`);
  const sheet = cells?.sheet ?? '';
  const finding: Finding = {
    ruleId: meta.id,
    severity: input.severity ?? meta.severity,
    message: formatMessage(message, locale, input.data),
    location: locationOf(input.cell, sheet),
    fingerprint: fingerprintOf([meta.id, sheet, cellText(form.fields['name'] ?? null), input.subject]),
  };
  if (input.related?.length) finding.related = input.related.map((r) => ({ role: r.role, ...locationOf(r.cell, sheet) }));
  if (input.indicatorIndex !== undefined) {
    const ind = form.indicators[input.indicatorIndex];
    if (ind) finding.indicator = { level1: ind.level1, level2: ind.level2, name: ind.name };
  }
  if (input.expected !== undefined) finding.expected = input.expected;
  if (input.actual !== undefined) finding.actual = input.actual;
  if (input.fix && cells && input.fix.edits.length > 0) {
    finding.fix = {
      description: formatMessage(input.fix.description, locale, input.data),
      safe: input.fix.safe,
      edits: input.fix.edits.map((e) => ({
        sheet: e.cell.sheet,
        cell: toA1(e.cell.row, e.cell.col),
        value: e.value,
        ...(e.numberFormat ? { numberFormat: e.numberFormat } : {}),
      })),
    };
  }
  return finding;
}

export function createContext(
  meta: RuleMeta,
  form: Form,
  cells: CellMap | null,
  profile: Profile,
  locale: Locale,
  sink: Finding[],
): RuleContext {
  return {
    form,
    cells,
    profile,
    locale,
    report: (input: ReportInput) => sink.push(toFinding(meta, input, form, cells, locale)),
  };
}

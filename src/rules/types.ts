import type { CellMap, CellRef, Form, ReadProject } from '../model/form';
import type { Fix, Location, RelatedLocation, Severity } from '../model/finding';
import type { CellValue } from '../model/snapshot';
import type { Profile } from '../profiles';

export type Locale = 'zh-CN' | 'en';

/** A message in both interface languages; `{name}` placeholders are filled from ReportInput.data. */
export interface Message {
  zh: string;
  en: string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  fixable: boolean;
  docs: Message;
  messages: Record<string, Message>;
}

/** What a rule reports; the context turns it into a Finding (message, location, fingerprint). */
export interface ReportInput {
  messageId: string;
  data?: Record<string, string | number>;
  /** A rule that is unsure reports with a lower severity than its default. */
  severity?: Severity;
  /** The cell to jump to; absent when the form has no cells (form.json) or the subject has no cell. */
  cell?: CellRef;
  related?: { role: string; cell: CellRef }[];
  /** The indicator row the finding is about, by index in form.indicators. */
  indicatorIndex?: number;
  expected?: CellValue;
  actual?: CellValue;
  /** Edits as cell/value pairs; dropped when the form has no cells to edit. */
  fix?: { description: Message; edits: { cell: CellRef; value: CellValue; numberFormat?: string }[]; safe: boolean };
  /** What the finding is about, stable across runs (field key, indicator name): goes into the fingerprint. */
  subject: string;
}

export interface RuleContext {
  form: Form;
  cells: CellMap | null;
  profile: Profile;
  locale: Locale;
  report(input: ReportInput): void;
}

export interface FormRule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export interface SetContext {
  projects: readonly ReadProject[];
  profileOf(project: ReadProject): Profile;
  locale: Locale;
  /** Reports against one project of the set. */
  report(project: ReadProject, input: ReportInput): void;
}

/** A rule over all projects of a workbook (SET-*). */
export interface SetRule {
  meta: RuleMeta;
  checkSet(ctx: SetContext): void;
}

export type { Fix, Location, RelatedLocation };

import type { Finding } from '../../model/finding';
import type { ReadProject } from '../../model/form';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { ProfileChoice } from '../../settings/schema';
import type { ValidateSettings } from '../../validate';
import type { Locale } from '../../rules/types';
import type { WritePlan } from '../../write/plan';

/** Sections the write-back panel offers. */
export const WRITE_SECTIONS = ['header', 'funding', 'goals', 'indicators'] as const;
export type WriteSection = (typeof WRITE_SECTIONS)[number];
/** One section, or every section of the form (one plan each, applied one batch per section). */
export type WriteChoice = WriteSection | 'all';

/**
 * The judgement the pane drives: read, validate, plan. Passed in (not imported by components) so
 * that the pane is tested with the real pieces and nothing here knows about Excel.
 */
export interface Pipeline {
  read(snapshot: WorkbookSnapshot, options: { profile: ProfileChoice; locale: Locale }): { projects: ReadProject[]; findings: Finding[] };
  validate(projects: readonly ReadProject[], settings: ValidateSettings): Finding[][];
  /** The plans that rewrite a section (or all) of a form where it stands, in the standard layout. */
  plan(project: ReadProject, choice: WriteChoice, snapshot: WorkbookSnapshot): WritePlan[];
}

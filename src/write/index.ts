export type { WritePlan, WriteBlock, CellStyle, RowOp, PageSetup, Section } from './plan';
export { planStandardForm, planStandardSection, planStandardSections, type StandardTarget } from './standard';
export { planIntoForm, planIntoFormAll, unplacedFields, type ExistingForm } from './existing';
export { standardForm, standardLayout, standardTitle, FORM_SECTIONS, type FormSection } from './layout';
export { planProblems, planProblemsOn, assertPlanOn, PlanError, type PlanProblem, type SheetState } from './validate-plan';

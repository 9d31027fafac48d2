import { profileById } from '../profiles';
import { readWorkbook } from '../read';
import { validateProjects } from '../validate';
import { planIntoForm, planIntoFormAll, PlanError } from '../write';
import type { Pipeline } from './engine/pipeline';

/** The product's own reader, rules and write plans, as the pane drives them. */
export const productPipeline: Pipeline = {
  read: (snapshot, { profile, locale }) => readWorkbook(snapshot, { profile, locale }),
  validate: (projects, settings) => validateProjects(projects, settings),
  plan: (project, choice, snapshot) => {
    const sheet = snapshot.sheets.find((s) => s.name === project.cells.sheet);
    const profile = profileById(project.form.profile);
    if (!sheet || !profile) {
      throw new PlanError(project.cells.sheet, [
        { code: 'form-missing', zh: `工作表“${project.cells.sheet}”上的申报表已不在原处，请重新校验`, en: `the form on sheet "${project.cells.sheet}" is no longer there; validate again` },
      ]);
    }
    const target = { cells: project.cells, sheet };
    return choice === 'all' ? planIntoFormAll(project.form, profile, target) : [planIntoForm(project.form, profile, choice, target)];
  },
};

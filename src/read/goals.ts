import type { CellMap, Form } from '../model/form';
import type { LabelHit } from './labels';
import { useOf, type Scope } from './scope';
import { valueRightOrBelow } from './values';

/** Goal texts: right of their label, or under it when the two goal headers stand side by side. */
export function readGoals(scope: Scope, form: Form, cells: CellMap): void {
  const pid = scope.profile.id;
  const byKey = new Map<string, LabelHit>();
  for (const hit of scope.hits) {
    const use = useOf(hit, pid, 'goal');
    if (use && !byKey.has(use.key)) byKey.set(use.key, hit);
  }
  for (const goal of scope.profile.goals) {
    const hit = byKey.get(goal.key);
    if (!hit) {
      form.goals[goal.key] = null;
      continue;
    }
    const read = valueRightOrBelow(scope.grid, scope.labels, hit);
    form.goals[goal.key] = read.value;
    if (read.cell) cells.goals[goal.key] = read.cell;
  }
}

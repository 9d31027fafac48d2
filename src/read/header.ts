import type { CellMap, Form } from '../model/form';
import { markRows, readCheckbox } from './checkboxes';
import type { LabelHit } from './labels';
import { useOf, type Scope } from './scope';
import { valueRight, valueRightOrBelow } from './values';

/** The first label of each header field in reading order. */
function firstHitByKey(scope: Scope): Map<string, LabelHit> {
  const out = new Map<string, LabelHit>();
  for (const hit of scope.hits) {
    const use = useOf(hit, scope.profile.id, 'header');
    if (use && !out.has(use.key)) out.set(use.key, hit);
  }
  return out;
}

/** Header fields and free texts; sh-2019 checkbox rows into checks and the ticked option into fields. */
export function readHeader(scope: Scope, form: Form, cells: CellMap): void {
  const hits = firstHitByKey(scope);
  const boxed = scope.profile.header.some((f) => f.kind === 'checkbox');
  const rows = boxed ? markRows(scope) : [];
  for (const field of scope.profile.header) {
    const hit = hits.get(field.key);
    if (field.kind === 'checkbox') {
      const box = readCheckbox(scope, rows, field);
      if (box) {
        form.checks[field.key] = box.row;
        cells.checks[field.key] = box.cell;
        form.fields[field.key] = box.value;
        cells.fields[field.key] = box.cell;
        continue;
      }
    }
    if (!hit) {
      form.fields[field.key] = null;
      continue;
    }
    const read = field.kind === 'longtext' ? valueRightOrBelow(scope.grid, scope.labels, hit) : valueRight(scope.grid, scope.labels, hit);
    form.fields[field.key] = read.value;
    if (read.cell) cells.fields[field.key] = read.cell;
  }
}

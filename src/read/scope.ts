import type { CellRef } from '../model/form';
import type { Profile } from '../profiles';
import type { Grid } from './grid';
import type { LabelHit, LabelIndex, TitleHit } from './labels';
import type { LabelUse } from './vocabulary';

/** The rows of a sheet that hold one form, with the profile it is read by. */
export interface Scope {
  grid: Grid;
  labels: LabelIndex;
  profile: Profile;
  top: number;
  bottom: number;
  /** Label hits inside the rows, in reading order. */
  hits: LabelHit[];
  title?: TitleHit;
}

/** Hits whose row lies in [top, bottom], found by binary search on the reading-ordered list. */
export function hitsInRows(hits: readonly LabelHit[], top: number, bottom: number): LabelHit[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const h = hits[mid];
    if (h && h.row < top) lo = mid + 1;
    else hi = mid;
  }
  const out: LabelHit[] = [];
  for (let i = lo; i < hits.length; i++) {
    const h = hits[i];
    if (!h || h.row > bottom) break;
    out.push(h);
  }
  return out;
}

type UseOf<K extends LabelUse['kind']> = Extract<LabelUse, { kind: K }>;

/** The use a hit has for this profile, of this kind. */
export function useOf<K extends LabelUse['kind']>(hit: LabelHit, profile: string, kind: K): UseOf<K> | undefined {
  for (const u of hit.uses) if (u.profile === profile && u.kind === kind) return u as UseOf<K>;
  return undefined;
}

export function usesOf<K extends LabelUse['kind']>(hit: LabelHit, profile: string, kind: K): UseOf<K>[] {
  const out: UseOf<K>[] = [];
  for (const u of hit.uses) if (u.profile === profile && u.kind === kind) out.push(u as UseOf<K>);
  return out;
}

export function refAt(scope: Scope, row: number, col: number): CellRef {
  return { sheet: scope.grid.name, row, col };
}

import type { Form, Indicator } from '../model/form';
import type { CellValue } from '../model/snapshot';
import { parseTarget } from '../parse/target';
import { normaliseLabel } from '../parse/text';
import type { Target } from '../parse/types';
import type { Profile } from '../profiles';
import type { GroupRole } from '../profiles/schema';
import { roleOf } from '../profiles/tree';

/**
 * What most rules read of an indicator row: its name as a person reads it, its value parsed, the role
 * of its group. Shared: the targets are read-only, and rows with the same value share one.
 */
export interface IndicatorFacts {
  readonly index: number;
  readonly indicator: Indicator;
  /** normaliseLabel(name): no spaces, line breaks or full-width brackets. */
  readonly name: string;
  readonly target: Target;
  readonly role: GroupRole | null;
}

/** What a row was read from: a row edited in place (a fix applied to the model) is read again. */
interface Seen {
  indicator: Indicator;
  level1: string;
  level2: string;
  name: string;
  value: CellValue;
}

interface Entry {
  profile: Profile;
  facts: readonly IndicatorFacts[];
  seen: Seen[];
  /** Per distinct text: a large form repeats a handful of values (≥90.00(%)) and level names on every row. */
  targets: Map<string, Target>;
  roles: Map<string, Map<string, GroupRole | null>>;
}

/** One entry per indicator array: a new read of the workbook is a new array and starts afresh. */
const cache = new WeakMap<readonly Indicator[], Entry>();

/**
 * The facts of every indicator row of the form, computed once for all rules. The same array comes back
 * as long as no row has changed, so that what a rule derives from it can be cached on it in turn.
 */
export function indicatorFacts(form: Form, profile: Profile): readonly IndicatorFacts[] {
  const indicators = form.indicators;
  const entry = cache.get(indicators);
  if (entry && entry.profile === profile) {
    if (indicators === run.indicators && run.checked === entry) return entry.facts;
    if (!unchanged(entry.seen, indicators)) refresh(entry, indicators);
    if (indicators === run.indicators) run.checked = entry;
    return entry.facts;
  }
  const fresh: Entry = { profile, facts: [], seen: [], targets: new Map(), roles: new Map() };
  refresh(fresh, indicators);
  cache.set(indicators, fresh);
  if (indicators === run.indicators) run.checked = fresh;
  return fresh.facts;
}

/**
 * The form being validated, if any: no rule edits the form, so within one validation its rows are
 * compared with what was read once, not once per rule.
 */
const run: { indicators: readonly Indicator[] | null; checked: Entry | null } = { indicators: null, checked: null };

/** Runs `fn` (the rules over one form) with the form's rows checked for edits once, not at every call. */
export function withinOneValidation<T>(form: Form, fn: () => T): T {
  const outer = { ...run };
  run.indicators = form.indicators;
  run.checked = null;
  try {
    return fn();
  } finally {
    run.indicators = outer.indicators;
    run.checked = outer.checked;
  }
}

function same(s: Seen | undefined, ind: Indicator | undefined): boolean {
  return (
    s !== undefined &&
    ind !== undefined &&
    s.indicator === ind &&
    s.value === ind.value &&
    s.name === ind.name &&
    s.level1 === ind.level1 &&
    s.level2 === ind.level2
  );
}

function unchanged(seen: readonly Seen[], indicators: readonly Indicator[]): boolean {
  if (seen.length !== indicators.length) return false;
  for (let i = 0; i < seen.length; i++) if (!same(seen[i], indicators[i])) return false;
  return true;
}

/** Reads the rows anew into a new array, keeping the facts of rows that did not change. */
function refresh(entry: Entry, indicators: readonly Indicator[]): void {
  const facts: IndicatorFacts[] = [];
  const seen: Seen[] = [];
  for (let index = 0; index < indicators.length; index++) {
    const indicator = indicators[index];
    if (!indicator) continue;
    const old = entry.facts[index];
    seen.push({ indicator, level1: indicator.level1, level2: indicator.level2, name: indicator.name, value: indicator.value });
    if (old && same(entry.seen[index], indicator)) {
      facts.push(old);
      continue;
    }
    facts.push({
      index,
      indicator,
      name: normaliseLabel(indicator.name),
      target: targetOf(entry, indicator.value),
      role: roleIn(entry, indicator.level1, indicator.level2),
    });
  }
  entry.facts = facts;
  entry.seen = seen;
}

function targetOf(entry: Entry, value: CellValue): Target {
  if (typeof value !== 'string') return parseTarget(value);
  let t = entry.targets.get(value);
  if (t === undefined) {
    t = parseTarget(value);
    entry.targets.set(value, t);
  }
  return t;
}

function roleIn(entry: Entry, level1: string, level2: string): GroupRole | null {
  let byLevel2 = entry.roles.get(level1);
  if (!byLevel2) {
    byLevel2 = new Map();
    entry.roles.set(level1, byLevel2);
  }
  let role = byLevel2.get(level2);
  if (role === undefined) {
    role = roleOf(entry.profile, level1, level2);
    byLevel2.set(level2, role);
  }
  return role;
}

/** A text's target as the facts read it: the same object for the same text within one form. */
export function targetOfText(form: Form, profile: Profile, text: string): Target {
  indicatorFacts(form, profile);
  const entry = cache.get(form.indicators);
  return entry ? targetOf(entry, text) : parseTarget(text);
}

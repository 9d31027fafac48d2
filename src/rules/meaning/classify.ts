import type { CellValue } from '../../model/snapshot';
import type { Profile } from '../../profiles';
import { parseTarget } from '../../parse/target';
import type { Target } from '../../parse/types';
import { normaliseLabel } from '../../parse/text';
import { endsWithAnyOf, firstContained, listGroup, type ListGroup } from '../wordlists';

/** What an indicator is about, told by words in its name. */
export type Topic =
  | 'satisfaction'
  | 'budget'
  | 'cost'
  | 'staffing'
  | 'accidents'
  | 'ecological'
  | 'time'
  | 'services'
  | 'clients';

/** How its value measures it, told by the value (and the name's ending where the value has no unit). */
export type Measure =
  | 'rate'
  | 'count'
  | 'duration'
  | 'frequency'
  | 'deadline'
  | 'amount'
  | 'quantity'
  | 'qualitative'
  | 'empty';

export interface TopicHit {
  topic: Topic;
  /** The word of the name that told it. */
  keyword: string;
}

export interface Meaning {
  /** Every topic the name speaks of, most telling first (satisfaction before time: 满意度 of 响应时间 is a satisfaction). */
  topics: TopicHit[];
  measure: Measure;
  /** Unit as read from the value, normalised (full-width % is %); null when none. */
  unit: string | null;
  target: Target;
}

/** Topic order = priority: the first hit is the indicator's main subject. */
const TOPIC_ORDER: readonly Topic[] = [
  'satisfaction',
  'budget',
  'cost',
  'staffing',
  'accidents',
  'ecological',
  'time',
  'services',
  'clients',
];

const TOPIC_LIST: Record<Topic, string> = {
  satisfaction: 'meaningSatisfaction',
  budget: 'meaningBudget',
  cost: 'meaningCost',
  staffing: 'meaningStaffing',
  accidents: 'meaningAccidents',
  ecological: 'meaningEcological',
  time: 'meaningTime',
  services: 'meaningServices',
  clients: 'meaningClients',
};

/** Normalised word lists per profile object: classify runs per row, the lists never change. */
const normalised = new WeakMap<Profile, Map<string, string[]>>();

export function words(profile: Profile, list: string): string[] {
  let lists = normalised.get(profile);
  if (!lists) {
    lists = new Map();
    normalised.set(profile, lists);
  }
  let out = lists.get(list);
  if (!out) {
    out = (profile.vocab[list] ?? []).map((w) => normaliseLabel(w)).filter((w) => w.length > 0);
    lists.set(list, out);
  }
  return out;
}

/** The first word of the list found in the text, or null. */
export function firstWordIn(profile: Profile, list: string, text: string): string | null {
  return firstContained(text, words(profile, list)) ?? null;
}

/** Lists classify asks about every row, searched in one pass over the name. */
const TOPIC_EXTRA = ['meaningCostWeak', 'meaningSatisfactionNot', 'meaningSaving'] as const;
const topicLists = new WeakMap<Profile, ListGroup>();

/** For each topic list, then each of TOPIC_EXTRA: the first word of the list found in the name. */
function topicWords(profile: Profile, name: string): readonly (string | undefined)[] {
  let group = topicLists.get(profile);
  if (!group) {
    group = listGroup([...TOPIC_ORDER.map((t) => words(profile, TOPIC_LIST[t])), ...TOPIC_EXTRA.map((l) => words(profile, l))]);
    topicLists.set(profile, group);
  }
  return group.firstIn(name);
}

const COST_WEAK = TOPIC_ORDER.length;
const SATISFACTION_NOT = COST_WEAK + 1;
const SAVING = COST_WEAK + 2;

function topicHit(found: readonly (string | undefined)[], topic: Topic, index: number, measure: Measure): TopicHit | null {
  const keyword = found[index] ?? (topic === 'cost' && measure === 'amount' ? found[COST_WEAK] : undefined);
  if (!keyword) return null;
  if (topic === 'satisfaction' && found[SATISFACTION_NOT]) return null;
  // A saving is a benefit, not a cost: 降低公务交通支出费用, 预算节约率.
  if ((topic === 'cost' || topic === 'budget') && found[SAVING]) return null;
  return { topic, keyword };
}

/** Units read so far: a form writes a handful of units on thousands of rows. */
const units = new Map<string, string | null>();
const UNITS_LIMIT = 10_000;

export function normaliseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const hit = units.get(unit);
  if (hit !== undefined) return hit;
  const u = normaliseLabel(unit).replace(/[()]/g, '');
  const out = u.length > 0 ? u : null;
  if (units.size >= UNITS_LIMIT) units.clear();
  units.set(unit, out);
  return out;
}

function inList(profile: Profile, list: string, unit: string | null): boolean {
  return unit !== null && words(profile, list).includes(unit);
}

/** What a unit measures, per profile: asked for every row, the same few units each time. */
const unitMeasures = new WeakMap<Profile, Map<string, Measure>>();

function measureOfUnit(profile: Profile, unit: string | null, name: string): Measure {
  if (unit === null) return measureOfWrittenUnit(profile, unit, name);
  let known = unitMeasures.get(profile);
  if (!known) {
    known = new Map();
    unitMeasures.set(profile, known);
  }
  let m = known.get(unit);
  if (m === undefined) {
    m = measureOfWrittenUnit(profile, unit, name);
    known.set(unit, m);
  }
  return m;
}

/** With a unit, the name plays no part. */
function measureOfWrittenUnit(profile: Profile, unit: string | null, name: string): Measure {
  if (inList(profile, 'rateUnits', unit)) return 'rate';
  if (inList(profile, 'frequencyUnits', unit)) return 'frequency';
  if (inList(profile, 'durationUnits', unit)) return 'duration';
  if (inList(profile, 'amountUnits', unit)) return 'amount';
  if (inList(profile, 'countUnits', unit)) return 'count';
  if (unit === null) {
    if (endsWithAnyOf(name, words(profile, 'rateSuffixes'))) return 'rate';
    if (endsWithAnyOf(name, words(profile, 'countSuffixes'))) return 'count';
  }
  return 'quantity';
}

function measureOf(profile: Profile, target: Target, name: string): { measure: Measure; unit: string | null } {
  switch (target.kind) {
    case 'empty':
      return { measure: 'empty', unit: null };
    case 'qualitative':
      return { measure: 'qualitative', unit: null };
    case 'deadline':
      return { measure: 'deadline', unit: null };
    case 'duration': {
      const unit = normaliseUnit(target.unit);
      const frequency = target.per !== undefined || inList(profile, 'frequencyUnits', unit);
      return { measure: frequency ? 'frequency' : 'duration', unit };
    }
    case 'quantity':
    case 'range': {
      const unit = normaliseUnit(target.unit);
      return { measure: measureOfUnit(profile, unit, name), unit };
    }
    case 'multiple': {
      const first = target.parts[0];
      return first ? measureOf(profile, first, name) : { measure: 'empty', unit: null };
    }
  }
}

/** Classifies an indicator by its name's words and its value's kind and unit. Pure; never throws. */
export function classify(profile: Profile, name: string, value: CellValue): Meaning {
  return classifyRead(profile, normaliseLabel(name), parseTarget(value));
}

/** classify for a row already read: its name normalised (normaliseLabel) and its value parsed. */
export function classifyRead(profile: Profile, n: string, target: Target): Meaning {
  const { measure, unit } = measureOf(profile, target, n);
  const found = topicWords(profile, n);
  const topics: TopicHit[] = [];
  TOPIC_ORDER.forEach((topic, index) => {
    const hit = topicHit(found, topic, index, measure);
    if (hit) topics.push(hit);
  });
  return { topics, measure, unit, target };
}

export function hasTopic(m: Meaning, topic: Topic): TopicHit | undefined {
  return m.topics.find((t) => t.topic === topic);
}

/** Measures that carry a time: a deadline, a duration or a frequency. */
export function isTimeMeasure(m: Meaning): boolean {
  return m.measure === 'deadline' || m.measure === 'duration' || m.measure === 'frequency';
}

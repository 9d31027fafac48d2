import { normaliseLabel } from '../parse/text';
import type { Profile } from '../profiles';
import type { LabelHit, TitleHit } from './labels';

/** How strongly the labels of a stretch of rows speak for one profile. */
export interface ProfileScore {
  profile: Profile;
  score: number;
  title: boolean;
  /** Parts of the form present: title, header (≥2 fields), funding, goals, indicators (a table header). */
  sections: number;
  /** Labels that belong to a form rather than to any list: title, funding, goals, indicator columns, detect labels. */
  formLabels: number;
}

const TITLE_WEIGHT = 5;
const DETECT_WEIGHT = 2;

export function scoreProfile(profile: Profile, hits: readonly LabelHit[], titles: readonly TitleHit[]): ProfileScore {
  const pid = profile.id;
  const title = titles.some((t) => t.profiles.includes(pid));
  const keys = new Set<string>();
  const detect = new Set<string>();
  const header = new Set<string>();
  let funding = false;
  let goals = false;
  let formLabels = title ? 1 : 0;
  const valueRows = new Set<number>();
  const nameRows = new Set<number>();
  for (const h of hits) {
    let mine = false;
    for (const u of h.uses) {
      if (u.profile !== pid) continue;
      mine = true;
      if (u.kind === 'detect') detect.add(h.key);
      else if (u.kind === 'header') header.add(u.key);
      else if (u.kind === 'funding' || u.kind === 'block' || u.kind === 'subItems') funding = true;
      else if (u.kind === 'goal') goals = true;
      else if (u.kind === 'column' && u.column === 'value') valueRows.add(h.row);
      else if (u.kind === 'column' && u.column === 'name') nameRows.add(h.row);
      if (u.kind !== 'header') formLabels++;
    }
    if (mine) keys.add(h.key);
  }
  let table = false;
  for (const r of valueRows) if (nameRows.has(r)) table = true;
  const sections = (title ? 1 : 0) + (header.size >= 2 ? 1 : 0) + (funding ? 1 : 0) + (goals ? 1 : 0) + (table ? 1 : 0);
  const score = (title ? TITLE_WEIGHT : 0) + detect.size * DETECT_WEIGHT + keys.size;
  return { profile, score, title, sections, formLabels };
}

/** Profiles by score, best first; ties keep the built-in order. */
export function rankProfiles(profiles: readonly Profile[], hits: readonly LabelHit[], titles: readonly TitleHit[]): ProfileScore[] {
  return profiles.map((p) => scoreProfile(p, hits, titles)).sort((a, b) => b.score - a.score);
}

/** A form is there when two of its parts are (three when neither a title nor 项目名称 opens it). */
export function isReadable(s: ProfileScore, anchored: boolean): boolean {
  return s.sections >= (anchored ? 2 : 3);
}

/** The labels a profile expects, printed form first, with the spellings that count as found. */
export function expectedLabels(profile: Profile): { label: string; names: Set<string> }[] {
  const out: { label: string; names: Set<string> }[] = [];
  const add = (label: string, names: readonly string[]): void => {
    if (out.some((o) => o.label === label)) return;
    out.push({ label, names: new Set([label, ...names].map(normaliseLabel)) });
  };
  for (const f of profile.header) if (f.required) add(f.label, f.synonyms);
  for (const f of profile.funding.fields) if (f.required) add(f.label, f.synonyms);
  for (const g of profile.goals) add(g.label, g.synonyms);
  const cols = profile.indicators.columns;
  for (const list of [cols.level1, cols.level2, cols.name, cols.value]) {
    const [first, ...rest] = list;
    if (first) add(first, rest);
  }
  return out;
}

/** Which of the profile's labels (and its title) the sheet prints, and which it lacks. */
export function foundAndMissing(profile: Profile, hits: readonly LabelHit[], titles: readonly TitleHit[]): { found: string[]; missing: string[] } {
  const keys = new Set(hits.map((h) => h.key));
  const found: string[] = [];
  const missing: string[] = [];
  const title = profile.detect.titles[0];
  if (title) (titles.some((t) => t.profiles.includes(profile.id)) ? found : missing).push(title);
  for (const e of expectedLabels(profile)) ([...e.names].some((n) => keys.has(n)) ? found : missing).push(e.label);
  return { found, missing };
}

import { normaliseLabel } from '../parse/text';
import type { Profile } from '../profiles';

export type ColumnRole = 'level1' | 'level2' | 'name' | 'value';

/** What a printed label means to one profile. */
export type LabelUse =
  | { profile: string; kind: 'header'; key: string }
  | { profile: string; kind: 'funding'; key: string; side: 'left' | 'right' | 'any' }
  | { profile: string; kind: 'block' }
  | { profile: string; kind: 'subItems' | 'subItemName' | 'subItemAmount' }
  | { profile: string; kind: 'goal'; key: string }
  /** rank: position in the profile's synonym list, the preferred spelling first (年度 before 项目 values). */
  | { profile: string; kind: 'column'; column: ColumnRole; rank: number }
  | { profile: string; kind: 'detect' };

export interface Vocabulary {
  /** Normalised label -> its uses across profiles. */
  labels: Map<string, LabelUse[]>;
  /** Every proper prefix of a label, to try joining a label split over two cells. */
  prefixes: Set<string>;
  /** Normalised title words per profile id. */
  titles: Map<string, string[]>;
  /**
   * Characters a label can start with (and leading-number characters): a cell starting with anything else
   * is no label, so the reader skips normalising it. Most cells of a big indicator table go this way.
   */
  firstChars: Set<string>;
  /** The last character of every title word: a cell without one holds no title. */
  titleEnds: Set<string>;
  /**
   * Value-column headers matched by their ending ("长期目标值", "年度目标值" end with 目标值), because forms
   * qualify the value header freely; the reader then prefers the annual one.
   */
  valueEndings: { key: string; uses: LabelUse[] }[];
  valueLastChars: Set<string>;
  /** lookupLabel's answers: the forms of one template print the same labels, file after file. */
  lookups: Map<string, LabelLookup | null>;
}

export interface LabelLookup {
  key: string;
  uses: LabelUse[];
}

const LOOKUP_CACHE_LIMIT = 20000;

/** Words a value header may carry before a known ending (年度, 长期, 中期, 预期…). */
const VALUE_QUALIFIER = 4;

const NUMBERING_STARTS = '0123456789(一二三四五六七八九十';

/** Whether a raw cell text can normalise to something starting with one of the first characters. */
export function mayBeLabel(vocab: Vocabulary, raw: string): boolean {
  const start = raw.trimStart();
  if (start === '') return false;
  const first = start.charCodeAt(0);
  if (inSet(codesOf(vocab.firstChars), first)) return true;
  if (!nfkcStable(first)) {
    const folded = start.charAt(0).normalize('NFKC');
    if (vocab.firstChars.has(folded)) return true;
  }
  const end = raw.trimEnd();
  return inSet(codesOf(vocab.valueLastChars), end.charCodeAt(end.length - 1));
}

/**
 * A set of single characters as a bitmap over UTF-16 code units, built once per set: asked for every
 * cell of a sheet, and a bit test needs no one-character string to be made and hashed. Members longer
 * than one code unit never equal one character and are left out.
 */
const bitmaps = new WeakMap<ReadonlySet<string>, Uint8Array>();

function codesOf(chars: ReadonlySet<string>): Uint8Array {
  let bits = bitmaps.get(chars);
  if (!bits) {
    bits = new Uint8Array(0x10000);
    for (const ch of chars) if (ch.length === 1) bits[ch.charCodeAt(0)] = 1;
    bitmaps.set(chars, bits);
  }
  return bits;
}

function inSet(bits: Uint8Array, code: number): boolean {
  return bits[code] === 1;
}

/** ASCII and the CJK Unified Ideographs are their own NFKC form: most cells of a table start with one. */
function nfkcStable(code: number): boolean {
  return code < 0x80 || (code >= 0x4e00 && code <= 0x9fff);
}

export function mayBeTitle(vocab: Vocabulary, raw: string): boolean {
  for (const ch of vocab.titleEnds) if (raw.includes(ch)) return true;
  return false;
}

const LEADING_NUMBER = /^(?:[0-9]+[.、)]|[一二三四五六七八九十]+[、.]|\([0-9一二三四五六七八九十]+\))/;
const TRAILING_PAREN = /\([^()]*\)$/;
const QIZHONG = /^其中[:,]?/;
/** "主管部门及代码": the national template asks for the code beside the name. */
const WITH_CODE = /及(?:代码|编码)$/;

/** The spellings of a normalised cell text to look up, most literal first. */
export function labelVariants(norm: string): string[] {
  const out = [norm];
  const add = (s: string): void => {
    const t = s.replace(/:+$/, '');
    if (t && !out.includes(t)) out.push(t);
  };
  const unnumbered = norm.replace(LEADING_NUMBER, '');
  add(unnumbered);
  for (const base of [...out]) {
    const noParen = base.replace(TRAILING_PAREN, '');
    add(noParen);
    add(base.replace(QIZHONG, ''));
    add(noParen.replace(QIZHONG, ''));
    add(noParen.replace(WITH_CODE, ''));
  }
  return out;
}

export function buildVocabulary(profiles: readonly Profile[]): Vocabulary {
  const labels = new Map<string, LabelUse[]>();
  const put = (text: string, use: LabelUse): void => {
    const k = normaliseLabel(text);
    if (!k) return;
    const list = labels.get(k);
    if (!list) labels.set(k, [use]);
    else if (!list.some((u) => sameUse(u, use))) list.push(use);
  };
  const titles = new Map<string, string[]>();
  for (const p of profiles) {
    const profile = p.id;
    titles.set(profile, p.detect.titles.map(normaliseLabel).filter(Boolean));
    for (const l of p.detect.labels) put(l, { profile, kind: 'detect' });
    for (const f of p.header) for (const l of [f.label, ...f.synonyms]) put(l, { profile, kind: 'header', key: f.key });
    for (const l of p.funding.block) put(l, { profile, kind: 'block' });
    for (const f of p.funding.fields)
      for (const l of [f.label, ...f.synonyms]) put(l, { profile, kind: 'funding', key: f.key, side: f.side });
    const sub = p.funding.subItems;
    if (sub) {
      for (const l of sub.label) put(l, { profile, kind: 'subItems' });
      for (const l of sub.nameColumn) put(l, { profile, kind: 'subItemName' });
      for (const l of sub.amountColumn) put(l, { profile, kind: 'subItemAmount' });
    }
    for (const g of p.goals) for (const l of [g.label, ...g.synonyms]) put(l, { profile, kind: 'goal', key: g.key });
    const cols = p.indicators.columns;
    for (const column of ['level1', 'level2', 'name', 'value'] as const)
      cols[column].forEach((l, rank) => put(l, { profile, kind: 'column', column, rank }));
  }
  const prefixes = new Set<string>();
  const firstChars = new Set<string>(NUMBERING_STARTS);
  for (const k of labels.keys()) {
    for (let i = 1; i < k.length; i++) prefixes.add(k.slice(0, i));
    const first = k[0];
    if (first) firstChars.add(first);
  }
  const titleEnds = new Set<string>();
  for (const words of titles.values())
    for (const w of words) {
      const last = w[w.length - 1];
      if (last) titleEnds.add(last);
    }
  const valueEndings: { key: string; uses: LabelUse[] }[] = [];
  const valueLastChars = new Set<string>();
  for (const [key, uses] of labels) {
    const values = uses.filter((u) => u.kind === 'column' && u.column === 'value');
    if (values.length === 0) continue;
    valueEndings.push({ key, uses: values });
    valueLastChars.add(key.slice(-1));
  }
  return { labels, prefixes, titles, firstChars, titleEnds, valueEndings, valueLastChars, lookups: new Map() };
}

function sameUse(a: LabelUse, b: LabelUse): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The dictionary key and uses of a normalised cell text, trying its variants. */
export function lookupLabel(vocab: Vocabulary, norm: string): LabelLookup | undefined {
  const known = vocab.lookups.get(norm);
  if (known !== undefined) return known ?? undefined;
  const found = findLabel(vocab, norm);
  if (vocab.lookups.size >= LOOKUP_CACHE_LIMIT) vocab.lookups.clear();
  vocab.lookups.set(norm, found ?? null);
  return found;
}

function findLabel(vocab: Vocabulary, norm: string): LabelLookup | undefined {
  const variants = labelVariants(norm);
  for (const v of variants) {
    const uses = vocab.labels.get(v);
    if (uses) return { key: v, uses };
  }
  for (const v of variants)
    for (const e of vocab.valueEndings)
      if (v.length > e.key.length && v.length - e.key.length <= VALUE_QUALIFIER && v.endsWith(e.key)) return e;
  return undefined;
}

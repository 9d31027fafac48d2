/**
 * Units seen after indicator values. Chinese has no space between a unit and the words after it
 * (`≥500人参加`), so units written without brackets are recognised from this list (longest first);
 * anything in brackets right after the number is taken as the unit as written.
 */
const BASE_UNITS = [
  // counts
  '个', '次', '人', '人次', '家', '家次', '户', '户次', '场', '场次', '项', '篇', '份', '台', '台套', '台次', '套', '辆', '件', '名',
  '批', '批次', '期', '届', '轮', '条', '本', '册', '部', '门', '类', '种', '张', '间', '处', '座', '所', '棵', '株', '只', '头',
  '课时', '学时', '课', '节', '章', '册次', '车次', '班次', '架次', '艘', '吨', '公斤', '千克', '克', '亩', '公顷', '平方米',
  '平方公里', '立方米', '米', '公里', '千米', '厘米', '毫米', '元', '万元', '亿元', '个百分点', '百分点', '倍', '分', '星', '级',
  '页', '字', '幅', '首', '集', '块', '片', '根', '支', '组', '队', '团', '村', '镇', '街道', '区', '校', '所次', '人天', '人日',
  '人月', '工日', '月次', '周次', '年次', '标段', '宗', '笔', '单', '例', '床', '辆次', '起', '回', '遍', '盘', '卷', '箱',
  // durations
  '个工作日', '工作日', '自然日', '个自然日', '日', '天', '小时', '个小时', '分钟', '秒', '周', '个月', '月', '年', '季度', '个季度',
];

/** Units of time: a number with one of these followed by 内 is a time limit (`3个工作日内`). */
export const TIME_UNITS: readonly string[] = [
  '个工作日', '工作日', '自然日', '个自然日', '日', '天', '小时', '个小时', '分钟', '秒', '周', '个月', '月', '年', '季度', '个季度',
];

/** Counted units in `每季度一次`. */
export const FREQUENCY_UNITS: readonly string[] = ['次', '场', '期', '轮', '批', '回', '遍', '场次', '批次'];

const PREFIXES = ['', '万', '千', '百', '亿', '十万', '百万', '千万'];

/** Every unit with its 万/千 prefixes, longest first. */
export const KNOWN_UNITS: readonly string[] = [
  ...new Set(PREFIXES.flatMap((p) => BASE_UNITS.map((u) => p + u))),
].sort((a, b) => b.length - a.length);

/** Units by their first character, longest first, so a lookup tries a handful instead of all. */
const BY_FIRST = new Map<string, string[]>();
for (const u of KNOWN_UNITS) {
  const first = u.charAt(0);
  const list = BY_FIRST.get(first);
  if (list) list.push(u);
  else BY_FIRST.set(first, [u]);
}

/** The known unit at the start of s (longest), or null. */
export function knownUnitAt(s: string): string | null {
  for (const u of BY_FIRST.get(s.charAt(0)) ?? []) if (s.startsWith(u)) return u;
  return null;
}

export function isTimeUnit(u: string | null): boolean {
  return u !== null && TIME_UNITS.includes(u);
}

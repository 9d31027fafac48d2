import type { Form } from '../model/form';
import { cellText } from '../parse/text';
import type { GroupRole, Profile } from '../profiles/schema';
import { findLevel1, findLevel2 } from '../profiles/tree';
import { indicatorKey } from './insert';
import type { ProjectKind } from './schema';
import { searchLibrary, type SearchHit, type SearchIndex } from './search';

/**
 * Words that tell a project's kind, from its name and goal texts. Each hit in the name counts three
 * times a hit in the goals: names are short and chosen, goals ramble.
 */
const KIND_WORDS: Readonly<Record<Exclude<ProjectKind, '通用'>, readonly string[]>> = {
  会议: ['会议', '论坛', '年会', '研讨会', '座谈会', '峰会', '大会', '会务', '博览会'],
  培训: ['培训', '研修', '轮训', '讲座', '进修', '学员', '课程', '培训班'],
  设备购置: ['购置', '采购', '设备', '仪器', '车辆', '装备', '配置'],
  信息化运维: ['运维', '运行维护', '信息系统', '网络', '机房', '信息化', '软件', '系统维护'],
  房屋维修: ['维修', '修缮', '改造', '装修', '大修', '房屋', '校舍', '办公楼'],
  科技服务: ['科技', '技术服务', '检测', '成果转化', '孵化', '专利', '实验室', '科研'],
  课题研究: ['课题', '研究', '调研', '编纂', '规划编制', '决策咨询', '研究报告'],
  平台建设: ['平台', '系统建设', '开发', '上线', '数据库', '一网通办', '一网统管', '数据共享'],
  工程建设: ['工程', '道路', '施工', '基建', '建设项目'],
  物业运维: ['物业', '保洁', '安保', '绿化', '食堂', '后勤'],
  委托业务: ['委托', '购买服务', '第三方', '评审', '审计'],
};

export interface KindGuess {
  kind: ProjectKind;
  score: number;
  /** The words that were found, to show why. */
  words: string[];
}

function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** Project kinds suggested by the form's name and goals, best first; 通用 when nothing is recognised. */
export function guessKinds(form: Form): KindGuess[] {
  const name = cellText(form.fields['name'] ?? null);
  const goals = Object.values(form.goals)
    .map((g) => cellText(g))
    .join('\n');
  const out: KindGuess[] = [];
  for (const [kind, words] of Object.entries(KIND_WORDS) as [Exclude<ProjectKind, '通用'>, readonly string[]][]) {
    let score = 0;
    const found: string[] = [];
    for (const w of words) {
      const s = count(name, w) * 3 + count(goals, w);
      if (s > 0) {
        score += s;
        found.push(w);
      }
    }
    if (score > 0) out.push({ kind, score, words: found });
  }
  out.sort((a, b) => b.score - a.score);
  return out.length > 0 ? out : [{ kind: '通用', score: 0, words: [] }];
}

/** Groups every form should speak to: empty ones among these get suggestions. */
const CORE_ROLES: readonly GroupRole[] = ['quantity', 'quality', 'time', 'cost', 'social', 'satisfaction'];

export type GapReason = 'missing' | 'qualitative';

export interface GroupSuggestion {
  level1: string;
  level2: string;
  role: GroupRole;
  reason: GapReason;
  message: { zh: string; en: string };
  hits: SearchHit[];
}

export interface Suggestions {
  kinds: ProjectKind[];
  guessed: KindGuess[];
  groups: GroupSuggestion[];
}

export interface SuggestOptions {
  /** The user's choice of kinds, replacing the guess. */
  kinds?: readonly ProjectKind[];
  /** Entries proposed per group. */
  perGroup?: number;
}

const HAS_NUMBER = /\d/;

/**
 * For an open form: the level-2 groups that are empty (among the groups every form should have, and the
 * profile's required ones) or only qualitative, each with library indicators ranked by the project's kind.
 */
export function suggestIndicators(form: Form, profile: Profile, index: SearchIndex, options: SuggestOptions = {}): Suggestions {
  const guessed = guessKinds(form);
  const kinds: ProjectKind[] = options.kinds && options.kinds.length > 0 ? [...options.kinds] : guessed.slice(0, 2).map((g) => g.kind);
  const perGroup = options.perGroup ?? 3;
  const present = new Set(form.indicators.map((i) => indicatorKey(cellText(i.name))));
  const byGroup = new Map<string, { values: string[] }>();
  for (const ind of form.indicators) {
    const l1 = findLevel1(profile, ind.level1);
    const l2 = l1 ? findLevel2(profile, l1, ind.level2) : undefined;
    if (!l1 || !l2) continue;
    // A variant group (成本指标 under 产出指标) counts for the role's first group.
    const l2name = l1.children.some((c) => c.name === l2.name) ? l2.name : undefined;
    const key = l2name ? `${l1.name}/${l2name}` : `role:${l2.role}`;
    const g = byGroup.get(key) ?? { values: [] };
    g.values.push(cellText(ind.value));
    byGroup.set(key, g);
  }
  const required = new Set(profile.indicators.required.filter((r) => r.level2).map((r) => `${r.level1}/${r.level2}`));
  const seenRoles = new Set<GroupRole>();
  const groups: GroupSuggestion[] = [];
  for (const l1 of profile.indicators.tree)
    for (const l2 of l1.children) {
      const key = `${l1.name}/${l2.name}`;
      const firstOfRole = !seenRoles.has(l2.role);
      seenRoles.add(l2.role);
      const rows = byGroup.get(key) ?? (firstOfRole ? byGroup.get(`role:${l2.role}`) : undefined);
      let reason: GapReason | null = null;
      if (!rows) {
        // Only the first group of a role is asked for (经济成本指标, not all three cost groups).
        if (required.has(key) || (firstOfRole && CORE_ROLES.includes(l2.role))) reason = 'missing';
      } else if (!rows.values.some((v) => HAS_NUMBER.test(v))) reason = 'qualitative';
      if (!reason) continue;
      const hits = searchLibrary(index, { level1: l1.name, level2: l2.name, kinds })
        .filter((h) => !present.has(indicatorKey(h.entry.name)))
        // Quantified entries first: reviewers want numbers wherever a number exists.
        .map((h, i) => ({ h, i, q: h.entry.comparator !== '' || HAS_NUMBER.test(h.entry.value) ? 0 : 1 }))
        .sort((a, b) => a.h.score - b.h.score || a.q - b.q || a.i - b.i)
        .slice(0, perGroup)
        .map((x) => x.h);
      const message =
        reason === 'missing'
          ? { zh: `${l1.name}／${l2.name}没有指标`, en: `${l1.name} / ${l2.name} has no indicator` }
          : { zh: `${l1.name}／${l2.name}只有定性指标，建议补充可量化的指标`, en: `${l1.name} / ${l2.name} has only qualitative values; add a measurable one` };
      groups.push({ level1: l1.name, level2: l2.name, role: l2.role, reason, message, hits });
    }
  return { kinds, guessed, groups };
}

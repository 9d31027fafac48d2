import type { Severity } from '../../model/finding';
import { normaliseLabel } from '../../parse/text';
import type { GroupRole } from '../../profiles/schema';
import { firstWordIn, hasTopic, isTimeMeasure, words, type TopicHit } from '../meaning';
import type { FormRule, RuleContext } from '../types';
import { currentLabel, evidence, placedRows, rowReport, targetLabel, type PlacedRow } from './evidence';

const BENEFIT_ROLES: readonly GroupRole[] = ['economic', 'social', 'ecological', 'sustainable'];
/** Groups where a cost is out of place (economic benefits may well be savings; management may plan costs). */
const NOT_COST_ROLES: readonly GroupRole[] = ['quantity', 'quality', 'time', 'social', 'ecological', 'sustainable'];

interface Verdict {
  messageId: string;
  severity?: Severity;
  /** The meaning key whose placement is suggested (vocab placeTarget:<key>). */
  target: string;
  keyword: string | null;
}

/** Where a row under the satisfaction group belongs instead, told by its other topics or its measure. */
function notSatisfactionTarget(row: PlacedRow): { target: string; keyword: string | null } | null {
  const m = row.meaning;
  for (const topic of ['time', 'cost', 'budget', 'accidents', 'services', 'clients', 'staffing', 'ecological'] as const) {
    const hit = hasTopic(m, topic);
    if (hit) return { target: topic, keyword: hit.keyword };
  }
  if (isTimeMeasure(m)) return { target: 'time', keyword: null };
  if (m.measure === 'count') return { target: 'count', keyword: null };
  if (m.measure === 'amount') return { target: 'cost', keyword: null };
  return null;
}

function verdict(ctx: RuleContext, row: PlacedRow): Verdict | null {
  const m = row.meaning;
  const sat = hasTopic(m, 'satisfaction');
  if (row.role !== 'satisfaction' && sat) return { messageId: 'satisfaction', target: 'satisfaction', keyword: sat.keyword };

  if (row.role === 'satisfaction') {
    // Any satisfaction word keeps the row (满意度调查覆盖率 is about the survey, 有效投诉率 its reverse: reviewers accept both there).
    const name = normaliseLabel(row.ind.name);
    if (firstWordIn(ctx.profile, 'meaningSatisfaction', name) || firstWordIn(ctx.profile, 'meaningSatisfactionAccepted', name)) return null;
    const t = notSatisfactionTarget(row);
    return t ? { messageId: 'notSatisfaction', ...t } : { messageId: 'notSatisfactionNoTarget', target: 'satisfaction', keyword: null };
  }

  const budget = hasTopic(m, 'budget');
  if (budget && BENEFIT_ROLES.includes(row.role)) return { messageId: 'budget', target: 'budget', keyword: budget.keyword };

  const cost = hasTopic(m, 'cost');
  if (cost && NOT_COST_ROLES.includes(row.role)) return { messageId: 'cost', target: 'cost', keyword: cost.keyword };

  if (row.role === 'ecological' && !hasTopic(m, 'ecological')) {
    const hit: TopicHit | undefined = hasTopic(m, 'accidents') ?? hasTopic(m, 'services') ?? hasTopic(m, 'clients');
    if (hit) return { messageId: `eco_${hit.topic}`, target: hit.topic, keyword: hit.keyword };
    if (m.measure === 'count' && m.unit !== null && words(ctx.profile, 'peopleUnits').includes(m.unit))
      return { messageId: 'eco_clients', target: 'clients', keyword: null };
  }

  const staffing = hasTopic(m, 'staffing');
  if (staffing && row.role === 'sustainable') return { messageId: 'staffing', target: 'staffing', keyword: staffing.keyword };

  // Energy and greening read as ecological, but reviewers accept them under social or lasting effects: a hint only.
  const eco = hasTopic(m, 'ecological');
  if (eco && (row.role === 'social' || row.role === 'sustainable'))
    return { messageId: 'ecological', severity: 'info', target: 'ecological', keyword: eco.keyword };
  return null;
}

export const placeCategory: FormRule = {
  meta: {
    id: 'PLACE-CATEGORY',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '指标的含义属于另一个二级指标：满意度放在满意度以外、满意度下放了非满意度、效益下放了预算执行、生态效益下放了服务对象/服务/事故计数、可持续影响下放了人员到位率等。说明应放在哪里以及依据（关键词、单位）。',
      en: 'The indicator\'s meaning belongs under another level-2 group: satisfaction outside satisfaction, non-satisfaction under satisfaction, budget execution under benefits, counts of clients, services or accidents under ecological benefits, staffing under sustainable impact. Says where and why (keywords, unit).',
    },
    messages: {
      satisfaction: {
        zh: '「{name}」是满意度指标（{why}），却放在「{current}」下：应放在「{target}」下。',
        en: '"{name}" is a satisfaction indicator ({why}) but sits under "{current}": it belongs under "{target}".',
      },
      notSatisfaction: {
        zh: '「{name}」放在「{current}」下，但它不是满意度（名称没有「满意」等字样；{why}）：应放在「{target}」下。',
        en: '"{name}" sits under "{current}" but is not a satisfaction measure (no "满意" or similar in the name; {why}): it belongs under "{target}".',
      },
      notSatisfactionNoTarget: {
        zh: '「{name}」放在「{current}」下，但它不是满意度（名称没有「满意」等字样）：满意度指标下只放满意度（如「服务对象满意度 ≥90.00(%)」），请把它移到与其含义相符的二级指标下。',
        en: '"{name}" sits under "{current}" but is not a satisfaction measure (no "满意" or similar in the name): only satisfaction belongs there (e.g. "服务对象满意度 ≥90.00(%)"); move it to the level-2 group that fits its meaning.',
      },
      budget: {
        zh: '「{name}」衡量预算执行或资金管理（{why}），不是项目效益：应放在「{target}」下。',
        en: '"{name}" measures budget execution or funds management ({why}), not a benefit of the project: it belongs under "{target}".',
      },
      cost: {
        zh: '「{name}」是成本（{why}），不应放在「{current}」下：应放在「{target}」下。',
        en: '"{name}" is a cost ({why}) and does not belong under "{current}": it belongs under "{target}".',
      },
      eco_clients: {
        zh: '「{name}」衡量的是服务对象（{why}），不是生态效益：应放在「{target}」下。',
        en: '"{name}" measures the people or organisations served ({why}), not an ecological benefit: it belongs under "{target}".',
      },
      eco_services: {
        zh: '「{name}」衡量的是提供的服务（{why}），不是生态效益：应放在「{target}」下。',
        en: '"{name}" measures services delivered ({why}), not an ecological benefit: it belongs under "{target}".',
      },
      eco_accidents: {
        zh: '「{name}」衡量的是事故或安全事件（{why}），不是生态效益：应放在「{target}」下。',
        en: '"{name}" is about accidents or safety incidents ({why}), not an ecological benefit: it belongs under "{target}".',
      },
      staffing: {
        zh: '「{name}」衡量人员配备（{why}），是项目投入而不是可持续影响：应放在「{target}」下。',
        en: '"{name}" measures staffing ({why}), an input of the project rather than a lasting impact: it belongs under "{target}".',
      },
      ecological: {
        zh: '「{name}」衡量的是生态或节能效果（{why}），放在「{current}」下也说得通，但更适合放在「{target}」下。',
        en: '"{name}" measures an ecological or energy effect ({why}); "{current}" is defensible, but "{target}" fits better.',
      },
    },
  },
  check(ctx) {
    for (const row of placedRows(ctx)) {
      const v = verdict(ctx, row);
      if (!v) continue;
      const base = rowReport(ctx, row);
      ctx.report({
        messageId: v.messageId,
        data: {
          name: row.ind.name,
          current: currentLabel(row.ind),
          target: targetLabel(ctx, v.target),
          why: evidence(ctx.locale, v.keyword, row.meaning),
        },
        ...(v.severity ? { severity: v.severity } : {}),
        ...base,
      });
    }
  },
};

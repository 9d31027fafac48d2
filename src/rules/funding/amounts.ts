import type { CellRef, Form } from '../../model/form';
import type { CellValue } from '../../model/snapshot';
import { fenToYuan, formatFen, numberToDecimal, parseAmount } from '../../parse/amount';
import { isBlank, normaliseLabel } from '../../parse/text';
import type { Amount } from '../../parse/types';
import type { Profile } from '../../profiles';
import type { RuleContext } from '../types';

/** The special addend key for Σ 子项目预算金额 (profile.funding.sums). */
export const SUB_ITEMS = 'subItems';

/** One cell of the funding block or of the sub-item table, as the funding rules see it. */
export interface FundingTerm {
  /** Funding key, or `subItems[i]` for a sub-item amount. */
  key: string;
  label: string;
  value: CellValue;
  cell: CellRef | undefined;
}

const SIDE_NAMES = { left: '项目全周期', right: '当年', any: '' } as const;

/**
 * A funding label without its printed unit (项目总预算（元） → 项目总预算). Where two cells print the same
 * label (其他资金 in both columns of sh-2024), the column is named: 其他资金（当年）.
 */
export function fundingLabel(profile: Profile, key: string): string {
  let labels = fundingLabels.get(profile);
  if (!labels) fundingLabels.set(profile, (labels = new Map()));
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = labelOf(profile, key)));
  return label;
}

/** Asked by every funding rule for every cell of every form: a profile's labels are worked out once. */
const fundingLabels = new WeakMap<Profile, Map<string, string>>();

function labelOf(profile: Profile, key: string): string {
  const field = profile.funding.fields.find((f) => f.key === key);
  if (!field) return key;
  const bare = (l: string): string => normaliseLabel(l).replace(/\((?:万元|元)\)$/, '');
  const label = field.label.replace(/[（(](?:万元|元)[)）]$/, '');
  const shared = profile.funding.fields.some((f) => f.key !== key && bare(f.label) === bare(field.label));
  return shared && field.side !== 'any' ? `${label}（${SIDE_NAMES[field.side]}）` : label;
}

/** An amount cell exactly as parsed: what FUND-NUMBER judges. */
export function amountOf(form: Form, value: CellValue): Amount {
  return parseAmount(value, form.amountScale);
}

/** Whether a cell says "none" in words or dashes (`—`, `无`): a zero written the wrong way. */
export function isNoneWord(ctx: RuleContext, value: CellValue): boolean {
  return typeof value === 'string' && (ctx.profile.vocab['amountNoneWords'] ?? []).includes(value.trim());
}

/**
 * An amount as the arithmetic rules read it: a dash or 无 counts as zero, so that the sums are still
 * judged while FUND-NUMBER asks for 0.00.
 */
export function valueOf(ctx: RuleContext, value: CellValue): Amount {
  if (isNoneWord(ctx, value)) return { kind: 'amount', fen: 0, asText: true, decimals: 0 };
  return amountOf(ctx.form, value);
}

/**
 * An amount in the form's own unit, as the form shows it: 1,234.50 on a form in 元; on a form in 万元,
 * the 万元 figure when it is exact, else the 元 figure with its unit so that nothing is rounded away.
 */
export function showFen(fen: number, scale: number): string {
  if (scale === 1) return formatFen(fen);
  if (Number.isInteger(scale) && fen % scale === 0) return formatFen(fen / scale);
  return `${formatFen(fen)} 元`;
}

/** The number to write into a cell of the form for an amount in 分 (in the form's unit). */
export function cellNumber(fen: number, scale: number): number {
  if (scale === 1) return fenToYuan(fen);
  return Number(numberToDecimal(fen / 100 / scale));
}

export function fundingTerm(ctx: RuleContext, key: string): FundingTerm {
  return {
    key,
    label: fundingLabel(ctx.profile, key),
    value: ctx.form.funding[key] ?? null,
    cell: ctx.cells?.funding[key],
  };
}

/** Sub-item rows that carry anything (a name or an amount); wholly blank rows are the table's spare lines. */
export function subItemTerms(ctx: RuleContext): FundingTerm[] {
  const out: FundingTerm[] = [];
  ctx.form.subItems.forEach((item, i) => {
    if (isBlank(item.name) && isBlank(item.amount)) return;
    const name = isBlank(item.name) ? `#${i + 1}` : String(item.name);
    out.push({
      key: `${SUB_ITEMS}[${i}]`,
      label: `子项目「${name}」预算金额`,
      value: item.amount,
      cell: ctx.cells?.subItems[i]?.amount,
    });
  });
  return out;
}

/** The terms of a sum, with 'subItems' expanded; null when the form has no sub-item rows to add up. */
export function addendTerms(ctx: RuleContext, addends: readonly string[]): FundingTerm[] | null {
  const out: FundingTerm[] = [];
  for (const key of addends) {
    if (key === SUB_ITEMS) {
      const items = subItemTerms(ctx);
      if (items.length === 0) return null;
      out.push(...items);
    } else out.push(fundingTerm(ctx, key));
  }
  return out;
}

/** How a sum's addends are named in a message: 当年财政拨款 + 上年结转资金 + 其他资金, or Σ 子项目预算金额. */
export function addendsLabel(ctx: RuleContext, addends: readonly string[]): string {
  return addends.map((k) => (k === SUB_ITEMS ? 'Σ 子项目预算金额' : fundingLabel(ctx.profile, k))).join(' + ');
}

/**
 * What the parsers return. Implementations: target.ts (indicator values), amount.ts (money), date.ts (dates and deadlines).
 * Parsers never throw: anything unreadable comes back as a kind that says so.
 */

export type Comparator = '≥' | '≤' | '>' | '<' | '=';

/** A calendar date without time. */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

/**
 * A deadline as written: `2024年11月前完成`, `年底前`, `12月底前`, `第三季度`, `2024-06-30前`.
 * Parts not written are null and are resolved against the form's year by resolveDeadline.
 */
export interface Deadline {
  year: number | null;
  month: number | null;
  day: number | null;
  /** 'before' for 前/之前/以前, 'by' for a plain date or 底/末 (inclusive), 'quarter' for 第N季度 (month = the quarter's last month). */
  bound: 'before' | 'by' | 'quarter';
}

export type Target =
  | { kind: 'empty' }
  /** A comparator, a number and a unit: `≥90.00(%)`, `≥5场`, `不低于90%`, `985米`, `=12.00(月次)`. */
  | {
      kind: 'quantity';
      comparator: Comparator | null;
      value: number;
      /** Unit as written, without parentheses; '%' for percentages; null when none. */
      unit: string | null;
      /** True when written exactly in the standard style `≥90.00(%)` (comparator, two decimals, unit in parentheses). */
      standard: boolean;
      /** Text left over around the quantity (`。面向参会人员…`, `合规（…）`), trimmed; null when none. */
      note: string | null;
    }
  /** A range given instead of a target: `3-5次`, `1～2场`, `500-800名`. */
  | { kind: 'range'; low: number; high: number; unit: string | null; note: string | null }
  | { kind: 'deadline'; deadline: Deadline; note: string | null }
  /** A duration or frequency: `=12.00(月次)` is a quantity; this is for `每季度一次`, `3个工作日内`. */
  | {
      kind: 'duration';
      comparator: Comparator | null;
      value: number;
      /** As written: `个工作日`, `小时`; for a frequency the counted unit (`次`). */
      unit: string;
      note: string | null;
      /** For a frequency (`每季度一次`), the period counted over (`季度`); absent for a time limit (`3个工作日内`). */
      per?: string;
    }
  /** Several targets in one cell: `≥90%；≥95%`. */
  | { kind: 'multiple'; parts: Target[] }
  /** Words: `合理`, `及时`, `有效保障`, `提升`, `完成`. */
  | { kind: 'qualitative'; text: string };

export type Amount =
  | { kind: 'empty' }
  /** fen: integer 分. asText: the cell held text (`1,234.50`) rather than a number. */
  | { kind: 'amount'; fen: number; asText: boolean; decimals: number }
  /** Not a number, negative, more than two decimals: reason says which. */
  | {
      kind: 'invalid';
      reason: 'not-number' | 'negative' | 'too-many-decimals';
      text: string;
      /** The amount in 分 where one can be told: exact for a negative amount, rounded half away from zero for too many decimals. */
      fen?: number;
    };

export type ParsedDate =
  | { kind: 'empty' }
  | { kind: 'date'; date: YMD }
  | { kind: 'invalid'; text: string };

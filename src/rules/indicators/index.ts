import type { FormRule } from '../types';

/** The indicators rules, in catalogue order. */
export const indicatorsRules: FormRule[] = [];

import type { FormRule } from '../types';

/** The funding rules, in catalogue order. */
export const fundingRules: FormRule[] = [];

import type { FormRule } from '../types';

/** The goals rules, in catalogue order. */
export const goalsRules: FormRule[] = [];

import type { FormRule } from '../types';

/** The values rules, in catalogue order. */
export const valuesRules: FormRule[] = [];

import type { FormRule } from '../types';

/** The placement rules, in catalogue order. */
export const placementRules: FormRule[] = [];

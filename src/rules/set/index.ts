import type { SetRule } from '../types';

/** Rules over all projects of a workbook. */
export const setRules: SetRule[] = [];

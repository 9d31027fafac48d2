import type { FormRule } from '../types';
import { fundNumber } from './fund-number';
import { fundPriorExec } from './fund-prior-exec';
import { fundRequired } from './fund-required';
import { fundSum } from './fund-sum';
import { fundYearLeTotal } from './fund-year-le-total';

/** The funding rules, in catalogue order. */
export const fundingRules: FormRule[] = [fundNumber, fundRequired, fundSum, fundYearLeTotal, fundPriorExec];

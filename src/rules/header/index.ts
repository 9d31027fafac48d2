import type { FormRule } from '../types';
import { hdrDate } from './hdr-date';
import { hdrEnum } from './hdr-enum';
import { hdrPeriodYear } from './hdr-period-year';
import { hdrRequired } from './hdr-required';

/** The header rules, in catalogue order. */
export const headerRules: FormRule[] = [hdrRequired, hdrEnum, hdrDate, hdrPeriodYear];

import type { FormRule } from '../types';
import { placeCategory } from './place-category';
import { placeQualityCount } from './place-quality-count';
import { placeTime } from './place-time';

/** The placement rules, in catalogue order. */
export const placementRules: FormRule[] = [placeCategory, placeTime, placeQualityCount];

export { classify, classifyRead, hasTopic, isTimeMeasure, firstWordIn, words, normaliseUnit } from './classify';
export type { Meaning, Measure, Topic, TopicHit } from './classify';
export { placementFor, placementLabel } from './target';
export type { Placement } from './target';

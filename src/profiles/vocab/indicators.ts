/** Word lists for the indicator structure and placement rules (src/rules/indicators, src/rules/placement). */
export const indicatorVocab: Record<string, string[]> = {};

/** Word lists for the indicator value rules (src/rules/values). */
export const valueVocab: Record<string, string[]> = {
  /** Name endings that ask for a quantity. */
  quantitySuffixes: ['率', '数', '数量', '人数', '次数'],
};

/** Word lists for the document, header, funding and goal rules (src/rules/document, header, funding, goals). */
export const documentVocab: Record<string, string[]> = {
  /** Template leftovers standing for a value or a name. */
  placeholders: ['**', '*', 'XX', 'xx', '××', '…', '...', '＊＊'],
};

/** Word lists for the document, header, funding and goal rules (src/rules/document, header, funding, goals). */
export const documentVocab: Record<string, string[]> = {
  /** Template leftovers standing for a value or a name. */
  placeholders: ['**', '*', 'XX', 'xx', '××', '…', '...', '＊＊'],

  /** What people write in an amount cell for "none": read as a zero that should be written 0.00. */
  amountNoneWords: ['-', '--', '—', '——', '－', '–', '/', '／', '\\', '无', '暂无', '没有'],

  /**
   * Units a goal text counts in, one group per line: units of one group measure the same kind of thing,
   * so `培训3-5次` meets `培训场次 ≥3.00(场)` and `不少于300人次` meets `≤300.00(人)`.
   */
  goalUnitGroups: [
    '人,人次,名,位,人天,人日',
    '家,家次,户,户次,所',
    '次,场,场次,期,轮,批次,届,回',
    '个,套,台,台套,件,辆,部,只,项,份,篇,本,册,张,处,座,条,种,类',
    '%,％',
    '课时,学时',
    '平方米,㎡',
    '公里,千米',
    '米',
    '亩',
    '吨',
  ],
  /** Words before or after a number in a goal that make it a floor (`不少于300人次`, `300人次以上`). */
  goalAtLeast: ['不少于', '不低于', '至少', '达到', '达', '超过', '多于', '高于', '≥', '>=', '>', '＞', '以上', '及以上'],
  /** Words that make it a ceiling (`不超过5天`, `3天以内`). */
  goalAtMost: ['不超过', '不高于', '不多于', '少于', '低于', '控制在', '≤', '<=', '<', '＜', '以内', '以下', '之内'],
  /** Words that make a number an estimate or a change rather than a promise: such numbers are not checked. */
  goalNotPromise: ['约', '大约', '左右', '近', '前', '第', '提高', '提升', '降低', '减少', '下降', '增长', '增加', '节约', '节省', '累计', '每'],
  /** Two-character words too common in goals and indicator names to tell two subjects apart. */
  goalSubjectStopwords: ['完成', '开展', '实施', '进行', '提供', '项目', '工作', '推进', '保障', '提升', '提高', '确保', '全年', '年度', '通过', '实现', '以上', '不少', '少于', '不低', '低于', '达到'],
  /** Words right before a year that tie it to the past or to a comparison (`较2023年`, `截至2023年底`). */
  goalYearContextBefore: ['较', '比', '相比', '同比', '与', '对比', '截至', '截止', '自', '从', '继'],
  /** Words right after a year that do the same (`2019年以来`, `2023年的基础上`, `2023年水平`). */
  goalYearContextAfter: ['以来', '起', '开始', '基础', '的基础', '水平', '同期', '相比', '比较', '底已', '已', '前已'],
};

import type { LibraryEntry } from '../../src/library/schema';

/** A unit's own indicator, as an import of the unit library would bring it: not in the built-in library. */
export const canteenEntry: LibraryEntry = {
  id: 'u-canteen',
  profile: 'sh-2024',
  level1: '满意度指标',
  level2: '服务对象满意度指标',
  name: '食堂就餐满意度',
  unit: '%',
  comparator: '≥',
  value: '95',
  kinds: ['物业运维'],
  explanation: '反映职工对食堂饭菜和服务的满意程度。',
  source: 'JiXiao 用户导入（本单位指标库）',
};

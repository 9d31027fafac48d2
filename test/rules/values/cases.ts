import type { Form, Indicator } from '../../../src/model/form';
import { cleanForm2019, cleanForm2024, withIndicator } from '../../helpers/forms';

const LEVEL1_2024: Record<string, string> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  经济成本指标: '成本指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

/** The clean 2024 form with one more indicator row; it lands on row 58, so its value cell is D58. */
export function with2024(level2: string, name: string, value: Indicator['value']): Form {
  return withIndicator(cleanForm2024(), { level1: LEVEL1_2024[level2] ?? '产出指标', level2, name, value });
}

const LEVEL1_2019: Record<string, string> = {
  数量目标: '产出目标',
  质量目标: '产出目标',
  时效目标: '产出目标',
  社会效益目标: '效果目标',
  满意度目标: '效果目标',
  长效管理: '影响力目标',
  资金投入管理: '投入和管理目标',
};

/** The clean 2019 form with one more indicator row; it lands on row 59 (D59). */
export function with2019(level2: string, name: string, value: Indicator['value']): Form {
  return withIndicator(cleanForm2019(), { level1: LEVEL1_2019[level2] ?? '产出目标', level2, name, value });
}

export const CELL_2024 = 'D58';
export const CELL_2019 = 'D59';

import { readWorkbook } from '../read';
import type { Command } from './command';
import { runValidate } from './validate-run';

export const validateCommand: Command = {
  summary: { zh: '检查申报表（.xlsx），报告问题', en: 'check forms (.xlsx) and report problems' },
  run: (args, io) => runValidate(args, io, readWorkbook),
};

/**
 * Office errors turned into messages a user can act on. Office reports a protected sheet as
 * AccessDenied and a cell being edited as InvalidOperationInCellEditMode; everything else keeps its text.
 */
export type HostErrorKind = 'protected' | 'cell-edit' | 'too-large' | 'office';

export class HostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    message: string,
    readonly en: string,
    readonly sheet?: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export function protectedSheet(sheet: string): HostError {
  return new HostError(
    'protected',
    `工作表“${sheet}”受保护，无法写入。请在“审阅 › 撤消工作表保护”后重试。`,
    `Sheet "${sheet}" is protected and cannot be written. Unprotect it (Review › Unprotect Sheet) and try again.`,
    sheet,
  );
}

function codeOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return '';
}

export function translateOfficeError(err: unknown): HostError {
  if (err instanceof HostError) return err;
  const code = codeOf(err);
  const text = err instanceof Error ? err.message : String(err);
  if (code === 'InvalidOperationInCellEditMode') {
    return new HostError(
      'cell-edit',
      '您正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。',
      'You are editing a cell. Press Enter or Esc to finish editing, then try again.',
    );
  }
  if (code === 'AccessDenied') {
    return new HostError(
      'protected',
      `工作表或工作簿受保护，无法写入（${text}）。请撤消保护后重试。`,
      `The sheet or workbook is protected and cannot be written (${text}). Unprotect it and try again.`,
    );
  }
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    // Nearly always a stray value far below or right of the form, which stretches the used range.
    return new HostError(
      'too-large',
      `数据量超过 Excel 单次请求上限（${text}）。常见原因是某个工作表在离表单很远处还有内容：按 Ctrl+End 找到已用区域的末尾，删除多余内容后重试。`,
      `The data exceeds Excel's per-request limit (${text}). Usually a sheet holds content far from the form: press Ctrl+End to find the end of its used range, delete what is stray there, and try again.`,
    );
  }
  return new HostError('office', `Excel 操作失败：${text}${code ? `（${code}）` : ''}`, `Excel failed: ${text}${code ? ` (${code})` : ''}`);
}

import { HostError, translateOfficeError } from '../../src/hosts/excel/errors';

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('translateOfficeError', () => {
  it.each(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded'])('tells the user what to do about %s', (code) => {
    const err = translateOfficeError(officeError(code, 'The response payload size has exceeded the limit.'));
    expect(err).toMatchObject({ kind: 'too-large' });
    expect(err.message).toMatch(/超过 Excel 单次请求上限.*Ctrl\+End.*删除多余内容后重试/);
    expect(err.en).toMatch(/per-request limit.*Ctrl\+End.*try again/);
  });

  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit'],
    ['AccessDenied', 'protected'],
    ['GeneralException', 'office'],
  ])('sorts %s as %s', (code, kind) => {
    expect(translateOfficeError(officeError(code, 'x'))).toMatchObject({ kind });
  });

  it('keeps a HostError as it is', () => {
    const own = new HostError('protected', '受保护', 'protected', '申报表');
    expect(translateOfficeError(own)).toBe(own);
  });
});

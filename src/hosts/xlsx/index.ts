export { XlsxHost } from './host';
export { XlsxOpenError, describeFailure, type OpenFailure } from './errors';
export { sheetSnapshot } from './snapshot';

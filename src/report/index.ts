export { buildReport, reportFile, reportSnapshot, statsOf, type ReadWorkbook, type ReportOptions } from './build';

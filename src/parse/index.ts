export * from './types';
export { parseTarget, formatTarget, formatNumber, formatDeadline, standardQuantityText } from './target';
export { parseAmount, formatFen, fenToYuan, numberToDecimal } from './amount';
export {
  parseDate,
  parseDeadline,
  resolveDeadline,
  matchDeadline,
  serialToYMD,
  ymdToSerial,
  isValidYMD,
  isLeapYear,
  daysInMonth,
  compareYMD,
  addDays,
  daysBetween,
  formatYMD,
} from './date';
export { normaliseLabel, cellText, isBlank } from './text';
export { normaliseNumberSpan } from './normalise';
export { KNOWN_UNITS, TIME_UNITS, isTimeUnit } from './units';

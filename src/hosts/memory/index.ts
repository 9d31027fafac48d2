export { MemoryHost, HIGHLIGHT_FILL, type MemoryHostStats, type Selection } from './host';
export { MemorySheet, dumpSheet, type MemoryCell, type CellDump, type CellLook } from './workbook';

import { useEffect, useRef, type CSSProperties } from 'react';
import { columnName, toA1 } from '../model/address';
import type { CellRange } from '../model/snapshot';
import type { MemoryHost } from '../hosts/memory';
import { displayValue } from './format';

/**
 * The in-memory workbook drawn as a grid: merged areas span, the selected cell is outlined,
 * highlighted and related cells are tinted. Data attributes carry the state for tests and tools.
 */
export interface GridProps {
  host: MemoryHost;
  sheet: string;
  /** Bumped by the preview whenever the host changed. */
  version: number;
}

const cellStyle: CSSProperties = {
  border: '1px solid #d0d7de',
  padding: '2px 6px',
  fontSize: 12,
  verticalAlign: 'middle',
  whiteSpace: 'pre-wrap',
  maxWidth: 260,
  minWidth: 40,
};
const headStyle: CSSProperties = { ...cellStyle, background: '#f3f4f6', color: '#555', textAlign: 'center', position: 'sticky', top: 0, zIndex: 1 };

function coveredBy(merges: readonly CellRange[]): { anchors: Map<string, CellRange>; covered: Set<string> } {
  const anchors = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of merges) {
    anchors.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { anchors, covered };
}

function fillColor(fill: string | undefined): string | undefined {
  if (!fill) return undefined;
  const hex = fill.replace(/^#/, '');
  return `#${hex.length === 8 ? hex.slice(2) : hex}`;
}

export function Grid({ host, sheet: name, version }: GridProps) {
  const sheet = host.sheet(name);
  const selected = useRef<HTMLTableCellElement | null>(null);
  const sel = host.selection;
  const selKey = sel && sel.location.sheet === name && sel.location.cell ? sel.location.cell : null;
  useEffect(() => {
    selected.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selKey, version]);
  if (!sheet) return <p role="status">—</p>;
  const { bottom, right } = sheet.extent();
  const { anchors, covered } = coveredBy(sheet.merges);
  const highlighted = new Set(host.highlights().filter((h) => h.sheet === name).map((h) => `${h.row},${h.col}`));
  const related = new Set((sel?.related ?? []).filter((r) => r.sheet === name && r.cell).map((r) => r.cell as string));
  const rows = [];
  for (let r = 1; r <= Math.max(bottom, 1); r++) {
    const cells = [<th key="h" style={headStyle} scope="row">{r}</th>];
    for (let c = 1; c <= Math.max(right, 1); c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const merge = anchors.get(key);
      const cell = sheet.get(r, c);
      const a1 = toA1(r, c);
      const isSelected = selKey === a1;
      const isRelated = related.has(a1);
      const style: CSSProperties = {
        ...cellStyle,
        background: isRelated ? '#ddebf7' : fillColor(cell?.style.fill),
        fontWeight: cell?.style.font?.bold ? 600 : undefined,
        textAlign: cell?.style.alignment?.horizontal ?? (typeof cell?.value === 'number' ? 'right' : 'left'),
        outline: isSelected ? '2px solid #217346' : undefined,
        outlineOffset: -2,
      };
      cells.push(
        <td
          key={key}
          ref={isSelected ? selected : undefined}
          style={style}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          data-cell={a1}
          data-selected={isSelected || undefined}
          data-highlight={highlighted.has(key) || undefined}
          data-related={isRelated || undefined}
          aria-selected={isSelected}
        >
          {cell ? displayValue(cell.value, cell.numberFormat) : ''}
        </td>,
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }
  return (
    <table role="grid" aria-label={name} data-testid="grid" data-version={version} data-merges={sheet.merges.length} style={{ borderCollapse: 'collapse', background: '#fff' }}>
      <thead>
        <tr>
          <th style={headStyle} />
          {Array.from({ length: Math.max(right, 1) }, (_, i) => (
            <th key={i} style={headStyle} scope="col">
              {columnName(i + 1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

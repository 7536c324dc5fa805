/** One cell of the preview grid: Excel-like text, fills, conditional-format colours, and an editor. */
import { useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { ViewCell } from './readSheetView';

export interface GridCellProps {
  cell: ViewCell;
  id: string;
  selected: boolean;
  editing: boolean;
  editLabel: string;
  onSelect: () => void;
  onStartEdit: () => void;
  onCommit: (text: string) => void;
  onCancel: () => void;
}

/** The inline colours of a cell: conditional formats win over the cell's own fill and font. */
export function cellStyle(cell: ViewCell): CSSProperties {
  const style: CSSProperties = {};
  const fill = cell.look?.fill ?? cell.fill;
  const color = cell.look?.font ?? cell.color;
  if (fill) style.backgroundColor = `#${fill}`;
  if (color) style.color = `#${color}`;
  if (cell.look?.bar) {
    const pct = Math.round(cell.look.bar.fraction * 100);
    style.backgroundImage = `linear-gradient(90deg, #${cell.look.bar.color}99 ${pct}%, transparent ${pct}%)`;
  }
  if (cell.bold) style.fontWeight = 600;
  if (cell.italic) style.fontStyle = 'italic';
  if (cell.numeric) style.textAlign = 'right';
  return style;
}

function CellEditor({ initial, label, onCommit, onCancel }: { initial: string; label: string; onCommit: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  // Enter commits and unmounts the editor; the blur that may follow must not commit twice.
  const klaar = useRef(false);
  const commit = (): void => {
    if (klaar.current) return;
    klaar.current = true;
    onCommit(text);
  };
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <input
      ref={ref}
      className="cel-editor"
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          klaar.current = true;
          onCancel();
        }
      }}
      onBlur={commit}
    />
  );
}

/** A td with role gridcell; double-click starts editing (the grid decides whether that is allowed). */
export function GridCell({ cell, id, selected, editing, editLabel, onSelect, onStartEdit, onCommit, onCancel }: GridCellProps) {
  // Edit the raw value (3.5, not "3,5%"), as Excel's formula bar does.
  const raw = cell.value === null ? '' : String(cell.value);
  return (
    <td
      id={id}
      role="gridcell"
      aria-selected={selected}
      data-cell={cell.address}
      className={selected ? 'cel geselecteerd' : 'cel'}
      style={cellStyle(cell)}
      onMouseDown={onSelect}
      onDoubleClick={onStartEdit}
    >
      {editing ? (
        <CellEditor initial={raw} label={editLabel} onCommit={onCommit} onCancel={onCancel} />
      ) : (
        <>
          {cell.look?.icon && <span className="icoon" style={{ color: `#${cell.look.icon}` }} aria-hidden="true">● </span>}
          {cell.text}
        </>
      )}
    </td>
  );
}

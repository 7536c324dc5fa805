/**
 * The preview's read-only view of the workbook: a tab per visible sheet and an Excel-like grid
 * of the selected one. Input sheets can be edited (double-click, Enter or F2; Enter commits),
 * which goes to the in-memory host and so to the task pane's live mode. `selectCell` from the
 * task pane switches sheet and selects the cell.
 */
import { Tab, TabList } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { columnLetters, parseAddress } from '../core/cellAddress';
import type { Messages } from '../taskpane/i18n/messages';
import type { PreviewHost } from './createPreviewHost';
import type { GridLocale } from './formatCellText';
import { GridCell } from './GridCell';
import { parseEditValue } from './parseEditValue';
import { readSheetView } from './readSheetView';

export interface SheetGridViewProps {
  host: PreviewHost;
  messages: Messages;
  locale: GridLocale;
}

interface Positie { r: number; c: number }

/** Sheet tabs plus the grid; re-reads the workbook whenever the host reports a change. */
export function SheetGridView({ host, messages, locale }: SheetGridViewProps) {
  const [versie, setVersie] = useState(0);
  const [blad, setBlad] = useState<string>(() => host.listVisibleSheets()[0] ?? '');
  const [selectie, setSelectie] = useState<Positie>({ r: 0, c: 0 });
  const [bewerken, setBewerken] = useState(false);
  const schuifvak = useRef<HTMLDivElement>(null);

  useEffect(() => host.subscribe((event) => {
    if (event.type === 'select') {
      setBlad(event.sheet);
      const { row, column } = parseAddress(event.cell);
      setSelectie({ r: row, c: column });
    }
    setVersie((v) => v + 1);
  }), [host]);

  const bladen = useMemo(() => host.listVisibleSheets(), [host, versie]);
  const actief = bladen.includes(blad) ? blad : bladen[0] ?? '';
  const worksheet = actief ? host.workbook.getWorksheet(actief) : undefined;
  const view = useMemo(
    () => (worksheet ? readSheetView(worksheet, host.getSpec(actief), locale) : null),
    [worksheet, host, actief, locale, versie],
  );
  // Editing is for input sheets: the add-in's result sheets are rewritten on every run.
  const bewerkbaar = useMemo(() => Boolean(actief) && !host.isOwned(actief), [host, actief, versie]);

  // Another sheet starts at its top-left corner; then the selection (from selectCell) is scrolled to.
  useEffect(() => {
    schuifvak.current?.scrollTo?.(0, 0);
  }, [actief]);
  useEffect(() => {
    document.getElementById(celId(selectie))?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectie, actief]);

  if (!view) return <p>{messages.preview.geenWerkboek}</p>;
  const rijen = Math.max(view.rows.length, selectie.r + 1);
  const kolommen = Math.max(view.widths.length, selectie.c + 1, 8);

  const commit = (tekst: string): void => {
    setBewerken(false);
    host.editCell(actief, `${columnLetters(selectie.c)}${selectie.r + 1}`, parseEditValue(tekst));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (bewerken) return;
    const stap: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (stap[e.key]) {
      e.preventDefault();
      setSelectie({ r: Math.max(0, selectie.r + stap[e.key][0]), c: Math.max(0, selectie.c + stap[e.key][1]) });
    } else if ((e.key === 'Enter' || e.key === 'F2') && bewerkbaar) {
      e.preventDefault();
      setBewerken(true);
    }
  };

  return (
    <div className="werkboek">
      <TabList selectedValue={actief} onTabSelect={(_, data) => { setBlad(String(data.value)); setSelectie({ r: 0, c: 0 }); setBewerken(false); }} size="small" aria-label={messages.preview.bladen} className="bladtabs">
        {bladen.map((naam) => <Tab key={naam} value={naam}>{naam}</Tab>)}
      </TabList>
      <div
        ref={schuifvak}
        className="grid-scroll"
        role="grid"
        tabIndex={0}
        aria-label={messages.preview.gridLabel(actief)}
        aria-readonly={!bewerkbaar}
        aria-activedescendant={celId(selectie)}
        aria-rowcount={rijen}
        onKeyDown={onKeyDown}
      >
        <table className="grid">
          <thead>
            <tr role="row">
              <th className="hoek" />
              {Array.from({ length: kolommen }, (_, c) => (
                <th key={c} role="columnheader" style={{ minWidth: `${Math.round((view.widths[c] ?? 10) * 7)}px` }}>{columnLetters(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rijen }, (_, r) => (
              <tr key={r} role="row" className={r < view.frozenRows ? 'vast' : undefined}>
                <th role="rowheader">{r + 1}</th>
                {Array.from({ length: kolommen }, (_, c) => {
                  const cell = view.rows[r]?.[c] ?? { address: `${columnLetters(c)}${r + 1}`, value: null, text: '', numeric: false, bold: false, italic: false };
                  const gekozen = selectie.r === r && selectie.c === c;
                  return (
                    <GridCell
                      key={c}
                      cell={cell}
                      id={celId({ r, c })}
                      selected={gekozen}
                      editing={gekozen && bewerken}
                      editLabel={messages.preview.celBewerken(cell.address)}
                      onSelect={() => { setSelectie({ r, c }); setBewerken(false); }}
                      onStartEdit={() => { setSelectie({ r, c }); setBewerken(bewerkbaar); }}
                      onCommit={commit}
                      onCancel={() => setBewerken(false)}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function celId(p: Positie): string {
  return `cel-${p.r}-${p.c}`;
}

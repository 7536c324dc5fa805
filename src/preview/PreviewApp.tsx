/**
 * The browser preview page: a toolbar (open an .xlsx, load the example, save, language and
 * theme), the real task pane in a 350 px column against an in-memory workbook, and a grid of
 * that workbook on the right. For demos and for the end-to-end tests.
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, Switch, Text } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { App } from '../taskpane/App';
import type { TaskPaneControllerOptions } from '../taskpane/controller/TaskPaneController';
import { getMessages } from '../taskpane/i18n/chooseTaal';
import type { Taal } from '../taskpane/i18n/messages';
import { getFluentTheme } from '../taskpane/theme/chooseTheme';
import type { ThemaNaam } from '../taskpane/theme/chooseTheme';
import { loadWorkbook, saveWorkbook } from '../xlsx/loadWorkbook';
import { createPreviewHost } from './createPreviewHost';
import type { PreviewHost } from './createPreviewHost';
import { loadVoorbeeld } from './loadVoorbeeld';
import { SheetGridView } from './SheetGridView';

export interface PreviewAppProps {
  taal: Taal;
  thema: ThemaNaam;
}

// The preview is for trying things: a quicker live mode than in Excel.
const CONTROLLER_OPTIONS: TaskPaneControllerOptions = { liveDebounceMs: 400 };

/** The whole preview page. */
export function PreviewApp(props: PreviewAppProps) {
  const [taal, setTaal] = useState<Taal>(props.taal);
  const [thema, setThema] = useState<ThemaNaam>(props.thema);
  const [host, setHost] = useState<PreviewHost | null>(null);
  const [bestandsnaam, setBestandsnaam] = useState('werkboek.xlsx');
  const [fout, setFout] = useState<string | null>(null);
  const invoer = useRef<HTMLInputElement>(null);
  const m = getMessages(taal);
  const theme = useMemo(() => getFluentTheme(thema), [thema]);

  const open = async (laad: () => Promise<Parameters<typeof createPreviewHost>[0]>, naam: string): Promise<void> => {
    setFout(null);
    try {
      setHost(createPreviewHost(await laad()));
      setBestandsnaam(naam);
    } catch (error) {
      setFout(`${m.preview.leesFout}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const bewaar = async (): Promise<void> => {
    if (!host) return;
    const bytes = await saveWorkbook(host.workbook);
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = bestandsnaam.replace(/\.xlsx$/i, '') + '-toets.xlsx';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <FluentProvider theme={theme} className="pagina" lang={taal}>
      <header className="werkbalk">
        <Text as="h1" size={400} weight="semibold">{m.preview.titel}</Text>
        <input
          ref={invoer}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={m.preview.bestandKiezen}
          className="verborgen"
          onChange={(e) => {
            const bestand = e.target.files?.[0];
            if (bestand) void open(async () => loadWorkbook(await bestand.arrayBuffer()), bestand.name);
            e.target.value = '';
          }}
        />
        <Button onClick={() => invoer.current?.click()}>{m.preview.bestandKiezen}</Button>
        <Button appearance="primary" onClick={() => void open(() => loadVoorbeeld(), 'voorbeeld.xlsx')}>{m.preview.voorbeeldLaden}</Button>
        <Button disabled={!host} onClick={() => void bewaar()}>{m.preview.downloaden}</Button>
        <span className="vulling" />
        <Button appearance="subtle" onClick={() => setTaal(taal === 'nl' ? 'en' : 'nl')} lang={taal === 'nl' ? 'en' : 'nl'}>{m.preview.taal}</Button>
        <Switch checked={thema === 'donker'} label={m.preview.thema} onChange={(_, data) => setThema(data.checked ? 'donker' : 'licht')} />
      </header>
      {fout && (
        <MessageBar intent="error" role="alert"><MessageBarBody>{fout}</MessageBarBody></MessageBar>
      )}
      <div className="indeling">
        <aside className="taakvenster" aria-label={m.app.titel}>
          {host ? (
            <App host={host} taal={taal} thema={thema} controllerOptions={CONTROLLER_OPTIONS} />
          ) : (
            <p className="leeg">{m.preview.geenWerkboek}</p>
          )}
        </aside>
        <section className="werkboekvak" aria-label={m.preview.bladen}>
          {host && <SheetGridView host={host} messages={m} locale={taal === 'en' ? 'en-GB' : 'nl-NL'} />}
        </section>
      </div>
    </FluentProvider>
  );
}

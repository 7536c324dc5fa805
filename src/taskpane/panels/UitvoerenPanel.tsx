/** Uitvoeren: the one button, the stages of a run, then the summary and the issues. */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PlayRegular, TableRegular } from '@fluentui/react-icons';
import { listRolBladen } from '../controller/readWerkboek';
import { findRolOntbreekt } from '../controller/summarizeResult';
import { useMessages } from '../i18n/MessagesContext';
import { IssueList } from './IssueList';
import type { PanelProps } from './panelProps';
import { ResultSummary } from './ResultSummary';
import { RunProgress } from './RunProgress';

const useStyles = makeStyles({
  knoppen: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  uitleg: { color: tokens.colorNeutralForeground2 },
});

/** The Uitvoeren tab. A missing Kosten or FTE sheet is the one message shown, nothing else. */
export function UitvoerenPanel({ controller, state }: PanelProps) {
  const m = useMessages();
  const styles = useStyles();
  const bezig = state.stap !== null;
  const stopper = findRolOntbreekt(state.resultaat);
  const bladen = listRolBladen(state.rollen);
  return (
    <>
      <div className={styles.knoppen}>
        <Button appearance="primary" icon={<PlayRegular />} disabled={bezig} onClick={() => void controller.voerUit()}>
          {bezig ? m.uitvoeren.bezig : m.uitvoeren.knop}
        </Button>
        {state.geschreven.toets && !bezig && !stopper && (
          <Button icon={<TableRegular />} onClick={() => void controller.toonBlad('toets')}>{m.uitvoeren.naarToets}</Button>
        )}
      </div>
      {state.stap && <RunProgress stap={state.stap} />}
      {!state.resultaat && !bezig && (
        <>
          <Text className={styles.uitleg} size={200}>{m.uitvoeren.nogNietUitgevoerd}</Text>
          {bladen.length > 0 && <Text size={200}>{m.uitvoeren.leest(bladen.join(', '))}</Text>}
        </>
      )}
      {stopper && (
        <MessageBar intent="error" role="alert" data-testid="rol-ontbreekt">
          <MessageBarBody>{stopper.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.resultaat && !stopper && (
        <>
          <ResultSummary result={state.resultaat} bijwerken={state.bijwerken} />
          <IssueList issues={state.resultaat.issues} onSelect={(blad, cel) => void controller.selecteer(blad, cel)} />
        </>
      )}
    </>
  );
}

/** Wat-als: live mode, and named scenarios saved in the workbook and compared in a sheet. */
import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Messages } from '../i18n/messages';
import { useMessages } from '../i18n/MessagesContext';
import type { PanelProps } from './panelProps';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioList } from './ScenarioList';

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  uitleg: { color: tokens.colorNeutralForeground2 },
});

/** The status line under the switch: what is happening now, else the last update, else whether live is on. */
function describeLiveStatus(state: PanelProps['state'], m: Messages): string {
  if (state.bijwerken) return m.uitvoeren.bezig;
  if (state.live === 'starten') return m.watAls.liveStarten;
  if (state.laatsteUpdate) return m.watAls.bijgewerkt(state.laatsteUpdate.cellen);
  return state.live === 'aan' ? m.watAls.liveWacht : '';
}

/** The Wat-als tab. */
export function WatAlsPanel({ controller, state }: PanelProps) {
  const m = useMessages();
  const styles = useStyles();
  const uitgevoerd = Boolean(state.geschreven.toets);
  return (
    <>
      <section className={styles.sectie} aria-labelledby="live-titel">
        <Text as="h2" id="live-titel" size={400} weight="semibold">{m.watAls.liveTitel}</Text>
        <Switch
          checked={state.live !== 'uit'}
          label={m.watAls.liveSchakelaar}
          aria-describedby="live-uitleg"
          onChange={(_, data) => void controller.zetLive(data.checked)}
        />
        <Text id="live-uitleg" className={styles.uitleg} size={200}>
          {m.watAls.liveUitleg}{uitgevoerd ? '' : ` ${m.watAls.liveNaRun}`}
        </Text>
        <Text size={200} aria-live="polite" data-testid="live-status">
          {describeLiveStatus(state, m)}
        </Text>
      </section>
      <section className={styles.sectie} aria-labelledby="scenarios-titel">
        <Text as="h2" id="scenarios-titel" size={400} weight="semibold">{m.watAls.scenariosTitel}</Text>
        <Text className={styles.uitleg} size={200}>{m.watAls.scenariosUitleg}</Text>
        <ScenarioList
          scenarios={state.scenarios}
          onSave={(naam) => void controller.scenarios.bewaar(naam)}
          onApply={(naam) => controller.scenarios.pasToe(naam)}
          onDelete={(naam) => void controller.scenarios.verwijder(naam)}
        />
        {state.scenarios.length >= 2 && (
          <ScenarioCompare
            scenarios={state.scenarios}
            disabled={!uitgevoerd}
            onCompare={(a, b) => void controller.scenarios.vergelijk(a, b)}
          />
        )}
      </section>
    </>
  );
}

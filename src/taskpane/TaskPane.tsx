/** The pane's frame: title, the current notice, and one tab per job (Gegevens, Criteria, Uitvoeren, Wat-als). */
import { Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TaskPaneController } from './controller/TaskPaneController';
import { useTaskPaneState } from './controller/useTaskPaneState';
import { useMessages } from './i18n/MessagesContext';
import { CriteriaPanel } from './panels/CriteriaPanel';
import { GegevensPanel } from './panels/GegevensPanel';
import { MeldingBar } from './panels/MeldingBar';
import { UitvoerenPanel } from './panels/UitvoerenPanel';
import { WatAlsPanel } from './panels/WatAlsPanel';

type TabId = 'gegevens' | 'criteria' | 'uitvoeren' | 'watAls';
const TABS: readonly TabId[] = ['gegevens', 'criteria', 'uitvoeren', 'watAls'];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Spacing comes from the panels' gaps, not from the browser's heading margins.
    '& h1, & h2, & h3': { marginTop: 0, marginBottom: 0 },
  },
  kop: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  tabs: { paddingLeft: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  inhoud: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // Children keep their height and the panel scrolls, instead of notices being squeezed.
    '& > *': { flexShrink: 0 },
  },
});

export interface TaskPaneProps {
  controller: TaskPaneController;
}

/** Everything inside the task pane; state and actions come from `controller`. */
export function TaskPane({ controller }: TaskPaneProps) {
  const state = useTaskPaneState(controller);
  const m = useMessages();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId | null>(null);

  // Open on Uitvoeren when the required sheets were found, else where the user must act.
  useEffect(() => {
    if (tab === null && state.status === 'gereed') {
      setTab(state.rollen.kosten && state.rollen.fte ? 'uitvoeren' : 'gegevens');
    }
  }, [tab, state.status, state.rollen.kosten, state.rollen.fte]);

  const actief = tab ?? 'gegevens';
  return (
    <main className={styles.root} aria-busy={state.status === 'laden'}>
      <header className={styles.kop}>
        <Text as="h1" size={500} weight="semibold">{m.app.titel}</Text>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={actief}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
        aria-label={m.app.hoofdnavigatie}
        size="small"
      >
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`paneel-${id}`}>{m.tabs[id]}</Tab>
        ))}
      </TabList>
      <div className={styles.inhoud} role="tabpanel" id={`paneel-${actief}`} aria-labelledby={`tab-${actief}`}>
        {state.melding && <MeldingBar melding={state.melding} onDismiss={() => controller.sluitMelding()} />}
        {state.status === 'laden' ? (
          <Spinner size="small" label={m.app.laden} />
        ) : (
          <>
            {actief === 'gegevens' && <GegevensPanel controller={controller} state={state} />}
            {actief === 'criteria' && <CriteriaPanel controller={controller} state={state} />}
            {actief === 'uitvoeren' && <UitvoerenPanel controller={controller} state={state} />}
            {actief === 'watAls' && <WatAlsPanel controller={controller} state={state} />}
          </>
        )}
      </div>
    </main>
  );
}

/** Progress of a full run in three named stages, announced to screen readers as it moves. */
import { Field, ProgressBar } from '@fluentui/react-components';
import { RUN_STAPPEN } from '../controller/taskPaneState';
import type { RunStap } from '../controller/taskPaneState';
import { useMessages } from '../i18n/MessagesContext';

export interface RunProgressProps {
  stap: RunStap;
}

/** "Stap 2 van 3: nul-lijn en scores berekenen" above a bar at 2/3. */
export function RunProgress({ stap }: RunProgressProps) {
  const m = useMessages();
  const nummer = RUN_STAPPEN.indexOf(stap) + 1;
  const label = m.uitvoeren.stap(nummer, RUN_STAPPEN.length, m.uitvoeren.stappen[stap]);
  return (
    <Field label={label} aria-live="polite">
      <ProgressBar value={nummer} max={RUN_STAPPEN.length} thickness="large" aria-valuetext={label} />
    </Field>
  );
}

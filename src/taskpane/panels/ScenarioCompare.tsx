/** Pick scenarios A and B and write them side by side into the comparison sheet. */
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSwapRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Scenario } from '../../core/hostPort';
import { useMessages } from '../i18n/MessagesContext';

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  twee: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS },
  select: { minWidth: 0 },
});

export interface ScenarioCompareProps {
  scenarios: Scenario[];
  /** True until a run has parsed the input. */
  disabled: boolean;
  onCompare: (a: string, b: string) => void;
}

/** Two selects (defaulting to the first two scenarios) and the compare button. */
export function ScenarioCompare({ scenarios, disabled, onCompare }: ScenarioCompareProps) {
  const m = useMessages();
  const styles = useStyles();
  const [a, setA] = useState(scenarios[0]?.naam ?? '');
  const [b, setB] = useState(scenarios[1]?.naam ?? '');
  const namen = scenarios.map((s) => s.naam);
  const geldig = namen.includes(a) && namen.includes(b) && a !== b;
  return (
    <section className={styles.sectie} aria-labelledby="vergelijk-titel">
      <Text as="h3" id="vergelijk-titel" size={300} weight="semibold">{m.watAls.vergelijkTitel}</Text>
      <div className={styles.twee}>
        {([[m.watAls.scenarioA, a, setA], [m.watAls.scenarioB, b, setB]] as const).map(([label, waarde, zet]) => (
          <Field key={label} label={label}>
            <Select className={styles.select} value={waarde} onChange={(_, data) => zet(data.value)}>
              <option value="">{m.watAls.kies}</option>
              {namen.map((naam) => <option key={naam} value={naam}>{naam}</option>)}
            </Select>
          </Field>
        ))}
      </div>
      {!geldig && <Text size={200} role="status">{m.watAls.vergelijkFout}</Text>}
      <div>
        <Button icon={<ArrowSwapRegular />} disabled={!geldig || disabled} onClick={() => onCompare(a, b)}>{m.watAls.vergelijkKnop}</Button>
      </div>
    </section>
  );
}

/** Save the current settings under a name; apply or delete a saved scenario. */
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Scenario } from '../../core/hostPort';
import { useMessages } from '../i18n/MessagesContext';

const useStyles = makeStyles({
  formulier: { display: 'grid', gridTemplateColumns: '1fr auto', columnGap: tokens.spacingHorizontalS, alignItems: 'end' },
  lijst: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'grid', gridTemplateColumns: '1fr auto auto', columnGap: tokens.spacingHorizontalXS, alignItems: 'center' },
  naam: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  zacht: { color: tokens.colorNeutralForeground2 },
});

export interface ScenarioListProps {
  scenarios: Scenario[];
  onSave: (naam: string) => void;
  onApply: (naam: string) => void;
  onDelete: (naam: string) => void;
}

/** The moment a scenario was saved, in the reader's language. */
function formatMoment(iso: string, taal: 'nl' | 'en'): string {
  const datum = new Date(iso);
  if (Number.isNaN(datum.getTime())) return iso;
  return new Intl.DateTimeFormat(taal === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(datum);
}

/** The save form and the list of saved scenarios. */
export function ScenarioList({ scenarios, onSave, onApply, onDelete }: ScenarioListProps) {
  const m = useMessages();
  const styles = useStyles();
  const [naam, setNaam] = useState('');
  const [fout, setFout] = useState(false);
  const bewaar = (e: FormEvent): void => {
    e.preventDefault();
    if (naam.trim() === '') {
      setFout(true);
      return;
    }
    setFout(false);
    onSave(naam);
    setNaam('');
  };
  return (
    <>
      <form className={styles.formulier} onSubmit={bewaar}>
        <Field label={m.watAls.naam} validationState={fout ? 'error' : 'none'} validationMessage={fout ? m.watAls.naamFout : undefined}>
          <Input value={naam} onChange={(_, data) => setNaam(data.value)} />
        </Field>
        <Button type="submit" icon={<SaveRegular />}>{m.watAls.bewaar}</Button>
      </form>
      {scenarios.length === 0 ? (
        <Text size={200} className={styles.zacht}>{m.watAls.geenScenarios}</Text>
      ) : (
        <ul className={styles.lijst} aria-label={m.watAls.scenariosTitel} data-testid="scenarios">
          {scenarios.map((s) => (
            <li key={s.naam} className={styles.item}>
              <span className={styles.naam}>
                <Text size={300} weight="semibold">{s.naam}</Text>
                <Text size={100} className={styles.zacht}>{m.watAls.opgeslagen(formatMoment(s.opgeslagen, m.taal))}</Text>
              </span>
              <Button size="small" aria-label={m.watAls.toepassen(s.naam)} onClick={() => onApply(s.naam)}>
                {m.watAls.toepassenKnop}
              </Button>
              <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={m.watAls.verwijderen(s.naam)} onClick={() => onDelete(s.naam)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

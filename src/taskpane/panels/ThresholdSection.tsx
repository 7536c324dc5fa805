/** The four thresholds per scored indicator; a row is applied when it is left, and only when ascending. */
import { Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { INDICATOR_DEFINITIES } from '../../core/criteria';
import type { IndicatorDefinitie } from '../../core/criteria';
import type { Drempels, IndicatorId } from '../../core/types';
import { isOplopend, parseInvoerGetal, setDrempels } from '../controller/editInstellingen';
import type { PaneelInstellingen } from '../controller/editInstellingen';
import type { Messages } from '../i18n/messages';
import { useMessages } from '../i18n/MessagesContext';

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  uitleg: { color: tokens.colorNeutralForeground2 },
  vier: { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', columnGap: tokens.spacingHorizontalXS },
  invoer: { minWidth: 0, width: '100%' },
});

/** A threshold as the user reads it: decimal comma in Dutch. */
export function formatDrempel(t: number, m: Messages): string {
  const tekst = String(t);
  return m.taal === 'nl' ? tekst.replace('.', ',') : tekst;
}

interface ThresholdRowProps {
  definitie: IndicatorDefinitie;
  drempels: Drempels;
  onApply: (drempels: Drempels) => void;
}

function ThresholdRow({ definitie, drempels, onApply }: ThresholdRowProps) {
  const m = useMessages();
  const styles = useStyles();
  const [concept, setConcept] = useState(() => drempels.map((t) => formatDrempel(t, m)));
  const [fout, setFout] = useState(false);
  const pasToe = (): void => {
    const getallen = concept.map(parseInvoerGetal);
    if (getallen.some((g) => g === null) || !isOplopend(getallen as number[])) {
      setFout(true);
      return;
    }
    setFout(false);
    const nieuw = getallen as unknown as Drempels;
    if (nieuw.some((t, i) => t !== drempels[i])) onApply(nieuw);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') pasToe();
  };
  const label = m.indicatoren[definitie.id];
  return (
    <Field
      label={label}
      validationState={fout ? 'error' : 'none'}
      validationMessage={fout ? m.instellingen.drempelFout : undefined}
    >
      <div className={styles.vier} role="group" aria-label={label} onBlur={pasToe}>
        {concept.map((waarde, i) => (
          <Input
            key={i}
            className={styles.invoer}
            size="small"
            inputMode="decimal"
            value={waarde}
            aria-label={`${label}: ${m.instellingen.drempel(i + 1)}`}
            onChange={(_, data) => setConcept(concept.map((c, k) => (k === i ? data.value : c)))}
            onKeyDown={onKeyDown}
          />
        ))}
      </div>
    </Field>
  );
}

export interface ThresholdSectionProps {
  drempels: Record<IndicatorId, Drempels>;
  paneel: PaneelInstellingen;
  onChange: (paneel: PaneelInstellingen) => void;
}

/** One row per indicator with a measured change (K6's Oordeel is scored as given). */
export function ThresholdSection({ drempels, paneel, onChange }: ThresholdSectionProps) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <div className={styles.sectie}>
      <Text className={styles.uitleg} size={200}>{m.instellingen.drempelsUitleg}</Text>
      {INDICATOR_DEFINITIES.filter((d) => d.beter !== 'direct').map((d) => (
        <ThresholdRow
          // Remount when the settings in force change (reset, scenario), so drafts follow them.
          key={`${d.id}:${drempels[d.id].join('|')}`}
          definitie={d}
          drempels={drempels[d.id]}
          onApply={(nieuw) => onChange(setDrempels(paneel, d.id, nieuw))}
        />
      ))}
    </div>
  );
}

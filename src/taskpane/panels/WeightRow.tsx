/** One criterion: a switch to count it, its name, and its weight 0–5 in a spin button. */
import { Badge, SpinButton, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CriteriumDefinitie } from '../../core/criteria';
import { GEWICHT_MAX, GEWICHT_MIN, parseInvoerGetal } from '../controller/editInstellingen';
import { useMessages } from '../i18n/MessagesContext';

const useStyles = makeStyles({
  rij: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr) 72px', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  naam: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
  uit: { color: tokens.colorNeutralForegroundDisabled },
  spin: { width: '72px', minWidth: 0, boxSizing: 'border-box' },
  spinInvoer: { width: '100%', minWidth: 0 },
});

export interface WeightRowProps {
  criterium: CriteriumDefinitie;
  gewicht: number;
  actief: boolean;
  onGewicht: (gewicht: number) => void;
  onActief: (actief: boolean) => void;
}

/** A list item; the switch and the spin button are labelled for screen readers by criterion id. */
export function WeightRow({ criterium, gewicht, actief, onGewicht, onActief }: WeightRowProps) {
  const m = useMessages();
  const styles = useStyles();
  const naamId = `criterium-${criterium.id}`;
  return (
    <li className={styles.rij}>
      <Switch checked={actief} onChange={(_, data) => onActief(data.checked)} aria-label={m.instellingen.actief(criterium.id)} aria-describedby={naamId} />
      <span className={`${styles.naam} ${actief ? '' : styles.uit}`} id={naamId}>
        <Text size={200} weight="semibold">{criterium.id} {m.criteria[criterium.id]}</Text>
        {criterium.alleenBeleid && <Badge size="small" appearance="outline" color="informative">{m.instellingen.alleenBeleid}</Badge>}
      </span>
      <SpinButton
        className={styles.spin}
        input={{ className: styles.spinInvoer }}
        value={gewicht}
        min={GEWICHT_MIN}
        max={GEWICHT_MAX}
        step={1}
        aria-label={m.instellingen.gewicht(criterium.id)}
        aria-describedby={naamId}
        onChange={(_, data) => {
          const waarde = data.value ?? parseInvoerGetal(data.displayValue ?? '');
          if (waarde !== null && waarde !== undefined) onGewicht(waarde);
        }}
      />
    </li>
  );
}

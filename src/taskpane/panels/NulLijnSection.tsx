/** Nul-lijn years (year and soort) and the peiljaar; a field is applied when it is left. */
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { NulLijnJaar, Soort } from '../../core/types';
import { isGeldigJaar, setNulLijnJaren, setPeiljaar } from '../controller/editInstellingen';
import type { PaneelInstellingen } from '../controller/editInstellingen';
import { useMessages } from '../i18n/MessagesContext';

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  rij: { display: 'grid', gridTemplateColumns: '88px minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalS, alignItems: 'end' },
});

const SOORTEN: readonly Soort[] = ['Realisatie', 'Begroting'];

/** A year field that keeps what the user typed until it is a valid year. */
function JaarInput(props: { label: string; waarde: number | null; leegMag: boolean; placeholder?: string; onApply: (jaar: number | null) => void }) {
  const m = useMessages();
  const [tekst, setTekst] = useState(props.waarde === null ? '' : String(props.waarde));
  const [fout, setFout] = useState(false);
  const pasToe = (): void => {
    const schoon = tekst.trim();
    if (schoon === '' && props.leegMag) {
      setFout(false);
      if (props.waarde !== null) props.onApply(null);
      return;
    }
    const jaar = Number(schoon);
    if (!isGeldigJaar(jaar)) {
      setFout(true);
      return;
    }
    setFout(false);
    if (jaar !== props.waarde) props.onApply(jaar);
  };
  return (
    <Field label={props.label} validationState={fout ? 'error' : 'none'} validationMessage={fout ? m.instellingen.jaarFout : undefined}>
      <Input
        value={tekst}
        inputMode="numeric"
        placeholder={props.placeholder}
        onChange={(_, data) => setTekst(data.value)}
        onBlur={pasToe}
        onKeyDown={(e) => { if (e.key === 'Enter') pasToe(); }}
      />
    </Field>
  );
}

export interface NulLijnSectionProps {
  nulLijnJaren: NulLijnJaar[];
  peiljaar: number | null;
  paneel: PaneelInstellingen;
  onChange: (paneel: PaneelInstellingen) => void;
}

/** The nul-lijn and peiljaar section of the Criteria tab. */
export function NulLijnSection({ nulLijnJaren, peiljaar, paneel, onChange }: NulLijnSectionProps) {
  const m = useMessages();
  const styles = useStyles();
  const zet = (jaren: NulLijnJaar[]): void => onChange(setNulLijnJaren(paneel, jaren));
  const laatste = nulLijnJaren.reduce((max, j) => Math.max(max, j.jaar), 0);
  return (
    <section className={styles.sectie} aria-labelledby="nullijn-titel">
      <Text as="h2" id="nullijn-titel" size={400} weight="semibold">{m.instellingen.nulLijnTitel}</Text>
      {nulLijnJaren.map((j, i) => (
        <div key={`${i}:${j.jaar}:${j.soort}`} className={styles.rij}>
          <JaarInput
            label={`${m.instellingen.jaar} ${i + 1}`}
            waarde={j.jaar}
            leegMag={false}
            onApply={(jaar) => zet(nulLijnJaren.map((x, k) => (k === i ? { ...x, jaar: jaar as number } : x)))}
          />
          <Field label={m.instellingen.soort}>
            <Select value={j.soort} onChange={(_, data) => zet(nulLijnJaren.map((x, k) => (k === i ? { ...x, soort: data.value as Soort } : x)))}>
              {SOORTEN.map((s) => <option key={s} value={s}>{m.soorten[s]}</option>)}
            </Select>
          </Field>
          <Button
            icon={<DeleteRegular />}
            aria-label={m.instellingen.jaarVerwijderen(String(j.jaar))}
            disabled={nulLijnJaren.length <= 1}
            onClick={() => zet(nulLijnJaren.filter((_, k) => k !== i))}
          />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={() => zet([...nulLijnJaren, { jaar: laatste + 1, soort: 'Realisatie' }])}>
          {m.instellingen.jaarToevoegen}
        </Button>
      </div>
      <JaarInput
        key={`peiljaar:${peiljaar ?? ''}`}
        label={m.instellingen.peiljaar}
        waarde={peiljaar}
        leegMag
        placeholder={m.instellingen.peiljaarLeeg}
        onApply={(jaar) => onChange(setPeiljaar(paneel, jaar))}
      />
    </section>
  );
}

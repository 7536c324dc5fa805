/** "Iv3-gegevens inlezen": pick CBS CSV files and a municipality; the controller builds the input sheets. */
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Iv3Bestandstekst } from '../controller/importIv3';
import { useMessages } from '../i18n/MessagesContext';

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
  rij: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  verborgen: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  veld: { alignSelf: 'stretch' },
  zacht: { color: tokens.colorNeutralForeground2 },
});

export interface Iv3SectionProps {
  onImport: (bestanden: Iv3Bestandstekst[], gemeente: string) => void;
}

/** The files are read as UTF-8 text, as CBS publishes them. */
export function Iv3Section({ onImport }: Iv3SectionProps) {
  const m = useMessages();
  const styles = useStyles();
  const kiezer = useRef<HTMLInputElement>(null);
  const [bestanden, setBestanden] = useState<Iv3Bestandstekst[]>([]);
  const [gemeente, setGemeente] = useState('');
  const lees = async (files: FileList | null): Promise<void> => {
    const gekozen = [...(files ?? [])];
    setBestanden(await Promise.all(gekozen.map(async (f) => ({ naam: f.name, tekst: await f.text() }))));
  };
  const verstuur = (e: FormEvent): void => {
    e.preventDefault();
    if (bestanden.length > 0 && gemeente.trim() !== '') onImport(bestanden, gemeente.trim());
  };
  return (
    <form className={styles.sectie} onSubmit={verstuur} aria-label={m.gegevens.iv3Titel}>
      <Text size={200} className={styles.zacht}>{m.gegevens.iv3Uitleg}</Text>
      <input
        ref={kiezer}
        className={styles.verborgen}
        type="file"
        accept=".csv,text/csv"
        multiple
        aria-label={m.gegevens.iv3Bestanden}
        onChange={(e) => void lees(e.target.files)}
      />
      <div className={styles.rij}>
        <Button type="button" icon={<DocumentArrowUpRegular />} onClick={() => kiezer.current?.click()}>{m.gegevens.iv3Bestanden}</Button>
        {bestanden.length > 0 && <Text size={200} title={bestanden.map((b) => b.naam).join(', ')}>{m.gegevens.iv3Gekozen(bestanden.length)}</Text>}
      </div>
      <Field className={styles.veld} label={m.gegevens.iv3Gemeente}>
        <Input value={gemeente} onChange={(_, data) => setGemeente(data.value)} placeholder="Heemstede" />
      </Field>
      <Button type="submit" appearance="primary" disabled={bestanden.length === 0 || gemeente.trim() === ''}>{m.gegevens.iv3Knop}</Button>
    </form>
  );
}

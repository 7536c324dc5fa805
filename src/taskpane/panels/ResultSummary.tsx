/** After a run: how many taakvelden got each Oordeel, and whose verdict hangs most on the weights. */
import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatFractie } from '../../core/format';
import type { ToetsResult } from '../../core/types';
import { findLaagsteRobuustheid } from '../controller/summarizeResult';
import { useMessages } from '../i18n/MessagesContext';
import { OordeelTiles } from './OordeelTiles';

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  kop: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  lijst: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  zacht: { color: tokens.colorNeutralForeground2 },
});

export interface ResultSummaryProps {
  result: ToetsResult;
  /** A what-if update is being written to the workbook. */
  bijwerken: boolean;
}

/** The summary block of the Uitvoeren tab. */
export function ResultSummary({ result, bijwerken }: ResultSummaryProps) {
  const m = useMessages();
  const styles = useStyles();
  const laagste = findLaagsteRobuustheid(result);
  const peiljaar = result.peiljaar === null ? m.uitvoeren.geenPeiljaar : `${m.instellingen.peiljaar.toLowerCase()} ${result.peiljaar}`;
  return (
    <section className={styles.sectie} aria-labelledby="samenvatting-titel" data-testid="samenvatting">
      <div className={styles.kop}>
        <Text as="h2" id="samenvatting-titel" size={400} weight="semibold">{m.uitvoeren.samenvattingTitel}</Text>
        {bijwerken && <Spinner size="extra-tiny" aria-label={m.uitvoeren.bezig} />}
      </div>
      <Text size={200} className={styles.zacht}>{m.uitvoeren.kerncijfers(result.taakvelden.length, peiljaar)}</Text>
      <OordeelTiles result={result} label={m.uitvoeren.samenvattingTitel} />
      {laagste.length > 0 && (
        <>
          <Text as="h3" size={300} weight="semibold">{m.uitvoeren.laagsteRobuustheid}</Text>
          <Text size={200} className={styles.zacht}>{m.uitvoeren.robuustheidUitleg}</Text>
          <ol className={styles.lijst} aria-label={m.uitvoeren.laagsteRobuustheid} data-testid="laagste-robuustheid">
            {laagste.map((t) => (
              <li key={t.taakveld}>
                <Text size={200}>
                  <strong>{t.taakveld}</strong> · {m.oordelen[t.oordeel]} · {formatFractie(t.robuustheid)}
                </Text>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

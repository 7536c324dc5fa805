/** What the parser recognised in a Kosten or FTE sheet: layout, header row, columns, years and unit. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatGetal } from '../../core/format';
import type { LayoutInfo } from '../../core/parse';
import { useMessages } from '../i18n/MessagesContext';

const MAX_KOLOMMEN = 8;

const useStyles = makeStyles({
  kader: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  waarschuwing: { borderLeftColor: tokens.colorPaletteYellowBorderActive },
  term: { color: tokens.colorNeutralForeground2 },
});

export interface LayoutPreviewProps {
  blad: string;
  layout: LayoutInfo | null;
}

/** A compact description, e.g. "Breed: jaren als kolommen · kopregel in rij 5". */
export function LayoutPreview({ blad, layout }: LayoutPreviewProps) {
  const m = useMessages();
  const styles = useStyles();
  if (!layout) {
    return (
      <div className={`${styles.kader} ${styles.waarschuwing}`} role="note">
        <Text size={200}>{m.gegevens.geenKop}</Text>
      </div>
    );
  }
  const kolommen = layout.headerCells.filter((k) => k !== '');
  const getoond = kolommen.slice(0, MAX_KOLOMMEN).join(', ') + (kolommen.length > MAX_KOLOMMEN ? ', …' : '');
  const jaren = layout.jaren.map((j) => `${j.jaar} ${j.soort === 'Begroting' ? 'B' : 'R'}`).join(', ');
  return (
    <div className={styles.kader} role="note" aria-label={m.gegevens.voorbeeldTitel(blad)}>
      <Text size={200} weight="semibold">
        {layout.layout === 'breed' ? m.gegevens.layoutBreed : m.gegevens.layoutLang} · {m.gegevens.kopRij(layout.headerRow + 1)}
        {layout.eenheid !== 1 && ` · ${m.gegevens.eenheid(`€ ${formatGetal(layout.eenheid)}`)}`}
      </Text>
      <Text size={200}><span className={styles.term}>{m.gegevens.kolommen}: </span>{getoond}</Text>
      {jaren !== '' && <Text size={200}><span className={styles.term}>{m.gegevens.jaren}: </span>{jaren}</Text>}
    </div>
  );
}

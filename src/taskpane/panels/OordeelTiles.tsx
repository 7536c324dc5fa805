/** The count of taakvelden per Oordeel, coloured as the Toets sheet colours the verdicts. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { OORDEEL_STIJL } from '../../core/sheets/conditionalRules';
import type { ToetsResult } from '../../core/types';
import { OORDELEN, countOordelen } from '../controller/summarizeResult';
import { useMessages } from '../i18n/MessagesContext';

const useStyles = makeStyles({
  tegels: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  compact: { gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: tokens.spacingHorizontalXS },
  tegel: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  tegelCompact: {
    flexDirection: 'column',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    textAlign: 'center',
  },
  aantal: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
});

export interface OordeelTilesProps {
  result: ToetsResult;
  label: string;
  /** Four in a row, for the Criteria tab. */
  compact?: boolean;
}

/** A list of four tiles: "4 Positief", "3 Neutraal", … */
export function OordeelTiles({ result, label, compact = false }: OordeelTilesProps) {
  const m = useMessages();
  const styles = useStyles();
  const telling = countOordelen(result);
  return (
    <ul className={mergeClasses(styles.tegels, compact && styles.compact)} aria-label={label}>
      {OORDELEN.map((oordeel) => (
        <li
          key={oordeel}
          className={mergeClasses(styles.tegel, compact && styles.tegelCompact)}
          style={{ backgroundColor: `#${OORDEEL_STIJL[oordeel].fill}`, color: `#${OORDEEL_STIJL[oordeel].font}` }}
          data-oordeel={oordeel}
        >
          <span className={styles.aantal}>{telling[oordeel]}</span>
          <span>{m.oordelen[oordeel]}</span>
        </li>
      ))}
    </ul>
  );
}

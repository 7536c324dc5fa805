/**
 * Criteria: weight (0–5) and on/off per criterion, thresholds in a collapsed section, nul-lijn
 * years and peiljaar. Shows the settings in force (defaults, then the Instellingen sheet, then
 * the pane); every change goes to the controller, which re-scores and stores it in the workbook.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CRITERIA_DEFINITIES } from '../../core/criteria';
import { combineInstellingen } from '../../core/runToets';
import { setActief, setGewicht } from '../controller/editInstellingen';
import { findRolOntbreekt } from '../controller/summarizeResult';
import { useMessages } from '../i18n/MessagesContext';
import { NulLijnSection } from './NulLijnSection';
import { OordeelTiles } from './OordeelTiles';
import type { PanelProps } from './panelProps';
import { ThresholdSection } from './ThresholdSection';
import { WeightRow } from './WeightRow';

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  uitleg: { color: tokens.colorNeutralForeground2 },
  lijst: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
});

/** The Criteria tab. */
export function CriteriaPanel({ controller, state }: PanelProps) {
  const m = useMessages();
  const styles = useStyles();
  const geldend = combineInstellingen(state.bladInstellingen, state.paneel);
  const paneel = state.paneel;
  const uitkomst = state.resultaat && !findRolOntbreekt(state.resultaat) ? state.resultaat : null;
  return (
    <>
      {uitkomst && (
        <section className={styles.sectie} aria-labelledby="nu-titel" aria-live="polite">
          <Text as="h2" id="nu-titel" size={300} weight="semibold">{m.instellingen.oordelenNu}</Text>
          <OordeelTiles result={uitkomst} label={m.instellingen.oordelenNu} compact />
        </section>
      )}
      <section className={styles.sectie} aria-labelledby="gewichten-titel">
        <Text as="h2" id="gewichten-titel" size={400} weight="semibold">{m.instellingen.gewichtenTitel}</Text>
        <Text className={styles.uitleg} size={200}>{m.instellingen.gewichtenUitleg}</Text>
        <ul className={styles.lijst}>
          {CRITERIA_DEFINITIES.map((c) => (
            <WeightRow
              key={c.id}
              criterium={c}
              gewicht={geldend.gewichten[c.id]}
              actief={geldend.actief[c.id]}
              onGewicht={(w) => controller.wijzigInstellingen(setGewicht(paneel, c.id, w))}
              onActief={(aan) => controller.wijzigInstellingen(setActief(paneel, c.id, aan))}
            />
          ))}
        </ul>
      </section>
      <Accordion collapsible>
        <AccordionItem value="drempels">
          <AccordionHeader>{m.instellingen.drempelsTitel}</AccordionHeader>
          <AccordionPanel>
            <ThresholdSection drempels={geldend.drempels} paneel={paneel} onChange={(p) => controller.wijzigInstellingen(p)} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <NulLijnSection
        nulLijnJaren={geldend.nulLijnJaren}
        peiljaar={geldend.peiljaar ?? null}
        paneel={paneel}
        onChange={(p) => controller.wijzigInstellingen(p)}
      />
      <Text className={styles.uitleg} size={200}>{m.instellingen.bewaardInWerkboek}</Text>
      <div>
        <Button onClick={() => controller.wijzigInstellingen({})}>{m.instellingen.herstellen}</Button>
      </div>
    </>
  );
}

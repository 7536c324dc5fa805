/** Gegevens: a sheet per role (proposed, changeable), what was detected in Kosten and FTE, and the template. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { ROLES } from '../../core/types';
import { selectInvoerBladen } from '../controller/readWerkboek';
import { useMessages } from '../i18n/MessagesContext';
import { Iv3Section } from './Iv3Section';
import { LayoutPreview } from './LayoutPreview';
import type { PanelProps } from './panelProps';
import { RoleSelect } from './RoleSelect';
import { TemplateSection } from './TemplateSection';

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  uitleg: { color: tokens.colorNeutralForeground2 },
});

/** The Gegevens tab. */
export function GegevensPanel({ controller, state }: PanelProps) {
  const m = useMessages();
  const styles = useStyles();
  const bladen = selectInvoerBladen(state.bladen);
  const mistVerplicht = !state.rollen.kosten || !state.rollen.fte;
  return (
    <section className={styles.sectie} aria-labelledby="gegevens-titel">
      <Text as="h2" id="gegevens-titel" size={400} weight="semibold">{m.gegevens.titel}</Text>
      <Text className={styles.uitleg} size={200}>{m.gegevens.uitleg}</Text>
      {ROLES.map((rol) => (
        <div key={rol} className={styles.sectie}>
          <RoleSelect rol={rol} blad={state.rollen[rol] ?? null} bladen={bladen} onChange={(blad) => void controller.kiesRol(rol, blad)} />
          {(rol === 'kosten' || rol === 'fte') && state.rollen[rol] && (
            <LayoutPreview blad={state.rollen[rol] as string} layout={state.layouts[rol]} />
          )}
        </div>
      ))}
      {mistVerplicht && <TemplateSection onInsert={(voorbeeld) => void controller.voegSjabloonIn(voorbeeld)} />}
      <Accordion collapsible>
        <AccordionItem value="iv3">
          <AccordionHeader>{m.gegevens.iv3Titel}</AccordionHeader>
          <AccordionPanel>
            <Iv3Section onImport={(bestanden, gemeente) => void controller.leesIv3In(bestanden, gemeente)} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div>
        <Button icon={<ArrowSyncRegular />} onClick={() => void controller.herlees()}>{m.gegevens.vernieuwen}</Button>
      </div>
    </section>
  );
}

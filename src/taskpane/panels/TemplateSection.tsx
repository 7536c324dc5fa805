/** "Sjabloon invoegen": offered while the workbook lacks a Kosten or FTE sheet. */
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../i18n/MessagesContext';

const useStyles = makeStyles({
  sectie: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface TemplateSectionProps {
  onInsert: (voorbeeld: boolean) => void;
}

/** Checkbox for the example figures and the insert button. */
export function TemplateSection({ onInsert }: TemplateSectionProps) {
  const m = useMessages();
  const styles = useStyles();
  const [voorbeeld, setVoorbeeld] = useState(false);
  return (
    <section className={styles.sectie} aria-labelledby="sjabloon-titel">
      <Text as="h3" id="sjabloon-titel" size={300} weight="semibold">{m.gegevens.sjabloonTitel}</Text>
      <Text size={200}>{m.gegevens.sjabloonUitleg}</Text>
      <Checkbox checked={voorbeeld} onChange={(_, data) => setVoorbeeld(data.checked === true)} label={m.gegevens.metVoorbeeld} />
      <Button appearance="primary" onClick={() => onInsert(voorbeeld)}>{m.gegevens.sjabloonKnop}</Button>
    </section>
  );
}

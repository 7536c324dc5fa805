/** The run's issues, errors first; an issue with a cell is a button that selects that cell in the workbook. */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { useState } from 'react';
import { sortIssues } from '../../core/sheets/buildControleSheet';
import type { Issue, Severity } from '../../core/types';
import { useMessages } from '../i18n/MessagesContext';

/** Enough to act on at a glance without making the pane a wall of text. */
const EERSTE = 25;

const KLEUR: Record<Severity, BadgeProps['color']> = { error: 'danger', warning: 'warning', info: 'informative' };

const useStyles = makeStyles({
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  lijst: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  knop: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', padding: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightRegular },
  regel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalXS },
  plek: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

export interface IssueListProps {
  issues: Issue[];
  onSelect: (blad: string, cel: string) => void;
}

function IssueInhoud({ issue }: { issue: Issue }) {
  const m = useMessages();
  const styles = useStyles();
  const plek = issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ''}` : m.uitvoeren.werkboek;
  return (
    <span className={styles.regel}>
      <span className={styles.plek}>
        <Badge size="small" appearance="tint" color={KLEUR[issue.severity]}>{m.ernst[issue.severity]}</Badge>
        <Text size={200}>{plek}</Text>
      </span>
      <Text size={200}>{issue.message}</Text>
    </span>
  );
}

/** The issues section of the Uitvoeren tab. */
export function IssueList({ issues, onSelect }: IssueListProps) {
  const m = useMessages();
  const styles = useStyles();
  const [alles, setAlles] = useState(false);
  const gesorteerd = sortIssues(issues);
  const getoond = alles ? gesorteerd : gesorteerd.slice(0, EERSTE);
  return (
    <section className={styles.sectie} aria-labelledby="meldingen-titel">
      <Text as="h2" id="meldingen-titel" size={400} weight="semibold">{m.uitvoeren.issuesTitel(issues.length)}</Text>
      {issues.length === 0 && <Text size={200}>{m.uitvoeren.geenIssues}</Text>}
      <ul className={styles.lijst} data-testid="meldingen">
        {getoond.map((issue, i) => (
          <li key={`${issue.code}:${issue.sheet}:${issue.cell}:${i}`}>
            {issue.sheet ? (
              <Button
                className={styles.knop}
                appearance="subtle"
                aria-label={`${m.ernst[issue.severity]}: ${issue.message} ${m.uitvoeren.naarCel(issue.sheet, issue.cell || 'A1')}`}
                onClick={() => onSelect(issue.sheet, issue.cell)}
              >
                <IssueInhoud issue={issue} />
              </Button>
            ) : (
              <IssueInhoud issue={issue} />
            )}
          </li>
        ))}
      </ul>
      {!alles && gesorteerd.length > EERSTE && (
        <div><Button appearance="secondary" onClick={() => setAlles(true)}>{m.uitvoeren.meerIssues(gesorteerd.length)}</Button></div>
      )}
    </section>
  );
}

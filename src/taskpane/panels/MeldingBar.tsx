/** The latest notice (done, saved, or a host failure) as a dismissable Fluent message bar. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { MessageBarIntent } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Messages } from '../i18n/messages';
import { useMessages } from '../i18n/MessagesContext';
import type { Melding } from '../controller/taskPaneState';

/** The notice's text lines and intent in the active language. */
export function describeMelding(melding: Melding, m: Messages): { intent: MessageBarIntent; regels: string[] } {
  switch (melding.soort) {
    case 'klaar':
      return {
        intent: 'success',
        regels: [m.uitvoeren.klaar(melding.bladen.join(', ')), ...melding.backups.map((b) => m.uitvoeren.backup(b.sheet, b.backupName))],
      };
    case 'hostFout':
      return { intent: 'error', regels: [`${m.fouten.host[melding.actie]}: ${melding.bericht}`] };
    case 'instellingenFout':
      return { intent: 'error', regels: [`${m.fouten.instellingen}: ${melding.bericht}`] };
    case 'sjabloon':
      return { intent: 'success', regels: [m.gegevens.sjabloonIngevoegd(melding.bladen.join(', '))] };
    case 'iv3':
      return melding.bladen.length === 0
        ? { intent: 'warning', regels: [m.gegevens.iv3NietsIngevoegd(melding.gemeente)] }
        : { intent: 'success', regels: [m.gegevens.iv3Ingelezen(melding.gemeente, melding.bladen.join(', '), melding.meldingen)] };
    case 'iv3Fout':
      return { intent: 'error', regels: [`${m.fouten.iv3}: ${melding.bericht}`] };
    case 'scenarioBewaard':
      return { intent: 'success', regels: [m.watAls.bewaard(melding.naam)] };
    case 'scenarioToegepast':
      return { intent: 'info', regels: [m.watAls.toegepast(melding.naam)] };
    case 'vergeleken':
      return { intent: 'success', regels: [m.watAls.vergeleken(melding.blad)] };
  }
}

export interface MeldingBarProps {
  melding: Melding;
  onDismiss: () => void;
}

/** Errors are announced assertively (role alert); the rest politely (role status). */
export function MeldingBar({ melding, onDismiss }: MeldingBarProps) {
  const m = useMessages();
  const { intent, regels } = describeMelding(melding, m);
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === 'error' ? 'alert' : 'status'} data-melding={melding.soort}>
      <MessageBarBody>
        {regels.map((regel) => <div key={regel}>{regel}</div>)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={m.app.sluitMelding} icon={<DismissRegular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}

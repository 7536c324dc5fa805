/** One role's sheet choice: a labelled native select, with a hint when a required role has no sheet. */
import { Field, Select } from '@fluentui/react-components';
import type { Role } from '../../core/types';
import { useMessages } from '../i18n/MessagesContext';

const VERPLICHT: readonly Role[] = ['kosten', 'fte'];

export interface RoleSelectProps {
  rol: Role;
  blad: string | null;
  bladen: string[];
  onChange: (blad: string | null) => void;
}

/** The select for one role; "" stands for "no sheet". */
export function RoleSelect({ rol, blad, bladen, onChange }: RoleSelectProps) {
  const m = useMessages();
  const verplicht = VERPLICHT.includes(rol);
  const naam = m.rollen[rol];
  const ontbreekt = verplicht && !blad;
  // A chosen sheet that has since disappeared stays visible, so the choice is not lost silently.
  const opties = blad && !bladen.includes(blad) ? [...bladen, blad] : bladen;
  return (
    <Field
      label={`${naam} (${verplicht ? m.gegevens.verplicht : m.gegevens.optioneel})`}
      validationState={ontbreekt ? 'warning' : 'none'}
      validationMessage={ontbreekt ? m.gegevens.kiesVerplicht(naam) : undefined}
    >
      <Select value={blad ?? ''} onChange={(_, data) => onChange(data.value === '' ? null : data.value)} data-rol={rol}>
        <option value="">{m.gegevens.geenBlad}</option>
        {opties.map((naamBlad) => <option key={naamBlad} value={naamBlad}>{naamBlad}</option>)}
      </Select>
    </Field>
  );
}

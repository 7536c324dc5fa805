/** Failures as notices for the user; the adapters' and the core's errors carry a Dutch message. */
import type { HostActie } from '../i18n/messages';
import type { Melding } from './taskPaneState';

/** A host failure during `actie`. */
export function toHostFout(actie: HostActie, fout: unknown): Melding {
  return { soort: 'hostFout', actie, bericht: fout instanceof Error ? fout.message : String(fout) };
}

/** Settings the core refuses (ToetsOptionsError) get their own notice; anything else is a host failure. */
export function toMelding(actie: HostActie, fout: unknown): Melding {
  if (fout instanceof Error && fout.name === 'ToetsOptionsError') return { soort: 'instellingenFout', bericht: fout.message };
  return toHostFout(actie, fout);
}

/** What the task pane shows, as one immutable state object the controller replaces on every change. */
import type { Scenario, SheetSummary } from '../../core/hostPort';
import type { LayoutInfo } from '../../core/parse';
import type { OwnedSheetKey } from '../../core/sheetSpec';
import type { InstellingenOverrides, RoleMap, ToetsResult } from '../../core/types';
import type { HostActie } from '../i18n/messages';

export type RunStap = 'lezen' | 'berekenen' | 'schrijven';
/** Live mode as the switch shows it: 'starten' while Excel registers the watch. */
export type LiveStand = 'uit' | 'starten' | 'aan';
export const RUN_STAPPEN: readonly RunStap[] = ['lezen', 'berekenen', 'schrijven'];

/** A notice for the user; the UI words it in the active language. */
export type Melding =
  | { soort: 'klaar'; bladen: string[]; backups: { sheet: string; backupName: string }[] }
  | { soort: 'hostFout'; actie: HostActie; bericht: string }
  | { soort: 'instellingenFout'; bericht: string }
  | { soort: 'sjabloon'; bladen: string[] }
  | { soort: 'iv3'; gemeente: string; bladen: string[]; meldingen: number }
  | { soort: 'iv3Fout'; bericht: string }
  | { soort: 'scenarioBewaard'; naam: string }
  | { soort: 'scenarioToegepast'; naam: string }
  | { soort: 'vergeleken'; blad: string };

export interface TaskPaneState {
  status: 'laden' | 'gereed';
  bladen: SheetSummary[];
  /** The sheet per role as proposed or chosen; an absent role has no sheet. */
  rollen: RoleMap;
  layouts: { kosten: LayoutInfo | null; fte: LayoutInfo | null };
  /** What the Instellingen sheet sets (the pane's settings win over it). */
  bladInstellingen: InstellingenOverrides;
  /** What the pane sets; stored in the workbook. */
  paneel: InstellingenOverrides;
  /** The stage of a full run in progress, null when idle. */
  stap: RunStap | null;
  resultaat: ToetsResult | null;
  /** Actual sheet name per owned key after the last full run ("Toets (2)" when a user had "Toets"). */
  geschreven: Partial<Record<OwnedSheetKey, string>>;
  melding: Melding | null;
  live: LiveStand;
  /** A what-if update is being written. */
  bijwerken: boolean;
  /** Cells written by the last what-if or live update. */
  laatsteUpdate: { cellen: number } | null;
  scenarios: Scenario[];
}

/** The state before the workbook is read. */
export function createInitialState(): TaskPaneState {
  return {
    status: 'laden',
    bladen: [],
    rollen: {},
    layouts: { kosten: null, fte: null },
    bladInstellingen: {},
    paneel: {},
    stap: null,
    resultaat: null,
    geschreven: {},
    melding: null,
    live: 'uit',
    bijwerken: false,
    laatsteUpdate: null,
    scenarios: [],
  };
}

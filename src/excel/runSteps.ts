/// <reference types="office-js" />
/**
 * Queues packed steps and syncs once per batch, with screen updating suspended and
 * calculation on manual while writing; the original calculation mode is restored in the last
 * batch, or after a failure.
 */
import { packSteps, PAYLOAD_BUDGET_BYTES, type QueuedStep } from './payload';
import type { SyncCounter } from './syncCounter';

export interface RunStepsOptions {
  /** The mode loaded before writing; restored at the end. */
  calculationMode?: Excel.Application['calculationMode'];
  budget?: number;
}

/** Runs `steps` in as few syncs as the payload budget allows (one when it fits). */
export async function runSteps(
  context: Excel.RequestContext,
  steps: QueuedStep[],
  counter: SyncCounter,
  options: RunStepsOptions = {},
): Promise<void> {
  const batches = packSteps(steps, options.budget ?? PAYLOAD_BUDGET_BYTES);
  const application = context.application;
  const restore = options.calculationMode;
  try {
    for (let i = 0; i < batches.length; i += 1) {
      application.suspendScreenUpdatingUntilNextSync();
      if (i === 0 && restore !== undefined) application.calculationMode = 'Manual';
      for (const step of batches[i]) step.queue();
      if (i === batches.length - 1 && restore !== undefined) application.calculationMode = restore;
      counter.count += 1;
      // One sync per 4 MB of payload: the count follows the data size, not the number of rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (error) {
    if (restore !== undefined) await restoreCalculation(context, restore, counter);
    throw error;
  }
}

async function restoreCalculation(
  context: Excel.RequestContext,
  mode: Excel.Application['calculationMode'],
  counter: SyncCounter,
): Promise<void> {
  try {
    context.application.calculationMode = mode;
    counter.count += 1;
    await context.sync();
  } catch {
    // The original failure is what the user needs to see; Excel resets the mode on restart anyway.
  }
}

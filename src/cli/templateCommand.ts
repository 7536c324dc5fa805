/** `samenwerkingstoets template <uit.xlsx> [--voorbeeld]`: the input template as a new workbook. */
import ExcelJS from 'exceljs';
import { buildTemplate } from '../core/template';
import { renderInputSheets, saveWorkbook } from '../xlsx';
import { CliUsageError, EXIT_OK } from './cliErrors';
import type { CliOutput } from './cliOutput';
import { pathExists, writeOutputFile } from './fileIo';

export interface TemplateCommandOptions {
  output: string;
  voorbeeld: boolean;
  /** Replace an existing file (the example regeneration script uses it). */
  overschrijven?: boolean;
}

/** The template (or example) workbook as .xlsx bytes. */
export async function buildTemplateWorkbook(voorbeeld: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samenwerkingstoets';
  renderInputSheets(workbook, buildTemplate({ voorbeeld }));
  return saveWorkbook(workbook);
}

/** Writes the template; an existing file is only replaced with --overschrijven. */
export async function runTemplate(options: TemplateCommandOptions, io: CliOutput): Promise<number> {
  if (!options.overschrijven && (await pathExists(options.output))) {
    throw new CliUsageError(`"${options.output}" bestaat al; kies een andere naam of geef --overschrijven mee.`);
  }
  await writeOutputFile(options.output, await buildTemplateWorkbook(options.voorbeeld));
  io.out(`Geschreven: ${options.output} (${options.voorbeeld ? 'voorbeeldwerkmap met fictieve cijfers' : 'leeg invoersjabloon'})\n`);
  return EXIT_OK;
}

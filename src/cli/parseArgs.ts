/** Hand-rolled argument parsing for the two commands (no dependency needed for so few options). */
import { CliUsageError } from './cliErrors';

export type CliCommand =
  | { command: 'help' }
  | { command: 'score'; input: string; output?: string; json: boolean; overschrijven: boolean }
  | { command: 'template'; output: string; voorbeeld: boolean; overschrijven: boolean };

const HELP_FLAGS = ['-h', '--help', 'help'];

/** Splits `--optie=waarde` so both `-o uit.xlsx` and `--output=uit.xlsx` work. */
function expand(argv: string[]): string[] {
  return argv.flatMap((arg) => (/^--[^=]+=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
}

function parseScore(args: string[]): CliCommand {
  const files: string[] = [];
  let output: string | undefined;
  let json = false;
  let overschrijven = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output' || arg === '--uit') {
      output = args[i + 1];
      if (output === undefined || output.startsWith('-')) throw new CliUsageError(`Na ${arg} hoort de naam van het uitvoerbestand.`);
      i += 1;
    } else if (arg === '--json') json = true;
    else if (arg === '--overschrijven') overschrijven = true;
    else if (arg.startsWith('-') && arg !== '-') throw new CliUsageError(`Onbekende optie "${arg}" bij score; zie samenwerkingstoets --help.`);
    else files.push(arg);
  }
  if (files.length !== 1) {
    throw new CliUsageError(files.length === 0
      ? 'Geef het werkboek op: samenwerkingstoets score <in.xlsx> [-o uit.xlsx] [--json].'
      : `Eén invoerbestand per keer, niet ${files.length}: ${files.join(', ')}.`);
  }
  return { command: 'score', input: files[0], output, json, overschrijven };
}

function parseTemplate(args: string[]): CliCommand {
  const files: string[] = [];
  let voorbeeld = false;
  let overschrijven = false;
  for (const arg of args) {
    if (arg === '--voorbeeld') voorbeeld = true;
    else if (arg === '--overschrijven') overschrijven = true;
    else if (arg.startsWith('-')) throw new CliUsageError(`Onbekende optie "${arg}" bij template; zie samenwerkingstoets --help.`);
    else files.push(arg);
  }
  if (files.length !== 1) {
    throw new CliUsageError('Geef precies één uitvoerbestand op: samenwerkingstoets template <uit.xlsx> [--voorbeeld].');
  }
  return { command: 'template', output: files[0], voorbeeld, overschrijven };
}

/** Parses the arguments after the program name; throws `CliUsageError` on anything it does not know. */
export function parseArgs(argv: string[]): CliCommand {
  const args = expand(argv);
  if (args.length === 0 || args.some((a) => HELP_FLAGS.includes(a))) return { command: 'help' };
  const [command, ...rest] = args;
  if (command === 'score') return parseScore(rest);
  if (command === 'template') return parseTemplate(rest);
  throw new CliUsageError(`Onbekende opdracht "${command}"; gebruik score of template (zie samenwerkingstoets --help).`);
}

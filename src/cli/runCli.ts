/** The command line as a function of its arguments: returns the exit code, never throws. */
import { CliInputError, CliUsageError, EXIT_INPUT, EXIT_OK } from './cliErrors';
import type { CliOutput } from './cliOutput';
import { HELP_TEXT } from './helpText';
import { parseArgs } from './parseArgs';
import { runScore } from './scoreCommand';
import { runTemplate } from './templateCommand';
import { runIv3Command } from './iv3Command';

/** One line for stderr: the message without a stack trace, newlines folded. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Runs `samenwerkingstoets …`. Exit codes: 0 success, 1 the run produced error issues,
 * 2 nothing was scored or written (unreadable input, missing Kosten/FTE sheet, unwritable
 * output, wrong command line) — then one Dutch line on stderr and nothing on stdout.
 */
export async function runCli(argv: string[], io: CliOutput, options: { writtenAt?: string } = {}): Promise<number> {
  // iv3 has its own options and error handling (see iv3Command.ts).
  if (argv[0] === 'iv3') return runIv3Command(argv.slice(1), io, options.writtenAt);
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        io.out(HELP_TEXT);
        return EXIT_OK;
      case 'score':
        return await runScore({ ...command, writtenAt: options.writtenAt }, io);
      case 'template':
        return await runTemplate(command, io);
    }
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof CliInputError) {
      io.err(`samenwerkingstoets: ${oneLine(error.message)}\n`);
    } else {
      // A bug, not the user's doing: still one line, with the error's name to report it by.
      const e = error instanceof Error ? error : new Error(String(error));
      io.err(`samenwerkingstoets: onverwachte fout (${e.name}): ${oneLine(e.message)}\n`);
    }
    return EXIT_INPUT;
  }
}

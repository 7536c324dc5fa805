/** Node file IO for the command line; the xlsx adapter itself only sees bytes. */
import { promises as fs } from 'fs';
import path from 'path';
import { CliInputError } from './cliErrors';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'bestaat niet';
    case 'EISDIR': return 'is een map, geen bestand';
    case 'EACCES':
    case 'EPERM': return 'geen toegang (rechten)';
    case 'EBUSY': return 'is in gebruik, bijvoorbeeld geopend in Excel';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a whole file; throws `CliInputError` with the Dutch reason. */
export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (cause) {
    throw new CliInputError(`Kan "${file}" niet lezen: ${reason(cause)}.`, { cause });
  }
}

/** Whether a path exists (file or folder). */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes via a temporary file in the same folder and a rename, so a failed write never leaves
 * half a workbook, least of all over the input with --overschrijven.
 */
export async function writeOutputFile(file: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (cause) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new CliInputError(`Kan "${file}" niet schrijven: ${reason(cause)}.`, { cause });
  }
}

/** `<map>/<naam>-toets.xlsx` next to the input. */
export function defaultOutputPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-toets.xlsx`);
}

/** Whether two paths name the same file (resolved; without regard to case on Windows and macOS). */
export function isSamePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  return process.platform === 'linux' ? ra === rb : ra.toLowerCase() === rb.toLowerCase();
}

import { parseArgs } from '../../src/cli/parseArgs';
import { CliUsageError } from '../../src/cli/cliErrors';

describe('parseArgs', () => {
  it('reads score with its options in any order', () => {
    expect(parseArgs(['score', 'in.xlsx'])).toEqual({ command: 'score', input: 'in.xlsx', output: undefined, json: false, overschrijven: false });
    expect(parseArgs(['score', '--json', '-o', 'uit.xlsx', 'in.xlsx', '--overschrijven']))
      .toEqual({ command: 'score', input: 'in.xlsx', output: 'uit.xlsx', json: true, overschrijven: true });
    expect(parseArgs(['score', 'in.xlsx', '--output=uit.xlsx'])).toMatchObject({ output: 'uit.xlsx' });
  });

  it('reads template with and without --voorbeeld', () => {
    expect(parseArgs(['template', 'sjabloon.xlsx'])).toEqual({ command: 'template', output: 'sjabloon.xlsx', voorbeeld: false, overschrijven: false });
    expect(parseArgs(['template', '--voorbeeld', 'v.xlsx'])).toEqual({ command: 'template', output: 'v.xlsx', voorbeeld: true, overschrijven: false });
  });

  it('gives help for no arguments, --help and -h', () => {
    for (const argv of [[], ['--help'], ['score', '-h'], ['help']]) expect(parseArgs(argv)).toEqual({ command: 'help' });
  });

  it('refuses what it does not know with a Dutch usage error', () => {
    const cases: [string[], RegExp][] = [
      [['scoor', 'in.xlsx'], /Onbekende opdracht "scoor"/],
      [['score'], /Geef het werkboek op/],
      [['score', 'a.xlsx', 'b.xlsx'], /Eén invoerbestand per keer, niet 2/],
      [['score', 'in.xlsx', '-o'], /Na -o hoort de naam van het uitvoerbestand/],
      [['score', 'in.xlsx', '--csv'], /Onbekende optie "--csv" bij score/],
      [['template'], /precies één uitvoerbestand/],
      [['template', 'v.xlsx', '--json'], /Onbekende optie "--json" bij template/],
    ];
    for (const [argv, message] of cases) {
      expect(() => parseArgs(argv)).toThrow(CliUsageError);
      expect(() => parseArgs(argv)).toThrow(message);
    }
  });
});

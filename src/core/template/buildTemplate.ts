/** The whole input template (design sections 3 and 10), host-neutral. */
import { buildBenchmarkSheet } from './benchmarkSheet';
import { buildFteSheet } from './fteSheet';
import { buildIndicatorenSheet } from './indicatorenSheet';
import { buildInstellingenSheet } from './instellingenSheet';
import { buildKostenSheet } from './kostenSheet';
import { buildTaakveldenSheet } from './taakveldenSheet';
import { buildToelichtingSheet } from './toelichtingSheet';
import type { TemplateOptions, TemplateSheet } from './templateSheet';

/**
 * The input sheets in the order a user fills them: Toelichting, Kosten, FTE, Taakvelden,
 * Indicatoren, Benchmark, Instellingen. With `voorbeeld` they carry the example of design
 * section 10 (fictitious figures, the report's benchmark); without, headers and one
 * explanatory line each.
 */
export function buildTemplate(options: TemplateOptions): TemplateSheet[] {
  const { voorbeeld } = options;
  return [
    buildToelichtingSheet(voorbeeld),
    buildKostenSheet(voorbeeld),
    buildFteSheet(voorbeeld),
    buildTaakveldenSheet(voorbeeld),
    buildIndicatorenSheet(voorbeeld),
    buildBenchmarkSheet(voorbeeld),
    buildInstellingenSheet(voorbeeld),
  ];
}

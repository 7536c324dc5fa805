/** The input template and its example data, as host-neutral specs. */
export { buildTemplate } from './buildTemplate';
export type { TemplateOptions, TemplateRole, TemplateSheet } from './templateSheet';
export { FICTIEF } from './templateSheet';
export { HERKOMST_VOORBEELD } from './toelichtingSheet';
export {
  BENCHMARK_2012,
  BENCHMARK_2017,
  TOTALE_FORMATIE_2012,
  TOTALE_FORMATIE_2017,
  computeReferentieFte,
} from './benchmarkSheet';
export { ALIAS_SEPARATOR, VOORBEELD_TAAKVELDEN } from './taakveldenSheet';
export { VOORBEELD_KOSTEN } from './voorbeeldKosten';
export { KOSTEN_JAARKOLOMMEN } from './kostenSheet';

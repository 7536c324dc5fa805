/**
 * The input parser of the core: sheets (cell grids) in, `Invoer` out.
 */
export { parseInvoer, ParseInvoerError, type ParseInvoerOptions } from './parseInvoer';
export { proposeRoles, type ProposeRolesOptions } from './proposeRoles';
export { detectLayout, type JaarKolom, type LayoutInfo, type MaatKolom } from './detectLayout';
export { parseGetal, type GetalUitkomst } from './parseGetal';
export { parseJaarKop, parseSoort, readJaarKop, type JaarKop } from './parseJaarKop';
export { detectEenheid, scaleGetal } from './eenheid';
export { parseKostensoort } from './parseKostensoort';
export { matchIndicatorNaam } from './matchIndicatorNaam';
export { TaakveldRegister } from './taakveldRegister';

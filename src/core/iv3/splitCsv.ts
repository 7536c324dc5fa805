/**
 * A small CSV reader for the CBS files: any one-character separator, fields in double quotes
 * (with "" for a quote, separators and line breaks inside), CRLF or LF line ends, a UTF-8
 * byte-order mark. Completely empty lines are dropped.
 */

/** Records of `text` split on `scheiding`; each record is the list of its fields, unquoted. */
export function splitCsv(text: string, scheiding: string): string[][] {
  const bron = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let veld = '';
  let inQuotes = false;
  let i = 0;
  const sluitRecord = (): void => {
    record.push(veld);
    veld = '';
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };
  while (i < bron.length) {
    const ch = bron[i];
    if (inQuotes) {
      if (ch === '"' && bron[i + 1] === '"') {
        veld += '"';
        i += 2;
        continue;
      }
      if (ch === '"') inQuotes = false;
      else veld += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && veld === '') inQuotes = true;
    else if (ch === scheiding) {
      record.push(veld);
      veld = '';
    } else if (ch === '\r' || ch === '\n') {
      sluitRecord();
      if (ch === '\r' && bron[i + 1] === '\n') i += 1;
    } else veld += ch;
    i += 1;
  }
  if (veld !== '' || record.length > 0) sluitRecord();
  return records;
}

/** The first line of `text` (without a byte-order mark), to tell the layouts apart cheaply. */
export function readFirstLine(text: string): string {
  const bron = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const eind = bron.search(/\r|\n/);
  return eind < 0 ? bron : bron.slice(0, eind);
}

/**
 * Definitions articles hold many definitions in one provision ("In this Act — “organised
 * criminal group” means …; “smuggling of migrants” means …"). An element found in one
 * definition must not be credited to another: the benefit in the definition of an organised
 * group gives the smuggling definition no benefit element. This module cuts a provision's
 * text into clauses, one per definition, and tells which term each clause defines.
 */
export interface Clause {
  /** Offsets in the provision's text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The term the clause defines, as written, when it is a definition. */
  readonly defines?: string;
}

const QUOTED_DEFINITION =
  /^[\s\-–—•*]*(?:\(?[a-z0-9]{1,5}[).°]\s*)?[“"‘'«]\s*([^”"’'»]{2,90}?)\s*[”"’'»]\s*(?:,\s*)?(?:means|includes|include|has the meaning|refers to|shall mean|shall include|in relation to|désigne|s'entend|s’entend|signifie|est|:)/iu;

const FRENCH_COLON_DEFINITION =
  /^[\s\-–—•*]*(?:\(?[a-z0-9]{1,5}[).°]\s*)?([\p{L}][\p{L}'’ -]{2,90}?)\s*:\s*(?:le fait|la|le|les|l['’]|un|une|tout|toute|toutes|tous|toute personne|\p{Ll})/u;

const FRENCH_INTRO = /on entend par|au sens de la présente|aux fins de la présente|définitions?/iu;

/** "Constitue un trafic illicite de migrants le fait de …": a definition by its conduct. */
const CONSTITUTES =
  /^[\s\-–—•*]*(?:constitue|est constitutif d[eu']|est qualifiée? de|est considérée? comme)\s*(?:une?\s+|la\s+|le\s+|l['’]|des\s+)?([\p{L}][\p{L}'’ -]{2,60}?)\s*,?\s+(?:le fait|l['’]acte|tout acte|toute action)/iu;

/** Where each definition starts in a line, or undefined when the line does not start one. */
function definitionAt(line: string, frenchDefinitions: boolean): string | undefined {
  const quoted = QUOTED_DEFINITION.exec(line);
  if (quoted?.[1] !== undefined) return quoted[1].trim();
  const constitutes = CONSTITUTES.exec(line);
  if (constitutes?.[1] !== undefined) return constitutes[1].trim();
  if (!frenchDefinitions) return undefined;
  const colon = FRENCH_COLON_DEFINITION.exec(line);
  return colon?.[1]?.trim();
}

/**
 * Splits a provision's text into clauses. A provision that defines nothing is one clause. A new clause starts at each line (or each part after a semicolon) that starts a
 * definition; the lines that follow (its items (a), (b) …) stay in it.
 */
export function splitClauses(text: string): Clause[] {
  const frenchDefinitions = FRENCH_INTRO.test(text);
  const starts: { offset: number; defines: string }[] = [];
  const pieces = /[^\n;]+/g;
  for (const piece of text.matchAll(pieces)) {
    const defines = definitionAt(piece[0], frenchDefinitions);
    if (defines !== undefined) starts.push({ offset: piece.index, defines });
  }
  if (starts.length === 0) return [{ start: 0, end: text.length }];
  const clauses: Clause[] = [];
  const first = starts[0];
  if (first !== undefined && first.offset > 0) clauses.push({ start: 0, end: first.offset });
  starts.forEach((current, index) => {
    const next = starts[index + 1];
    clauses.push({
      start: current.offset,
      end: next === undefined ? text.length : next.offset,
      defines: current.defines,
    });
  });
  return clauses;
}

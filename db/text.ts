/**
 * Folds text for sorting and matching: "Élodie Núñez" -> "elodie nunez". People search
 * without accents and in any case; the stored names keep their original spelling.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Sort key for a person: family name first; single-name passports sort by that one name. */
export function personNameKey(givenNames: string, familyName: string): string {
  const family = foldText(familyName);
  const given = foldText(givenNames);
  return family ? `${family}\u0001${given}` : `${given}\u0001`;
}

import anyAscii from 'any-ascii';

/**
 * Latin spellings of a name, so a paralegal typing on an English keyboard finds it: "Søren" ->
 * soren, "Müller" -> muller AND mueller, "Straße" -> strasse, "Иванов" -> ivanov, "王伟" ->
 * wangwei, wang, wei. any-ascii does the transliteration (a maintained table for every script);
 * we add only the German umlaut rule (ü -> ue), which passports and ICAO machine-readable zones
 * use beside the plain letter, so both spellings must find the person.
 */
const GERMAN_UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** Words of the text in lower case ASCII, split where any-ascii joined syllables ("WangWei"). */
function asciiWords(text: string): string[] {
  const ascii = anyAscii(text.normalize('NFC'));
  const words: string[] = [];
  for (const word of ascii.split(/[^A-Za-z0-9]+/).filter(Boolean)) {
    words.push(word.toLowerCase());
    // any-ascii capitalises each CJK syllable: "WangWei" also indexes "wang" and "wei".
    const syllables = word.split(/(?<=[a-z])(?=[A-Z])/);
    if (syllables.length > 1) words.push(...syllables.map((s) => s.toLowerCase()));
  }
  return words;
}

/** Every ASCII spelling of the words of `text`, without repeats, space-separated. */
export function asciiSpellings(text: string): string {
  const german = text.normalize('NFC').replace(/[äöüÄÖÜ]/g, (letter) => GERMAN_UMLAUTS[letter] ?? letter);
  const words = new Set([...asciiWords(text), ...(german === text ? [] : asciiWords(german))]);
  return [...words].join(' ');
}

/** The words of what someone typed, in ASCII: "Müller" -> ["muller"], "Иванов" -> ["ivanov"]. */
export function asciiQueryWords(text: string): string[] {
  return anyAscii(text.normalize('NFC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

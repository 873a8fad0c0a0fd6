import Papa from 'papaparse';

/**
 * A CSV in the documented import format (docs/import-format.md) with `rows` people in families
 * of 2-6 (4 on average): what a firm moving to Caseport would bring. The import benchmarks, the
 * data-service test and the event-loop bench all import the same file. `tag` keeps passports and
 * names apart between runs, so repeated imports into one database are not flagged as duplicates.
 */
export function generateImportCsv(rows: number, tag = ''): string {
  const header = [
    'Family',
    'Relationship',
    'Given names',
    'Surname',
    'Date of birth',
    'Email',
    'Country of residence',
    'Passport number',
    'Passport country',
    'Passport expiry',
    'Status',
    'Status country',
    'Status valid to',
    'Last verified',
  ];
  const given = ['Priya', 'Wei', 'Amara', 'Élodie', 'Mateo', 'Yuki', 'Olumide', 'Lucía', 'Nadia', 'Omar'];
  const surnames = [
    'Sharma',
    'Chen',
    'Okafor',
    'Dubois',
    'García',
    'Tanaka',
    'Adeyemi',
    'Núñez',
    'Rahman',
    'Haddad',
  ];
  const data: string[][] = [];
  let family = 0;
  while (data.length < rows) {
    family += 1;
    const size = [4, 3, 5, 4, 2, 6, 4, 4][family % 8] ?? 4;
    const surname = `${surnames[family % 10]}-${tag}${family}`;
    for (let n = 0; n < size && data.length < rows; n += 1) {
      const relationship = n === 0 ? 'principal' : n === 1 ? 'spouse' : 'child';
      const year = relationship === 'child' ? 2008 + ((family + n) % 15) : 1975 + ((family + n) % 20);
      data.push([
        `F${family}`,
        relationship,
        given[(family + n) % 10] ?? 'Sam',
        surname,
        `${year}-${String((family % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`,
        n === 0 ? `p${tag}${family}@example.com` : '',
        'US',
        `P${tag}${family}X${n}`,
        'IN',
        `${2028 + (n % 5)}-06-30`,
        relationship === 'principal' ? 'H-1B' : 'H-4',
        'US',
        '2027-09-30',
        n === 0 ? '' : '2026-10-01',
      ]);
    }
  }
  return Papa.unparse({ fields: header, data });
}

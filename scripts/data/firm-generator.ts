/**
 * A deterministic, realistic immigration practice, one family at a time: principals with 0–5
 * dependants, passports and statuses, about two applications per person at every stage (with
 * their stage history and government file numbers once submitted), and the deadlines such files
 * carry (status ends, biometrics, medicals, RFE responses; some done). Pure data: the seed
 * (scripts/seed/) decides how it is written. Same seed -> the same firm, byte for byte.
 */

export const SEED_TODAY = '2026-11-16';

/** mulberry32: tiny, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Amara',
  'Élodie',
  'Bo',
  'Rosa',
  'Chidi',
  'Priya',
  'Mateo',
  'Zoë',
  'Hiroshi',
  'Fatima',
  'Søren',
  'Nguyễn Thị',
  'Ana',
  'Olusegun',
  'Inès',
  'Wei',
  'Aarav',
  'Lucía',
  'Yusuf',
  'Maëlle',
  'Noah',
  'Nadia',
  'Omar',
  'Yuki',
  'Olumide',
  'Sofia',
  'Arjun',
  'Mei',
  'Kwame',
  'Léa',
  'Diego',
  'Aisha',
  'Ravi',
  'Ingrid',
  'Tomás',
  'Hana',
  'Emeka',
  'Chloé',
  'Vikram',
  'Björn',
  'Nour',
  'Jun',
];
const FAMILY = [
  'Okafor',
  'Núñez',
  'Chen',
  'Díaz',
  'Sharma',
  'Müller',
  'Kowalski',
  'Tanaka',
  'Haddad',
  'Ålberg',
  'Nguyen',
  'Silva',
  'Adeyemi',
  'García',
  'Lefèvre',
  'Patel',
  'Kim',
  'Ivanova',
  "O'Brien",
  'Abara',
  'Rahman',
  'Dubois',
  'Singh',
  'Wang',
  'Mensah',
  'Fernández',
  'Öztürk',
  'Novak',
  'Rossi',
  'Park',
  'Hernández',
  'Iyer',
  'Jansen',
  'Mbeki',
  'Lindqvist',
  'Çelik',
  'Petrov',
  'Nakamura',
  'Gómez',
];
const COUNTRIES = ['IN', 'CN', 'NG', 'MX', 'FR', 'BR', 'PH', 'KR', 'DE', 'US', 'GB', 'VN', 'PK'];
const EMPLOYERS = ['Northwind Analytics', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Litware', 'Adatum'];
const CITIES: [string, string, string][] = [
  ['Seattle', 'WA', '98101'],
  ['San Jose', 'CA', '95112'],
  ['Austin', 'TX', '78701'],
  ['New York', 'NY', '10001'],
  ['Toronto', 'ON', 'M5V 2T6'],
];
export const STAGES = [
  'intake',
  'collecting-documents',
  'ready-to-submit',
  'submitted',
  'decided',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

export interface SeedPassport {
  number: string;
  issuingCountry: string;
  issuedOn: string;
  expiresOn: string;
}
export interface SeedStatus {
  country: string;
  statusType: string;
  validFrom: string;
  validTo: string;
  documentNumber: string;
}
export interface SeedDeadline {
  kind: string;
  title: string;
  dueOn: string;
  done: boolean;
}
export interface SeedApplication {
  /** Index into the firm's application types (the seed maps it to an id). */
  typeIndex: number;
  stage: Stage;
  fileNumber: string;
  deadlines: SeedDeadline[];
}
export interface SeedPerson {
  relationship: 'principal' | 'spouse' | 'child' | 'other';
  givenNames: string;
  familyName: string;
  sex: '' | 'F' | 'M' | 'X';
  dateOfBirth: string;
  citizenships: string[];
  email: string;
  phone: string;
  employer: string;
  occupation: string;
  passports: SeedPassport[];
  statuses: SeedStatus[];
  applications: SeedApplication[];
}
export interface SeedFamily {
  address: [string, string, string, string];
  responsibleIndex: number;
  archived: boolean;
  people: SeedPerson[];
}

const DAY = 86_400_000;
const todayMs = Date.parse(`${SEED_TODAY}T00:00:00Z`);
/** A calendar date `days` from the seed's today (UTC arithmetic on dates: no zone involved). */
export const dayFromToday = (days: number) => new Date(todayMs + days * DAY).toISOString().slice(0, 10);

export function familyGenerator(seed: number, typeCount: number) {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const between = (from: number, to: number) => dayFromToday(from + int(to - from));
  let familyNo = 0;

  const deadlinesFor = (stage: Stage): SeedDeadline[] => {
    const list: SeedDeadline[] = [];
    const count = stage === 'closed' ? 1 : 1 + int(2);
    for (let i = 0; i < count; i += 1) {
      const kind = pick(['biometrics', 'medical-validity', 'rfe-response', 'interview', 'other'] as const);
      // Closed and decided files carry their past deadlines, done; open ones look ahead (some late).
      const past = stage === 'closed' || stage === 'decided' || next() < 0.25;
      const dueOn = past ? between(-700, -1) : between(-20, 400);
      list.push({
        kind,
        title: kind === 'other' ? 'Call client back' : '',
        dueOn,
        done: past && next() < 0.85,
      });
    }
    return list;
  };

  const person = (
    relationship: SeedPerson['relationship'],
    familyName: string,
    index: number,
  ): SeedPerson => {
    const child = relationship === 'child';
    const applications: SeedApplication[] = [];
    const count = next() < 0.3 ? 1 : next() < 0.85 ? 2 : 3;
    for (let a = 0; a < count; a += 1) {
      const stage = pick(STAGES);
      const submitted = STAGES.indexOf(stage) >= 3;
      const typeIndex = int(typeCount);
      applications.push({
        typeIndex,
        stage,
        fileNumber: submitted
          ? typeIndex % 2 === 0
            ? `W${String(300_000_000 + familyNo * 7 + a + index * 3).padStart(9, '0')}`
            : `${pick(['IOE', 'EAC', 'WAC', 'LIN'])}09${String(familyNo * 10 + index * 3 + a).padStart(8, '0')}`
          : '',
        deadlines: deadlinesFor(stage),
      });
    }
    const country = pick(COUNTRIES);
    return {
      relationship,
      givenNames: pick(GIVEN),
      familyName: next() < 0.03 ? '' : familyName,
      sex: pick(['F', 'M', 'X', ''] as const),
      dateOfBirth: child ? between(-18 * 365, -365) : between(-65 * 365, -22 * 365),
      citizenships: next() < 0.1 ? [country, 'US'] : [country],
      email: relationship === 'principal' || next() < 0.3 ? `person${familyNo}.${index}@example.com` : '',
      phone: relationship === 'principal' ? `+1 206 555 ${String(familyNo % 10_000).padStart(4, '0')}` : '',
      employer: child ? '' : pick(EMPLOYERS),
      occupation: child ? 'Student' : pick(['Engineer', 'Analyst', 'Physician', 'Researcher']),
      passports: [
        {
          number: `${country}${String(familyNo * 8 + index).padStart(8, '0')}`,
          issuingCountry: country,
          issuedOn: between(-3600, -30),
          expiresOn: between(-30, 3600),
        },
      ],
      statuses: [
        {
          country: next() < 0.8 ? 'US' : 'CA',
          statusType: relationship === 'principal' ? 'H-1B' : child ? 'F-1' : 'H-4',
          validFrom: between(-1100, -60),
          validTo: between(-200, 1100),
          documentNumber: next() < 0.5 ? `I94-${familyNo}${index}` : '',
        },
      ],
      applications,
    };
  };

  return (): SeedFamily => {
    familyNo += 1;
    const familyName = pick(FAMILY);
    const [city, region, postal] = pick(CITIES);
    // 0-5 dependants: most families small, a few large (mean ~1.6).
    const roll = next();
    const dependants =
      roll < 0.3 ? 0 : roll < 0.55 ? 1 : roll < 0.75 ? 2 : roll < 0.9 ? 3 : roll < 0.97 ? 4 : 5;
    const people = [person('principal', familyName, 0)];
    for (let d = 1; d <= dependants; d += 1)
      people.push(person(d === 1 ? 'spouse' : next() < 0.9 ? 'child' : 'other', familyName, d));
    return {
      address: [`${1 + (familyNo % 999)} Main Street`, city, region, postal],
      responsibleIndex: int(4),
      archived: next() < 0.08,
      people,
    };
  };
}

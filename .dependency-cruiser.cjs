// The layers of Caseport, checked on every `npm run lint` (see shared/architecture.md):
//   contract <- domain <- db <- use cases (main/<feature>/) <- shell (Electron) and preview
//   renderer -> contract (and the pure domain rules it shares, e.g. the countdown)
// A rule here is a promise a newcomer can rely on when reading the folder names.
const SHELL = '^main/(index|window|ipc|preload|app-protocol|notifier)\\.ts$|^main/shell/';
const USE_CASES =
  '^main/(?!contract/|domain/|security/|index\\.ts|window\\.ts|ipc\\.ts|preload\\.ts|app-protocol\\.ts|notifier\\.ts|shell/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Files that import each other in a circle cannot be understood or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'contract-is-pure',
      severity: 'error',
      comment: 'The contract is shapes only: every layer, the renderer included, imports it.',
      from: { path: '^main/contract/' },
      to: { path: '^(db/|renderer/|scripts/|main/(?!contract/))' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Rules decide; they never read or write storage, so they stay testable and shareable.',
      from: { path: '^main/domain/' },
      to: { path: '^(db/|renderer/|scripts/|main/(?!contract/|domain/))' },
    },
    {
      name: 'db-is-storage',
      severity: 'error',
      comment:
        'db/ stores and reads; it asks no engine and applies no rule. The use case in main/<feature>/ asks main/domain and hands the result to db.',
      from: { path: '^db/' },
      to: { path: '^(renderer/|scripts/|main/(?!contract/))' },
    },
    {
      name: 'use-cases-below-shell',
      severity: 'error',
      comment: 'Use cases run in the data-service worker under plain Node: no shell, no renderer.',
      from: { path: USE_CASES },
      // The string catalogue (JSON data, no code) is shared: notifications read the same words the UI shows.
      to: { path: `${SHELL}|^renderer/|^scripts/`, pathNot: '^renderer/i18n/.*\\.json$' },
    },
    {
      name: 'renderer-talks-through-contract',
      severity: 'error',
      comment: 'The page reaches data only through window.caseport and the contract; never db or a use case.',
      from: { path: '^renderer/' },
      to: { path: '^(db/|scripts/|main/(?!contract/|domain/))' },
    },
    {
      name: 'no-electron-outside-shell',
      severity: 'error',
      comment:
        'Only the shell imports electron; everything else must run under plain Node (tests, preview, worker).',
      from: { path: '^(main|db|renderer)/', pathNot: SHELL },
      to: { path: '^electron$|node_modules/electron/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|release)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

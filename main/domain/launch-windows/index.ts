// Launch-window rules: pure functions, no I/O (the db layer reads snapshots, the UI renders results).
export * from './blockers';
export * from './cap';
export * from './countdown';
export * from './eligibility';
export * from './family';
export * from './queue-order';
export * from './readiness';

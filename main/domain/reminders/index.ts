/**
 * Reminders: lead times, the state of a deadline on a given instant, the plan of notifications
 * due (with catch-up, digest, escalation and snooze), the scheduler with its injected clock,
 * notifier and store, and the ICS export. Pure except for what the caller injects.
 */
export * from './ics';
export * from './ics-text';
export * from './lead-times';
export * from './plan';
export * from './reminder-state';
export * from './scheduler';

/**
 * Who is making a change and when. Every write function in db/ takes one, so no write can
 * happen without an author and a timestamp for the audit trail.
 */
export interface Writer {
  actorId: number;
  /** UTC ISO-8601 instant of the change; one value for the whole transaction. */
  at: string;
}

import type Database from 'better-sqlite3';

/**
 * The floor of each benchmarked read: the same rows, read by hand-written statements prepared
 * once, in the best order for the data (driven from the selective side, through the right index),
 * with no mapping beyond what better-sqlite3 returns. What the product could cost at best.
 */
export function floors(sqlite: Database.Database) {
  const open = 'd.completed_at IS NULL AND d.dismissed_at IS NULL';
  const deadlineRows = sqlite.prepare(
    `SELECT d.*, c.given_names AS cg, c.family_name AS cf, p.given_names AS pg, p.family_name AS pf
     FROM deadlines d INDEXED BY deadlines_open_due_idx
     CROSS JOIN clients c ON c.id = d.client_id
     LEFT JOIN dependants p ON p.id = d.dependant_id
     WHERE ${open} AND d.due_on <= ? AND c.archived_at IS NULL
     ORDER BY d.due_on, d.id LIMIT ?`,
  );
  const deadlineCounts = sqlite.prepare(
    `SELECT sum(d.due_on < @today), sum(d.due_on = @today), sum(d.due_on > @today AND d.due_on <= @in7), sum(d.due_on > @in7)
     FROM deadlines d INDEXED BY deadlines_open_due_idx CROSS JOIN clients c ON c.id = d.client_id
     WHERE ${open} AND d.due_on <= @in30 AND c.archived_at IS NULL`,
  );
  const agendaPage = sqlite.prepare(
    `SELECT d.*, c.given_names AS cg, c.family_name AS cf, p.given_names AS pg, p.family_name AS pf
     FROM deadlines d INDEXED BY deadlines_open_due_idx
     CROSS JOIN clients c ON c.id = d.client_id
     LEFT JOIN dependants p ON p.id = d.dependant_id
     WHERE ${open} AND d.due_on >= ? AND d.due_on <= ?
     ORDER BY d.due_on, d.id LIMIT ? OFFSET ?`,
  );
  const agendaCount = sqlite.prepare(
    `SELECT count(*) FROM deadlines d INDEXED BY deadlines_open_due_idx WHERE ${open} AND d.due_on >= ? AND d.due_on <= ?`,
  );
  const search = sqlite.prepare(
    `SELECT s.rowid, s.names, c.id, c.given_names, c.family_name, c.date_of_birth, c.archived_at
     FROM (SELECT rowid, names FROM people_search WHERE people_search MATCH ? ORDER BY rank LIMIT ?) s
     LEFT JOIN clients c ON c.id = s.rowid / 2 AND s.rowid % 2 = 0`,
  );
  const family = {
    client: sqlite.prepare('SELECT * FROM clients WHERE id = ?'),
    dependants: sqlite.prepare('SELECT * FROM dependants WHERE client_id = ? ORDER BY id'),
    passports: sqlite.prepare('SELECT * FROM passports WHERE client_id = ? ORDER BY id'),
    statuses: sqlite.prepare('SELECT * FROM immigration_statuses WHERE client_id = ? ORDER BY id'),
    applications: sqlite.prepare(
      'SELECT a.*, t.code, t.name FROM applications a JOIN application_types t ON t.id = a.type_id WHERE a.client_id = ? ORDER BY a.id',
    ),
    checklists: sqlite.prepare(
      'SELECT i.* FROM applications a JOIN checklist_items i ON i.application_id = a.id WHERE a.client_id = ? ORDER BY i.application_id, i.sort_order',
    ),
    history: sqlite.prepare(
      'SELECT h.* FROM applications a JOIN application_status_history h ON h.application_id = a.id WHERE a.client_id = ? ORDER BY h.application_id, h.changed_at',
    ),
    deadlines: sqlite.prepare('SELECT * FROM deadlines WHERE client_id = ? ORDER BY due_on, id'),
  };
  const clientColumns =
    'c.id, c.given_names, c.family_name, c.preferred_name, c.date_of_birth, c.citizenships, c.email, c.phone, c.responsible_user_id, c.next_deadline_on, c.archived_at, (SELECT count(*) FROM dependants p WHERE p.client_id = c.id AND p.archived_at IS NULL) AS dependants';
  const listByName = sqlite.prepare(
    `SELECT ${clientColumns} FROM clients c WHERE c.archived_at IS NULL ORDER BY c.name_key, c.id LIMIT ? OFFSET ?`,
  );
  const listByStage = sqlite.prepare(
    `SELECT ${clientColumns} FROM clients c WHERE c.archived_at IS NULL
       AND EXISTS (SELECT 1 FROM applications a WHERE a.client_id = c.id AND a.stage = ? AND a.archived_at IS NULL)
     ORDER BY c.name_key, c.id LIMIT ? OFFSET ?`,
  );
  const queue = {
    members: sqlite.prepare(
      `SELECT e.id, e.client_id, e.state, s.id AS sid, s.dependant_id, s.application_id, s.audience, s.confirmation_number, s.submitted_at
       FROM launch_window_enrolments e JOIN launch_window_submissions s ON s.enrolment_id = e.id WHERE e.window_id = ?`,
    ),
    checklists: sqlite.prepare(
      `SELECT i.application_id, i.state FROM launch_window_submissions s JOIN checklist_items i ON i.application_id = s.application_id WHERE s.window_id = ?`,
    ),
    people: sqlite.prepare(
      `SELECT c.id, c.given_names, c.family_name, c.date_of_birth, c.archived_at FROM launch_window_enrolments e JOIN clients c ON c.id = e.client_id WHERE e.window_id = ?`,
    ),
    dependants: sqlite.prepare(
      `SELECT p.* FROM launch_window_enrolments e JOIN dependants p ON p.client_id = e.client_id WHERE e.window_id = ?`,
    ),
    passports: sqlite.prepare(
      `SELECT p.* FROM launch_window_enrolments e JOIN passports p ON p.client_id = e.client_id WHERE e.window_id = ?`,
    ),
    statuses: sqlite.prepare(
      `SELECT s.* FROM launch_window_enrolments e JOIN immigration_statuses s ON s.client_id = e.client_id WHERE e.window_id = ?`,
    ),
  };
  const oneClient = sqlite.prepare('SELECT * FROM clients WHERE id = ?');

  return {
    dashboard(today: string, in7: string, in30: string) {
      return [deadlineRows.all(in30, 500), deadlineCounts.get({ today, in7, in30 })];
    },
    agenda(from: string, to: string, limit: number, offset: number) {
      return [agendaPage.all(from, to, limit, offset), agendaCount.pluck().get(from, to)];
    },
    search(match: string, limit: number) {
      return search.all(match, limit);
    },
    family(id: number) {
      return Object.values(family).map((statement) => statement.all(id));
    },
    clientsByName(limit: number, offset: number) {
      return listByName.all(limit, offset);
    },
    clientsByStage(stage: string, limit: number) {
      return listByStage.all(stage, limit, 0);
    },
    queue(windowId: number) {
      return Object.values(queue).map((statement) => statement.all(windowId));
    },
    oneClient(id: number) {
      return oneClient.get(id);
    },
  };
}

import { z } from 'zod';

export const appInfoInput = z.strictObject({});

export interface AppInfo {
  appVersion: string;
  /** Number of schema steps applied to the open database. */
  schemaVersion: number;
  dataDir: string;
}

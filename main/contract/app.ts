import { z } from 'zod';

export const appInfoInput = z.strictObject({});

export interface AppInfo {
  appVersion: string;
  /** Number of schema steps applied to the open database. */
  schemaVersion: number;
  dataDir: string;
}

export const appDiagnosticsInput = z.strictObject({});

/**
 * What support needs to help, and nothing personal: versions, platform, where the data and the
 * log are, and the last failures by channel and code (never a name, a passport or a note).
 */
export interface AppDiagnostics {
  appVersion: string;
  schemaVersion: number;
  dataDir: string;
  logFile: string;
  platform: string;
  osRelease: string;
  arch: string;
  nodeVersion: string;
  /** Null in the browser preview. */
  electronVersion: string | null;
  recentErrors: { at: string; channel: string; code: string }[];
}

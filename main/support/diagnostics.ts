import os from 'node:os';
import type { AppDiagnostics } from '../contract';
import type { ApiContext } from '../data-service/context';

/** The support summary Settings copies: versions, platform, paths and recent failure codes. */
export function diagnosticsHandler(ctx: ApiContext): AppDiagnostics {
  return {
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    logFile: ctx.support?.logFile ?? '',
    platform: os.platform(),
    osRelease: os.release(),
    arch: os.arch(),
    nodeVersion: process.versions.node,
    electronVersion: process.versions.electron ?? null,
    recentErrors: ctx.support?.recentErrors() ?? [],
  };
}

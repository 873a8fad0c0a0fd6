import { createContext, useContext } from 'react';

/**
 * True on a closed (archived) family's page: the file is read-only until it is reopened (the
 * data service refuses every change with CLOSED), so its edit controls are not offered at all.
 */
export const ClosedFileContext = createContext(false);

export function useFileClosed(): boolean {
  return useContext(ClosedFileContext);
}

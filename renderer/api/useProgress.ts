import { useEffect, useState } from 'react';
import type { ProgressEvent } from '../../main/contract/channels';

/**
 * The latest progress a long command (e.g. `imports.commit`) reported while `active`: pushed by
 * the data service through window.caseport.on('progress'); null before the first report.
 */
export function useProgress(channel: string, active: boolean): ProgressEvent | null {
  const [latest, setLatest] = useState<ProgressEvent | null>(null);
  useEffect(() => {
    setLatest(null);
    if (!active || !window.caseport?.on) return;
    return window.caseport.on('progress', (payload) => {
      const event = payload as ProgressEvent;
      if (event.channel === channel) setLatest(event);
    });
  }, [channel, active]);
  return latest;
}

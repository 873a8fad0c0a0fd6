import type { CaseportBridge } from '../../main/contract/channels';

// Code passed to page.evaluate runs in the app page, where the preview bridge defines this.
declare global {
  interface Window {
    caseport?: CaseportBridge;
  }
}

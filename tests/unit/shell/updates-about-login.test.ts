import { describe, expect, it } from 'vitest';
import { aboutBox, aboutText } from '../../../main/shell/about';
import {
  HIDDEN_FLAG,
  loginItemSettings,
  startedAtLogin,
  supportsOpenAtLogin,
} from '../../../main/shell/login-item';
import { resolveUpdateFeed, UpdateCheck, type Updater } from '../../../main/shell/updates';

function fakeUpdater(latest: string | null, fail?: Error) {
  const calls: string[] = [];
  const updater: Updater = {
    checkForUpdates: async () => {
      calls.push('check');
      if (fail) throw fail;
      return latest ? { updateInfo: { version: latest }, isUpdateAvailable: latest !== '1.0.0' } : null;
    },
    downloadUpdate: async () => calls.push('download'),
    quitAndInstall: () => calls.push('install'),
  };
  return { updater, calls };
}

function dialogs(answers: number[]) {
  const said: string[] = [];
  return {
    said,
    dialogs: {
      ask: async (message: string) => {
        said.push(message);
        return answers.shift() ?? 1;
      },
      tell: async (message: string) => {
        said.push(message);
      },
    },
  };
}

const check = (feed: ReturnType<typeof resolveUpdateFeed>, updater: Updater, answers: number[]) => {
  const talk = dialogs(answers);
  const flow = new UpdateCheck({
    feed,
    updater: () => updater,
    dialogs: talk.dialogs,
    currentVersion: '1.0.0',
    locale: 'en',
  });
  return { flow, said: talk.said };
};

describe('Check for updates', () => {
  it('uses the firm’s feed from the environment, else the built-in one, else none', () => {
    expect(resolveUpdateFeed({ CASEPORT_UPDATE_URL: 'https://updates.firm.example/caseport' }, true)).toEqual(
      {
        kind: 'env',
        url: 'https://updates.firm.example/caseport',
      },
    );
    // Plain http would let anyone on the network serve an "update".
    expect(resolveUpdateFeed({ CASEPORT_UPDATE_URL: 'http://updates.firm.example' }, true)).toEqual({
      kind: 'built-in',
    });
    expect(resolveUpdateFeed({}, false)).toEqual({ kind: 'none' });
  });

  it('says so and contacts nobody when no feed is set up', async () => {
    const { updater, calls } = fakeUpdater('2.0.0');
    const { flow, said } = check({ kind: 'none' }, updater, []);
    expect(await flow.run()).toBe('not-configured');
    expect(calls).toEqual([]);
    expect(said[0]).toMatch(/not set up/);
  });

  it('downloads only after a yes, and installs only on a second yes', async () => {
    const declined = fakeUpdater('2.0.0');
    expect(await check({ kind: 'built-in' }, declined.updater, [1]).flow.run()).toBe('declined');
    expect(declined.calls).toEqual(['check']);

    const later = fakeUpdater('2.0.0');
    expect(await check({ kind: 'built-in' }, later.updater, [0, 1]).flow.run()).toBe('downloaded-later');
    expect(later.calls).toEqual(['check', 'download']);

    const now = fakeUpdater('2.0.0');
    const { flow, said } = check({ kind: 'built-in' }, now.updater, [0, 0]);
    expect(await flow.run()).toBe('installing');
    expect(now.calls).toEqual(['check', 'download', 'install']);
    expect(said[0]).toBe(
      'Caseport 2.0.0 is available (you have 1.0.0). Download it now? Nothing is installed until you choose to restart.',
    );
  });

  it('reports the latest version, and an offline failure in words', async () => {
    const current = fakeUpdater('1.0.0');
    expect(await check({ kind: 'built-in' }, current.updater, []).flow.run()).toBe('up-to-date');
    const offline = fakeUpdater(null, new Error('net::ERR_INTERNET_DISCONNECTED\n    at stack'));
    const { flow, said } = check({ kind: 'built-in' }, offline.updater, []);
    expect(await flow.run()).toBe('failed');
    expect(said[0]).toBe(
      'Caseport could not check for updates: net::ERR_INTERNET_DISCONNECTED. It keeps working offline; try again later or ask your administrator.',
    );
  });
});

describe('About box', () => {
  it('shows the version, the data folder and the log folder, and copies them', () => {
    const box = aboutBox(
      {
        version: '1.4.0',
        electron: '45.4.1',
        chrome: '142.0',
        node: '22.20.0',
        os: 'Windows_NT 10.0.22631 x64',
        dataDir: 'C:\\Users\\ana\\AppData\\Roaming\\Caseport',
        logDir: 'C:\\Users\\ana\\AppData\\Roaming\\Caseport\\logs',
      },
      'en',
    );
    expect(box.message).toBe('Caseport — Version 1.4.0');
    expect(box.detail).toContain('Data folder: C:\\Users\\ana\\AppData\\Roaming\\Caseport');
    expect(box.detail).toContain('Log folder: C:\\Users\\ana\\AppData\\Roaming\\Caseport\\logs');
    expect(box.buttons).toHaveLength(box.actions.length);
    expect(aboutText(box)).toContain('Electron 45.4.1');
  });
});

describe('Open at login', () => {
  it('starts hidden in the tray when launched by the login item', () => {
    expect(loginItemSettings(true, 'win32')).toEqual({ openAtLogin: true, args: [HIDDEN_FLAG] });
    expect(loginItemSettings(false, 'darwin')).toEqual({ openAtLogin: false });
    expect(startedAtLogin(['Caseport.exe', HIDDEN_FLAG], false)).toBe(true);
    expect(startedAtLogin(['Caseport'], true)).toBe(true);
    expect(startedAtLogin(['Caseport'], false)).toBe(false);
    expect(supportsOpenAtLogin('linux')).toBe(false);
  });
});

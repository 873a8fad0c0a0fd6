import { EventEmitter } from 'node:events';

/**
 * A recording stand-in for the `electron` module, just wide enough for main/index.ts and
 * main/shell/native.ts. It proves the wiring (which objects are made, with what, in what order,
 * and what a click or a close does), not Electron's behaviour: that needs the real binary.
 */
export interface StandInOptions {
  userData: string;
  appPath: string;
  platform: NodeJS.Platform;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(): void {}
}

export class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  readonly webContents = new FakeWebContents();
  url = '';
  visible = false;
  minimized = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.all.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    queueMicrotask(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {}
  maximize(): void {}
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    const { x = 0, y = 0, width = 0, height = 0 } = this.options as Record<string, number>;
    return { x, y, width, height };
  }
  /** What the OS does when the close button is pressed. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
}

export function electronStandIn(options: StandInOptions) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    quitCalls: 0,
    loginItems: [] as unknown[],
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? options.userData : options.userData),
    getAppPath: () => options.appPath,
    getVersion: () => '9.9.9',
    getPreferredSystemLanguages: () => ['en-CA'],
    getLoginItemSettings: () => ({ wasOpenedAtLogin: false }),
    setLoginItemSettings(settings: unknown) {
      app.loginItems.push(settings);
    },
    quit() {
      app.quitCalls += 1;
    },
    exit() {},
  });
  const menus: { application: unknown[] | null } = { application: null };
  const notifications: FakeNotification[] = [];
  class FakeNotification extends EventEmitter {
    static isSupported = () => true;
    constructor(readonly options: { title: string; body: string }) {
      super();
    }
    show() {
      notifications.push(this);
    }
  }
  const trays: FakeTray[] = [];
  class FakeTray extends EventEmitter {
    tooltip = '';
    title = '';
    menu: unknown = null;
    constructor(readonly image: unknown) {
      super();
      trays.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setTitle(text: string) {
      this.title = text;
    }
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const module = {
    app,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => {
        menus.application = menu.template;
      },
    },
    Tray: FakeTray,
    Notification: FakeNotification,
    nativeImage: { createFromPath: (file: string) => ({ file, setTemplateImage() {} }) },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    dialog: { showErrorBox() {}, showMessageBox: async () => ({ response: 0 }) },
    shell: { openPath: async () => '' },
    clipboard: { writeText() {} },
    session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    net: { fetch: async () => new Response('') },
    ipcMain: { handle() {} },
  };
  return { module, app, menus, notifications, trays, platform: options.platform };
}

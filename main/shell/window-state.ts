import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The main window's size and place, remembered between runs, and kept on a screen that exists:
 * a laptop taken off its docking station must not open Caseport on a monitor that is gone.
 * Pure placement rules plus a small JSON file in Electron's userData (per computer, unlike the
 * data folder, which may be on a share). main/shell/native.ts feeds it Electron's `screen`.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** A screen as Electron's `screen.getAllDisplays()` describes it; the work area excludes task bars. */
export interface DisplayArea {
  workArea: Rect;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 960, height: 600 };
/** How much of the title bar must be on a screen for the window to count as reachable there. */
const GRIP = { width: 120, height: 40 };

const rect = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const stateSchema = z.object({ bounds: rect, maximized: z.boolean() });

/** A damaged or hand-edited file is ignored: the window just opens at its default place. */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/** Pulls a window that fits on `area` fully inside it, shrinking it if the screen got smaller. */
function fitInto(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/**
 * Where to open the window. The saved place is kept when its title bar is on a connected screen
 * (pulled fully onto that screen if it hangs off an edge); otherwise the saved size is centred on
 * the primary screen. Nothing saved: the default size, centred on the primary screen.
 */
export function placeWindow(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
): WindowState {
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary.workArea), maximized: false };
  const titleBar: Rect = { ...saved.bounds, height: Math.min(saved.bounds.height, GRIP.height) };
  const home = displays.find((display) => {
    const visible = overlap(titleBar, display.workArea);
    return (
      visible !== null &&
      visible.width >= Math.min(GRIP.width, saved.bounds.width) &&
      visible.height >= Math.min(GRIP.height, titleBar.height)
    );
  });
  const bounds = home ? fitInto(saved.bounds, home.workArea) : centred(saved.bounds, primary.workArea);
  return { bounds, maximized: saved.maximized };
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}

/** What a window reports; `normalBounds` is its size when not maximized (Electron's getNormalBounds). */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Saves the window's state a moment after it stops moving or resizing, and once more on close. */
export class WindowStateKeeper {
  private handle: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly save: (state: WindowState) => void,
    private readonly delayMs = 500,
  ) {}

  changed(window: TrackedWindow): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = setTimeout(() => this.flush(window), this.delayMs);
  }

  flush(window: TrackedWindow): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
    this.save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  placeWindow,
  readWindowState,
  type WindowState,
  WindowStateKeeper,
  writeWindowState,
} from '../../../main/shell/window-state';

// A laptop (1440x900, menu bar 25 px) and an external monitor to its right.
const laptop = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitor = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };
const onMonitor: WindowState = { bounds: { x: 2000, y: 200, width: 1600, height: 1000 }, maximized: false };

describe('window placement', () => {
  it('opens at the default size, centred on the primary screen, the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: 80, y: 53, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it('reopens where it was when that screen is still there', () => {
    expect(placeWindow(onMonitor, [laptop, monitor], laptop)).toEqual(onMonitor);
  });

  it('brings the window back to the primary screen when its screen disappeared (undocked laptop)', () => {
    const placed = placeWindow(onMonitor, [laptop], laptop);
    // The saved size does not fit the laptop: it shrinks to the work area and sits inside it.
    expect(placed.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(1440);
  });

  it('keeps the maximized state and the normal size for when it is restored', () => {
    expect(placeWindow({ ...onMonitor, maximized: true }, [laptop], laptop).maximized).toBe(true);
  });

  it('pulls a window hanging off an edge fully onto its screen', () => {
    const hanging: WindowState = { bounds: { x: 1000, y: 300, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(hanging, [laptop], laptop).bounds).toEqual({
      x: 240,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  it('does not count a sliver of title bar as reachable', () => {
    const sliver: WindowState = { bounds: { x: 1430, y: 300, width: 900, height: 700 }, maximized: false };
    const placed = placeWindow(sliver, [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 270, y: 113, width: 900, height: 700 });
  });
});

describe('window state file', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    vi.useRealTimers();
  });
  const file = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-window-'));
    dirs.push(dir);
    return path.join(dir, 'window-state.json');
  };

  it('round-trips, and ignores a missing or damaged file', () => {
    const f = file();
    expect(readWindowState(f)).toBeNull();
    writeWindowState(f, onMonitor);
    expect(readWindowState(f)).toEqual(onMonitor);
    fs.writeFileSync(f, '{"bounds":{"x":"left"}');
    expect(readWindowState(f)).toBeNull();
    fs.writeFileSync(f, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }));
    expect(readWindowState(f)).toBeNull();
  });

  it('saves once the window stops moving, and at once on close', () => {
    vi.useFakeTimers();
    const saved: WindowState[] = [];
    const keeper = new WindowStateKeeper((state) => saved.push(state), 500);
    let bounds = { x: 10, y: 10, width: 1000, height: 700 };
    const window = { getNormalBounds: () => bounds, isMaximized: () => false };
    keeper.changed(window);
    bounds = { ...bounds, x: 20 };
    keeper.changed(window);
    vi.advanceTimersByTime(499);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([{ bounds, maximized: false }]);
    keeper.changed(window);
    keeper.flush(window);
    vi.advanceTimersByTime(1000);
    expect(saved).toHaveLength(2);
  });
});

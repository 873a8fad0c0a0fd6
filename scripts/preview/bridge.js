// Browser-preview stand-in for Electron's preload: defines the same window.caseport.invoke,
// carried over HTTP to the preview server, which runs the very same handler table.
// Served only by scripts/preview/server.ts; never part of the packaged app.
(() => {
  const KEY = 'caseport.previewToken';
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem(KEY, fromUrl);
  const token = fromUrl || sessionStorage.getItem(KEY) || '';

  async function invoke(channel, payload) {
    const response = await fetch('/__preview/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-caseport-token': token },
      body: JSON.stringify({ channel, payload: payload === undefined ? null : payload }),
    });
    if (response.status === 403) {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'The preview refused this page: open the URL the preview printed (with its token).',
        },
      };
    }
    return response.json();
  }

  // Pushed events (progress of long commands) arrive as server-sent events, like Electron's
  // webContents.send to the preload's `on`.
  let source = null;
  const listeners = new Map();
  function on(event, listener) {
    if (event !== 'progress') return () => {};
    if (!source) {
      source = new EventSource(`/__preview/events?token=${encodeURIComponent(token)}`);
      source.addEventListener('progress', (message) => {
        const payload = JSON.parse(message.data);
        for (const l of listeners.get('progress') ?? []) l(payload);
      });
    }
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  }

  Object.defineProperty(window, 'caseport', { value: Object.freeze({ invoke, on }), writable: false });
})();

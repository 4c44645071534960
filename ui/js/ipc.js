// The only door from the page to the app: calls the app's own commands, and opens the channel
// an export reports its progress through. No other module touches window.__TAURI__.
// Errors from the app arrive as {code, message, detail}; anything else is wrapped into that shape.

function tauri() {
  const api = window.__TAURI__;
  if (!api || !api.core) {
    throw { code: "no_app", message: "This page must be opened inside the ACT Export app." };
  }
  return api.core;
}

export async function call(command, args = {}) {
  const core = tauri();
  try {
    return await core.invoke(command, args);
  } catch (error) {
    if (error && typeof error === "object" && "code" in error) throw error;
    throw { code: "internal", message: String(error) };
  }
}

/** A channel for a command to stream messages back; `onMessage` gets each one. */
export function channel(onMessage) {
  const made = new (tauri().Channel)();
  made.onmessage = onMessage;
  return made;
}

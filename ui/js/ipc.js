// The only door from the page to the app: calls the app's own commands.
// Errors from the app arrive as {code, message}; anything else is wrapped into that shape.

export async function call(command, args = {}) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) {
    throw { code: "no_app", message: "This page must be opened inside the ACT Export app." };
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (error) {
    if (error && typeof error === "object" && "code" in error) throw error;
    throw { code: "internal", message: String(error) };
  }
}

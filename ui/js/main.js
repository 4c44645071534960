import { call } from "./ipc.js";

async function showVersion() {
  const target = document.getElementById("app-version");
  try {
    const info = await call("app_info");
    target.textContent = `${info.name} version ${info.version}`;
  } catch (error) {
    target.textContent = "Version unknown";
    console.error(error);
  }
}

showVersion();

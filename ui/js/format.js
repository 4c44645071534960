// Numbers and times in words.

export function size(bytes) {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${bytes} bytes`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export function duration(seconds) {
  if (seconds < 10) return "a few seconds";
  if (seconds < 60) return `${Math.round(seconds / 5) * 5} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "about a minute" : `about ${minutes} minutes`;
  const hours = Math.round(minutes / 6) / 10;
  return `about ${hours} hours`;
}

export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2024-01-03T18:46:00Z" as "3 Jan 2024, 18:46" in the user's locale. */
export function date(text) {
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return text || "";
  return parsed.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

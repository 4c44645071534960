// Numbers and times in words, in the officer's language (the words are messages of
// app-export.ftl; numbers, dates and lists as the language writes them).
import { FluentNumber } from "../vendor/fluent-bundle/index.js";
import { lang, t } from "./l10n.js";

// Above bytes, each unit's words for a size written as the language writes numbers ("1.5").
const UNITS = [
  null,
  (size) => t("format-size-kilobytes", { size }),
  (size) => t("format-size-megabytes", { size }),
  (size) => t("format-size-gigabytes", { size }),
  (size) => t("format-size-terabytes", { size }),
];

/** The locale numbers, dates and lists are written in: English writes them as en-GB does (the
 * day before the month, a 24-hour clock), as the archive's own words do. */
function locale() {
  return lang() === "en" ? "en-GB" : lang();
}

export function size(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return t("format-size-bytes", { bytes });
  // One decimal below 10 ("1.5 MB", "1.0 MB"), none above ("12 MB", "1000 kB"); rounded as
  // before, then written with the language's decimal sign.
  const digits = value < 10 ? 1 : 0;
  const rounded = digits ? Number(value.toFixed(1)) : Math.round(value);
  const number = new Intl.NumberFormat(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
  return UNITS[unit](number.format(rounded));
}

export function duration(seconds) {
  if (seconds < 10) return t("format-duration-few-seconds");
  if (seconds < 60) return t("format-duration-seconds", { seconds: Math.round(seconds / 5) * 5 });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t("format-duration-minutes", { minutes });
  const hours = Math.round(minutes / 6) / 10;
  // Written as the language writes numbers ("1.5", "1,5"), without thousands separators.
  return t("format-duration-hours", { hours: new FluentNumber(hours, { useGrouping: false }) });
}

/** Kept for modules not moved to messages yet: "3 runs" in English only. Use a message with a
 * plural instead. */
export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "A, B and C", as the officer's language joins a list. */
export function list(items) {
  return new Intl.ListFormat(locale(), { style: "long", type: "conjunction" }).format(items);
}

/** "2024-01-03T18:46:00Z" as "3 Jan 2024, 18:46" in the officer's language. */
export function date(text) {
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return text || "";
  return parsed.toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" });
}

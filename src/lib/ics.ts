/**
 * A minimal iCalendar file (RFC 5545) of all-day events, built in the browser. The `ics` package
 * would add about 24 KB gzipped (it bundles a validation library) for what these few lines do.
 */
export interface CalendarEvent {
  /** Globally unique id (RFC 5545 3.8.4.7). */
  uid: string;
  /** The day, as a UTC-midnight calendar date. */
  date: Date;
  summary: string;
  description?: string;
  url?: string;
  /** Remind this many days before, at 9:00 (local time of the calendar). */
  remindDaysBefore?: number;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '');

/** TEXT values: backslash, semicolon, comma and newline are escaped (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF then one space (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, so they hold 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The whole file, CRLF line endings. `now` is the DTSTAMP. */
export function calendarFile(events: CalendarEvent[], now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sous controle//Delais//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    const next = new Date(e.date.getTime() + 86_400_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${ymd(e.date)}`,
      `DTEND;VALUE=DATE:${ymd(next)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('TRANSP:TRANSPARENT');
    if (e.remindDaysBefore) {
      // Midnight of the day minus N days, plus 9 hours: -P(N-1)DT15H.
      const trigger = e.remindDaysBefore === 1 ? '-PT15H' : `-P${e.remindDaysBefore - 1}DT15H`;
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.summary)}`, `TRIGGER:${trigger}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

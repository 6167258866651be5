const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, kind: 'dateTime' | 'date' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'dateTime'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' }
        : kind === 'date'
          ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }
          : // Welsh short forms clash ("Maw" is both Tuesday and March), so Welsh days are written out.
            locale.startsWith('cy')
            ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
            : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** "Thursday 15 January 2026 at 7:30 pm", always in UK time whatever the reader's own zone. */
export function formatMeetingTime(iso: string, locale = 'en-GB'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, /T00:00:00/.test(iso) ? 'date' : 'dateTime')
    .format(date)
    .replace(/^(\w+),/, '$1');
}

/** "Fri 14 Nov 2025" for a calendar date (YYYY-MM-DD), with no time-zone drift. */
export function formatDay(isoDate: string, locale = 'en-GB'): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : formatter(locale, 'day').format(date).replace(/,/g, '');
}

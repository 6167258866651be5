/**
 * Builds assets/council-registry.json from ../shared/data/council-portals.csv:
 * ModernGov and CMIS hosts only, one entry per host, with the council's best name, its other
 * names (for search), and the install's base URL. Run `npm run registry` after the CSV changes;
 * the output is committed, so builds do not need ../shared.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ROOT } from '../tests/support/launch';
import { CouncilRegistry, type CouncilEntry } from '../lib/shared/registry';

const SOURCE = join(ROOT, '..', 'shared', 'data', 'council-portals.csv');
const OUTPUT = join(ROOT, 'assets', 'council-registry.json');

/** Source rows in order of how well they name a council. */
const NAME_PRIORITY = [
  'DemocracyClub/LGSF',
  'jadu/modgov-mcp',
  'opencouncildata',
  'poteris/council-scraper data/councils.csv',
  'poteris/council-scraper data/cmis_councils.csv',
];

/** Welsh names, so "Caerdydd" finds Cardiff. Principal councils of Wales (Welsh Language Commissioner's list). */
const WELSH_NAMES: Record<string, string[]> = {
  cardiff: ['Cyngor Caerdydd', 'Caerdydd'],
  swansea: ['Cyngor Abertawe', 'Abertawe'],
  newport: ['Cyngor Dinas Casnewydd', 'Casnewydd'],
  'vale of glamorgan': ['Bro Morgannwg'],
  bridgend: ['Pen-y-bont ar Ogwr'],
  'neath port talbot': ['Castell-nedd Port Talbot'],
  'rhondda cynon taf': ['Rhondda Cynon Taf'],
  'merthyr tydfil': ['Merthyr Tudful'],
  caerphilly: ['Caerffili'],
  'blaenau gwent': ['Blaenau Gwent'],
  torfaen: ['Tor-faen'],
  monmouthshire: ['Sir Fynwy'],
  powys: ['Powys'],
  ceredigion: ['Ceredigion'],
  pembrokeshire: ['Sir Benfro'],
  carmarthenshire: ['Sir Gâr', 'Sir Gaerfyrddin'],
  gwynedd: ['Gwynedd'],
  'isle of anglesey': ['Ynys Môn'],
  anglesey: ['Ynys Môn'],
  conwy: ['Conwy'],
  denbighshire: ['Sir Ddinbych'],
  flintshire: ['Sir y Fflint'],
  wrexham: ['Wrecsam'],
};

interface Row {
  host: string;
  platform: string;
  council: string;
  code: string;
  url: string;
  ended: string;
  source: string;
}

function installBase(url: string, platform: 'moderngov' | 'cmis'): string | undefined {
  try {
    const parsed = new URL(url.replace(/^http:/, 'https:'));
    const path = parsed.pathname;
    if (platform === 'moderngov') {
      const prefix = path.replace(/\/(mg|ie)[A-Za-z0-9]*\.aspx$|\/mgWebService\.asmx\/.*$/i, '/').replace(/[^/]*$/, '');
      return `${parsed.origin}${prefix || '/'}`;
    }
    const cmisPrefix = /^(\/[^/]+\/)(?=.*(\.aspx|tabid))/i.exec(path)?.[1];
    return `${parsed.origin}${cmisPrefix && !/^\/(Meetings|Councillors|Committees|Decisions)\b/i.test(cmisPrefix) ? cmisPrefix : '/'}`;
  } catch {
    return undefined;
  }
}

function usableName(name: string): boolean {
  return Boolean(name) && !/^local\./i.test(name) && !/^https?:/i.test(name);
}

const rows = parse(await readFile(SOURCE, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
const byHost = new Map<string, Row[]>();
for (const row of rows) {
  const host = row.host.trim().toLowerCase();
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) || /^\d+(\.\d+){3}$/.test(host)) continue;
  if (row.platform !== 'ModernGov' && row.platform !== 'CMIS') continue;
  byHost.set(host, [...(byHost.get(host) ?? []), row]);
}

const entries: CouncilEntry[] = [];
const thisYear = new Date().getUTCFullYear();
for (const [host, hostRows] of [...byHost].sort(([a], [b]) => a.localeCompare(b))) {
  const platformVotes = hostRows.filter((row) => row.platform === 'CMIS').length > hostRows.length / 2 ? 'cmis' : 'moderngov';
  const rank = (row: Row) => {
    const index = NAME_PRIORITY.findIndex((source) => row.source.includes(source));
    return index === -1 ? NAME_PRIORITY.length : index;
  };
  const named = hostRows.filter((row) => usableName(row.council)).sort((a, b) => rank(a) - rank(b));
  const names = [...new Set(named.map((row) => row.council.trim()))];
  const welsh = names.flatMap(
    (name) =>
      WELSH_NAMES[
        name
          .toLowerCase()
          .replace(/^(city and county of|city of|county borough of)\s+/, '')
          .replace(/\s+(county borough|city|county)?\s*council$/i, '')
          .trim()
      ] ?? [],
  );
  const base =
    hostRows.map((row) => installBase(row.url, platformVotes)).find((url) => url && !url.endsWith('.uk/') && !url.endsWith('.com/')) ??
    installBase(hostRows[0]?.url ?? '', platformVotes) ??
    `https://${host}/`;
  const endedYears = hostRows.map((row) => Number(row.ended)).filter((year) => year > 0);
  const gss = hostRows.map((row) => row.code).find((code) => /^[EWSN]\d{8}$/.test(code));
  entries.push({
    host,
    platform: platformVotes,
    name: names[0] ?? host,
    aliases: [...new Set([...names.slice(1), ...welsh])],
    baseUrl: base,
    ...(gss ? { gss } : {}),
    ...(endedYears.length > 0 && Math.max(...endedYears) < thisYear ? { ended: true } : {}),
  });
}

const registry = CouncilRegistry.parse({
  source:
    'Built by scripts/build-registry.ts from shared/data/council-portals.csv (Democracy Club LGSF, opencouncildata, CouncillorData, YourNextRepresentative, a 2025 council list); see assets/council-registry.SOURCES.md',
  councils: entries,
});
await writeFile(OUTPUT, `${JSON.stringify(registry, null, 1)}\n`);
console.log(
  `Wrote ${entries.length} portal hosts (${entries.filter((entry) => entry.platform === 'moderngov').length} ModernGov, ${entries.filter((entry) => entry.platform === 'cmis').length} CMIS) to ${OUTPUT}`,
);

import { holderValues, unreadable } from '../../platforms/cmis/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText } from '../../text';
import { Councillor } from './model';

export function extractCmisCouncillor(url: URL, document: Document): ExtractResult<Councillor> {
  const name = cleanText(document.querySelector('.CMIS_ModuleWrapper h1, [class*="ModCMIS"] h1, h1')?.textContent);
  if (!name) return unreadable('councillor');
  const values = holderValues(document);
  const text = (key: string) => cleanText(values.get(key)?.textContent) || undefined;
  const email = cleanText(document.querySelector('.Email a, a.Email, a[href^="mailto:" i]')?.textContent);
  const appointments = Array.from(document.querySelectorAll('.Committees li, .CommitteeMembership li')).flatMap((item) => {
    const link = item.querySelector('a[href]');
    const title = cleanText(link?.textContent) || cleanText(item.textContent).replace(/\(.*$/, '').trim();
    return title
      ? [compact({ title, role: /\(([^)]+)\)/.exec(cleanText(item.textContent))?.[1], url: absoluteHttpUrl(link?.getAttribute('href'), url.href) })]
      : [];
  });
  return validated(
    Councillor,
    compact({
      kind: 'councillor' as const,
      platform: 'cmis' as const,
      url: url.href,
      councillorId: /\/id\/(\d+)/i.exec(url.pathname)?.[1],
      name,
      party: cleanText(document.querySelector('div.Value.Party')?.textContent) || text('party'),
      ward: text('ward') ?? text('division'),
      photoUrl: absoluteHttpUrl(document.querySelector('.PersonPhoto img, img.Photo, img[id*="Photo" i]')?.getAttribute('src'), url.href),
      roles: Array.from(document.querySelectorAll('.Roles li, .Positions li'))
        .map((item) => cleanText(item.textContent))
        .filter(Boolean),
      appointments,
      contacts: email ? [{ kind: 'email' as const, value: email }] : [],
    }),
    'councillor',
  );
}

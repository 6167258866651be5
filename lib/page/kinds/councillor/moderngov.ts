import { labelledValue, modgovRoot, pageTitle, unreadable } from '../../platforms/moderngov/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText, queryParam } from '../../text';
import { type Contact, Councillor } from './model';

function contactsFrom(root: ParentNode, base: string): Contact[] {
  const contacts: Contact[] = [];
  for (const link of Array.from(root.querySelectorAll('a[href^="mailto:" i]'))) {
    const value = cleanText(link.textContent) || (link.getAttribute('href') ?? '').replace(/^mailto:/i, '');
    if (value) contacts.push({ kind: 'email', value });
  }
  for (const link of Array.from(root.querySelectorAll('a[href^="tel:" i]'))) {
    const value = cleanText(link.textContent);
    if (value) contacts.push({ kind: 'phone', value });
  }
  for (const label of [/^(mobile|phone|telephone|tel|work phone|home phone)$/i]) {
    const value = labelledValue(root, label);
    if (value && !contacts.some((contact) => contact.value === value)) contacts.push({ kind: 'phone', value });
  }
  const address = labelledValue(root, /^(work |home |correspondence )?address$/i);
  if (address) contacts.push({ kind: 'address', value: address });
  for (const link of Array.from(root.querySelectorAll('a[href^="http" i]'))) {
    const href = absoluteHttpUrl(link.getAttribute('href'), base);
    if (!href || new URL(href).host === new URL(base).host) continue;
    const social = /twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|bsky\.app|mastodon/i.test(href);
    contacts.push({ kind: social ? 'social' : 'web', value: cleanText(link.textContent) || href, url: href });
  }
  const seen = new Set<string>();
  return contacts.filter((contact) => (seen.has(`${contact.kind}:${contact.value}`) ? false : (seen.add(`${contact.kind}:${contact.value}`), true)));
}

/** Extracts `mgUserInfo.aspx?UID=`: name, party, ward, photo, roles, appointments and contacts. */
export function extractModernGovCouncillor(url: URL, document: Document): ExtractResult<Councillor> {
  const root = modgovRoot(document);
  const name = pageTitle(root);
  if (!name || /^councillors?$/i.test(name)) return unreadable('councillor');
  const photo = root.querySelector('.mgBigPhoto img, img.mgCouncillorImages, img[src*="UserData" i]');

  const roles: string[] = [];
  const appointments: { title: string; role?: string; url?: string }[] = [];
  for (const heading of Array.from(root.querySelectorAll('h2, h3'))) {
    const headingText = cleanText(heading.textContent);
    let list = heading.nextElementSibling;
    while (list && !/^(UL|OL|H[1-6])$/.test(list.tagName)) list = list.nextElementSibling;
    if (!list || /^H/.test(list.tagName)) continue;
    if (/committee appointments|appointments|committees/i.test(headingText)) {
      for (const item of Array.from(list.querySelectorAll('li'))) {
        const link = item.querySelector('a[href]');
        const text = cleanText(item.textContent);
        const title = cleanText(link?.textContent) || text.replace(/\(.*$/, '').trim();
        if (!title) continue;
        appointments.push(compact({ title, role: /\(([^)]+)\)/.exec(text)?.[1]?.trim(), url: absoluteHttpUrl(link?.getAttribute('href'), url.href) }));
      }
    } else if (/special responsibilit|roles|positions|more information/i.test(headingText)) {
      for (const item of Array.from(list.querySelectorAll('li'))) {
        const text = cleanText(item.textContent);
        if (text) roles.push(text);
      }
    }
  }

  return validated(
    Councillor,
    compact({
      kind: 'councillor' as const,
      platform: 'moderngov' as const,
      url: url.href,
      councillorId: queryParam(url, 'UID'),
      name,
      party: labelledValue(root, /^(political )?party$|^group$/i),
      ward: labelledValue(root, /^(ward|division|electoral division|constituency)$/i),
      photoUrl: absoluteHttpUrl(photo?.getAttribute('src'), url.href),
      roles,
      appointments,
      contacts: contactsFrom(root.querySelector('.mgUserSideBar, .mgUserBody, .mgContent') ?? root, url.href),
    }),
    'councillor',
  );
}

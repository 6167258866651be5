import type { PageDetector, PageKind } from '../types';

/**
 * A CMIS (Civica, on DotNetNuke) page detector, as each page kind CMIS has declares its own
 * (lib/page/kinds/). CMIS puts its page kind in the path, after a base that varies per council
 * (`/birmingham/`, `/cmis5/`, `/live/`...), so each detector matches a path segment rather than a page name.
 */
export function cmisDetector<K extends PageKind>(kind: K, pattern: RegExp, examples: readonly string[]): PageDetector<K> {
  return { kind, matchesUrl: (url) => pattern.test(url.pathname), examples };
}

/** DotNetNuke containers with CMIS modules in them. */
export function hasCmisFingerprint(document: Document): boolean {
  return (
    document.querySelector('.CMIS_ModuleWrapper, [class*="ModCMIS"], .CmisDocumentList, [id^="dnn_ctr"][id*="Meeting"], [id^="dnn_ctr"][id*="CMIS"]') !== null
  );
}

/**
 * A corpus of script-injection payloads. Each one, if it ever ran in the council page, would
 * set `window.__councilLensXss` (or open a dialog). Built from the usual families: HTML tags
 * with event handlers, script and iframe tags, URL schemes, attribute breakouts, markdown
 * links and images, entity and case tricks, and template-style breakouts.
 */
const ACTION = 'window.__councilLensXss=1';

const TAG_HANDLERS: [string, string][] = [
  ['img src=x', 'onerror'],
  ['svg', 'onload'],
  ['body', 'onload'],
  ['iframe src=about:blank', 'onload'],
  ['details open', 'ontoggle'],
  ['video src=x', 'onerror'],
  ['audio src=x', 'onerror'],
  ['input autofocus', 'onfocus'],
  ['select autofocus', 'onfocus'],
  ['textarea autofocus', 'onfocus'],
  ['marquee', 'onstart'],
  ['object data=x', 'onerror'],
  ['a href=# id=x', 'onfocus'],
  ['div tabindex=1 autofocus', 'onfocus'],
  ['math><maction actiontype=statusline', 'onclick'],
  ['style', 'onload'],
  ['link rel=stylesheet href=x', 'onerror'],
  ['embed src=x', 'onerror'],
  ['source src=x', 'onerror'],
  ['track src=x', 'onerror'],
];

const SCHEMES = [
  `javascript:${ACTION}`,
  `JaVaScRiPt:${ACTION}`,
  ` javascript:${ACTION}`,
  `java\tscript:${ACTION}`,
  `javascript&#58;${ACTION}`,
  `&#106;avascript:${ACTION}`,
  `vbscript:${ACTION}`,
  `data:text/html,<script>${ACTION}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19jb3VuY2lsTGVuc1hzcz0xPC9zY3JpcHQ+`,
  `data:image/svg+xml,<svg onload="${ACTION}">`,
  `file:///etc/passwd`,
  `blob:https://example.com/${ACTION}`,
];

export function xssPayloads(): string[] {
  const payloads: string[] = [];
  for (const [tag, handler] of TAG_HANDLERS) {
    payloads.push(`<${tag} ${handler}="${ACTION}">`);
    payloads.push(`"><${tag} ${handler}=${ACTION}>`);
    payloads.push(`'><${tag} ${handler.toUpperCase()}='${ACTION}'>`);
  }
  for (const scheme of SCHEMES) {
    payloads.push(scheme);
    payloads.push(`[click me](${scheme})`);
    payloads.push(`![img](${scheme})`);
    payloads.push(`<a href="${scheme}">link</a>`);
  }
  payloads.push(
    `<script>${ACTION}</script>`,
    `<ScRiPt>${ACTION}</sCrIpT>`,
    `<script src="data:text/javascript,${ACTION}"></script>`,
    `</title><script>${ACTION}</script>`,
    `</textarea><script>${ACTION}</script>`,
    `<iframe srcdoc="<script>parent.${ACTION}</script>">`,
    `<form><button formaction="javascript:${ACTION}">x</button></form>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${ACTION}">`,
    `<base href="javascript:${ACTION}//">`,
    `{{constructor.constructor('${ACTION}')()}}`,
    `\${${ACTION}}`,
    `<img src=x onerror=&#119;indow.__councilLensXss=1>`,
    `<svg><script>${ACTION}</script></svg>`,
    `<svg><a xlink:href="javascript:${ACTION}"><text>x</text></a></svg>`,
    `[x](https://ok.example "title\\" onmouseover=\\"${ACTION}")`,
    `<https://ok.example/" onmouseover="${ACTION}>`,
    `[^1]: <img src=x onerror="${ACTION}">`,
    `<!--<img src="--><img src=x onerror=${ACTION}//">`,
    `<noscript><p title="</noscript><img src=x onerror=${ACTION}>">`,
    `\u0000<script>${ACTION}</script>`,
  );
  return payloads;
}

export const XSS_FLAG = '__councilLensXss';

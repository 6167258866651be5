import type { PageData, PageKind, PageOf } from '../lib/page/kinds';
import { KIND_VIEWS, type KindView, type KindViewContext } from '../lib/page/kinds/views';

export type PageViewProps = KindViewContext & { page: PageData };

/** The page's own view: its kind's (lib/page/kinds/<kind>/view.tsx). */
export function PageView(props: PageViewProps) {
  // TypeScript cannot correlate `KIND_VIEWS[kind]` with the page of that same kind, so the
  // lookup is widened once here; the table's type is what proves each pairing.
  const View = KIND_VIEWS[props.page.kind] as KindView<PageKind>;
  return <View {...props} page={props.page as PageOf<PageKind>} />;
}

import type { Block, DisplaySummary, Footnote, Inline } from './model';
import type { Cited, DocumentSummary } from '../pdf/summarise';
import type { DocumentType } from '../pdf/summarise/structure';
import type { FactKind, KeyFact } from '../pdf/summarise/facts';
import type { PublicEntry, PublicForum } from '../pdf/summarise/public';
import type { RecordedVote, VoteSideName } from '../pdf/summarise/votes';
import type { Declarations } from '../pdf/summarise/declarations';
import { compareItem, type ItemComparison, type ItemOutcome } from '../pdf/summarise/compare';
import { findParts } from '../pdf/summarise/decisions';
import { documentText } from '../pdf/summarise/sentences';
import { findVotes } from '../pdf/summarise/votes';
import type { MessageKey, Translate } from '../shared/i18n';

/**
 * The on-device summariser's findings into the one display model, in the reader's language:
 * every sentence, part and fact cites its page, as a footnote that opens the PDF at `#page=N`.
 * The summariser (lib/pdf/summarise/) finds; this says. Every word a reader sees comes from
 * the catalogues through `t`, apart from the documents' own words, which are quoted as they are.
 */

/** A PDF opened at a page: the one way Council Lens links to a page of a document. */
export function pdfPageLink(pdfUrl: string, page: number): string {
  return `${pdfUrl.replace(/#.*$/, '')}#page=${page}`;
}

/** Footnotes that cite pages of documents: one per document page, shared by every sentence from it. */
export class PageCitations {
  readonly footnotes: Footnote[];
  private readonly urls: string[];

  /** `footnotes` and `urls` continue a summary already made (its documents in the order it cited them). */
  constructor(
    private readonly t: Translate,
    footnotes: readonly Footnote[] = [],
    urls: readonly string[] = [],
  ) {
    this.footnotes = [...footnotes];
    this.urls = [...urls];
  }

  ref(pdfUrl: string, page: number, documentTitle?: string): Inline {
    const id = `d${this.documentIndex(pdfUrl)}p${page}`;
    if (!this.footnotes.some((note) => note.id === id)) {
      const label = documentTitle ? this.t('cite_documentPage', { title: documentTitle, page }) : this.t('cite_page', { page });
      this.footnotes.push({
        id,
        label: this.footnotes.length + 1,
        blocks: [{ t: 'p', c: [{ t: 'text', v: label }] }],
        href: pdfPageLink(pdfUrl, page),
      });
    }
    return { t: 'ref', id };
  }

  /** A footnote to a council web page (the meeting page at an item), for what the page itself says. */
  refPage(url: string, label: string): Inline {
    const id = `w${this.documentIndex(url)}`;
    if (!this.footnotes.some((note) => note.id === id))
      this.footnotes.push({
        id,
        label: this.footnotes.length + 1,
        blocks: [{ t: 'p', c: [{ t: 'text', v: label }] }],
        ...(/^https?:\/\//i.test(url) ? { href: url } : {}),
      });
    return { t: 'ref', id };
  }

  cite(item: Cited, pdfUrl: string, documentTitle?: string): Inline[] {
    return [{ t: 'text', v: `${item.text} ` }, this.ref(pdfUrl, item.page, documentTitle)];
  }

  private documentIndex(url: string): number {
    const index = this.urls.indexOf(url);
    if (index >= 0) return index;
    this.urls.push(url);
    return this.urls.length - 1;
  }
}

/** What wrote an on-device summary: the product's name, which is not translated. */
const ON_DEVICE = 'Council Lens';

const DOCUMENT_KEY: Record<DocumentType, MessageKey> = {
  agenda: 'doc_agenda',
  minutes: 'doc_minutes',
  decisionRecord: 'doc_decisionRecord',
  report: 'doc_report',
  reportsPack: 'doc_reportsPack',
  supplement: 'doc_supplement',
  other: 'doc_other',
};

const FACT_KEY: Record<FactKind, MessageKey> = {
  money: 'fact_money',
  date: 'fact_date',
  financialYear: 'fact_financialYear',
  percentage: 'fact_percentage',
  count: 'fact_count',
  decisionReference: 'fact_decisionReference',
  keyDecision: 'fact_keyDecision',
  callIn: 'fact_callIn',
  wards: 'fact_wards',
};

/** "1 statement", "36 statements": the catalogues have no plural rules, so one and other are two messages. */
const COUNTED: Record<PublicEntry['kind'], [MessageKey, MessageKey]> = {
  statement: ['public_statement_one', 'public_statement_other'],
  question: ['public_question_one', 'public_question_other'],
  petition: ['public_petition_one', 'public_petition_other'],
};
const ENTRY_LABEL: Record<PublicEntry['kind'], MessageKey> = {
  statement: 'public_statementLabel',
  question: 'public_questionLabel',
  petition: 'public_petitionLabel',
};

/** Key facts shown before "more". */
const FACTS_SHOWN = 6;
/** Public entries listed before "more". */
const PUBLIC_ENTRIES_SHOWN = 6;

const text = (v: string): Inline => ({ t: 'text', v });
const heading = (v: string): Block => ({ t: 'heading', level: 3, c: [text(v)] });

/**
 * The public's statements, questions and petitions as what they are: counted, the subject most
 * share, then each attributed (who, on which item, its title in their words, the council's
 * response), every line cited. Never mixed into the council's key points.
 */
export function publicForumBlocks(forum: PublicForum, cited: (item: Cited) => Inline[], t: Translate): Block[] {
  const counted = (count: number, kind: PublicEntry['kind']) => t(COUNTED[kind][count === 1 ? 0 : 1], { count });
  const said = [
    forum.statements
      ? forum.statements.support || forum.statements.oppose
        ? t('public_byTitles', { counted: counted(forum.statements.count, 'statement'), support: forum.statements.support, oppose: forum.statements.oppose })
        : counted(forum.statements.count, 'statement')
      : '',
    forum.questions ? counted(forum.questions.count, 'question') : '',
    forum.petitions ? counted(forum.petitions.count, 'petition') : '',
  ].filter(Boolean);
  const blocks: Block[] = [heading(t('public_heading')), { t: 'p', c: cited({ text: t('public_intro', { list: said.join(', ') }), page: forum.page }) }];
  for (const topic of forum.topics) {
    const total =
      topic.kind === 'statement'
        ? (forum.statements?.count ?? topic.count)
        : topic.kind === 'question'
          ? (forum.questions?.count ?? topic.count)
          : (forum.petitions?.count ?? topic.count);
    const line =
      topic.support || topic.oppose
        ? t('public_topicStance', { count: topic.count, total: counted(total, topic.kind), topic: topic.name, support: topic.support, oppose: topic.oppose })
        : t('public_topic', { count: topic.count, total: counted(total, topic.kind), topic: topic.name });
    blocks.push({ t: 'p', c: [text(line)] });
  }
  const entry = (item: PublicEntry): Block[] => {
    const label = `${t(ENTRY_LABEL[item.kind])}${item.refs ? ` ${item.refs}` : ''}, ${item.who}`;
    const about = item.about ? `: “${item.about.length > 160 ? `${item.about.slice(0, 159).replace(/\s\S*$/, '')}…` : item.about}”` : '';
    const extras = [
      item.item ? t('public_item', { item: item.item }) : '',
      item.signatures ? t('public_signatures', { count: item.signatures.toLocaleString('en-GB') }) : '',
      item.stance === 'oppose' ? t('public_oppose') : item.stance === 'support' ? t('public_support') : '',
    ].filter(Boolean);
    const blocks: Block[] = [
      { t: 'p', c: [{ t: 'strong', c: [text(label)] }, ...cited({ text: `${about}${extras.length ? ` (${extras.join(', ')})` : ''}`, page: item.page })] },
    ];
    if (item.response) blocks.push({ t: 'p', c: [{ t: 'em', c: [text(`${t('public_response')} `)] }, ...cited(item.response)] });
    return blocks;
  };
  if (forum.entries.length) {
    blocks.push({ t: 'list', ordered: false, items: forum.entries.slice(0, PUBLIC_ENTRIES_SHOWN).map(entry) });
    if (forum.entries.length > PUBLIC_ENTRIES_SHOWN) {
      blocks.push({
        t: 'more',
        summary: [text(t('public_more', { count: forum.entries.length - PUBLIC_ENTRIES_SHOWN }))],
        c: [{ t: 'list', ordered: false, items: forum.entries.slice(PUBLIC_ENTRIES_SHOWN).map(entry) }],
      });
    }
  }
  return blocks;
}

const OUTCOME_KEY: Record<ItemOutcome, MessageKey> = {
  asRecommended: 'outcome_asRecommended',
  withChanges: 'outcome_withChanges',
  deferred: 'outcome_deferred',
  refused: 'outcome_refused',
  noted: 'outcome_noted',
};
const SIDE_KEY: Record<VoteSideName, MessageKey> = { for: 'vote_for', against: 'vote_against', abstain: 'vote_abstain' };
const SIDE_COUNT_KEY: Record<VoteSideName, MessageKey> = { for: 'vote_forCount', against: 'vote_againstCount', abstain: 'vote_abstainCount' };
const SIDES: readonly VoteSideName[] = ['for', 'against', 'abstain'];

/** A vote in one line ("Item 7, Recommendation 2A: Carried, 6 for, 0 against, 3 abstaining"), its named lists, and any count that does not match its names. */
export function voteBlocks(vote: RecordedVote, cite: (item: Cited) => Inline[], t: Translate): Block[] {
  const outcome = t(vote.outcome === 'carried' ? 'vote_carried' : vote.outcome === 'lost' ? 'vote_lost' : 'vote_unstated');
  const counts = SIDES.flatMap((side) => (vote[side].count !== undefined ? [t(SIDE_COUNT_KEY[side], { count: vote[side].count })] : []));
  const motion = vote.motion ? `${vote.motion.charAt(0).toUpperCase()}${vote.motion.slice(1)}` : '';
  const label = [vote.item ? t('itemNumber', { number: vote.item }) : '', motion].filter(Boolean).join(', ');
  const summary = [vote.unanimous ? `${outcome} ${t('vote_unanimous')}` : outcome, ...(vote.unanimous ? [] : counts)].join(', ');
  const blocks: Block[] = [{ t: 'p', c: [...(label ? [{ t: 'strong' as const, c: [text(`${label}: `)] }] : []), ...cite({ text: summary, page: vote.page })] }];
  for (const side of SIDES)
    if (vote[side].names.length) blocks.push({ t: 'p', c: [{ t: 'em', c: [text(`${t(SIDE_KEY[side])}: `)] }, text(vote[side].names.join(', '))] });
  for (const side of vote.mismatched ?? [])
    blocks.push({
      t: 'p',
      c: [{ t: 'strong', c: [text(t('vote_mismatch', { side: t(SIDE_KEY[side]), count: vote[side].count ?? 0, named: vote[side].names.length }))] }],
    });
  return blocks;
}

export function votesBlocks(votes: readonly RecordedVote[], cite: (item: Cited) => Inline[], t: Translate): Block[] {
  if (votes.length === 0) return [];
  return [heading(t('heading_votes')), { t: 'list', ordered: false, items: votes.slice(0, 60).map((vote) => voteBlocks(vote, cite, t)) }];
}

/** The declarations item: "None were declared", or who declared what, on which item, in the minutes' words. */
export function declarationsBlocks(declarations: Declarations, cite: (item: Cited) => Inline[], t: Translate): Block[] {
  const blocks: Block[] = [heading(t('heading_declarations'))];
  if (declarations.none) return [...blocks, { t: 'p', c: cite({ text: t('declarations_none'), page: declarations.page }) }];
  blocks.push({
    t: 'list',
    ordered: false,
    items: declarations.entries.map((entry) => [
      {
        t: 'p',
        c: [
          { t: 'strong', c: [text(`${entry.who.join(', ')}${entry.item ? ` (${t('itemNumber', { number: entry.item })})` : ''}: `)] },
          ...cite({ text: `“${entry.text}”`, page: entry.page }),
        ],
      },
    ]),
  });
  return blocks;
}

/** The diff as inlines: unchanged words as they are, added and removed ones marked. */
function diffInlines(comparison: NonNullable<ItemComparison['parts'][number]['diff']>): Inline[] {
  return comparison.flatMap((piece, index): Inline[] => {
    const space = index > 0 ? [text(' ')] : [];
    if (piece.op === 'same') return [...space, text(piece.text)];
    return [...space, { t: piece.op === 'added' ? 'ins' : 'del', c: [text(piece.text)] }];
  });
}

/** One item's recommendation against its decision: the outcome in words, then each part beside what became of it. */
export function comparisonBlocks(
  comparison: ItemComparison,
  citeRecommended: (item: Cited) => Inline,
  citeDecided: (item: Cited) => Inline,
  t: Translate,
): Block[] {
  const blocks: Block[] = [
    {
      t: 'p',
      c: [
        { t: 'strong', c: [text(`${t('outcome_label')}: `)] },
        { t: 'strong', c: [text(t(OUTCOME_KEY[comparison.outcome]))] },
      ],
    },
  ];
  const items: Block[][] = comparison.parts.map((part): Block[] => {
    const label = (key: MessageKey): Inline => ({ t: 'em', c: [text(`${t(key)}: `)] });
    switch (part.status) {
      case 'same':
        return [{ t: 'p', c: [label('compare_same'), text(`${part.decided!.text} `), citeRecommended(part.recommended!), citeDecided(part.decided!)] }];
      case 'changed':
        return [
          { t: 'p', c: [label('compare_recommended'), text(`${part.recommended!.text} `), citeRecommended(part.recommended!)] },
          { t: 'p', c: [label('compare_resolved'), ...diffInlines(part.diff ?? []), text(' '), citeDecided(part.decided!)] },
        ];
      case 'refused':
        return [{ t: 'p', c: [label('compare_refused'), text(`${part.recommended!.text} `), citeRecommended(part.recommended!)] }];
      case 'dropped':
        return [{ t: 'p', c: [label('compare_dropped'), text(`${part.recommended!.text} `), citeRecommended(part.recommended!)] }];
      case 'added':
        return [{ t: 'p', c: [label('compare_added'), text(`${part.decided!.text} `), citeDecided(part.decided!)] }];
    }
  });
  if (items.length) blocks.push({ t: 'list', ordered: false, items });
  return blocks;
}

/** One document's summary: what it is, who decides, what was decided, then recommended, the public's part, key points and facts. */
export function toDisplaySummary(result: DocumentSummary, pdfUrl: string, t: Translate, generatedAt?: string): DisplaySummary {
  const citations = new PageCitations(t);
  const cited = (item: Cited): Inline[] => citations.cite(item, pdfUrl);
  const pages = t(result.pages === 1 ? 'pages_one' : 'pages_other', { count: result.pages });
  const blocks: Block[] = [
    { t: 'p', c: [text(t(result.language === 'cy' ? 'docIntroWelsh' : 'docIntro', { what: t(DOCUMENT_KEY[result.documentType]), pages }))] },
  ];
  // Who decides, when, and by when it can be called in, as the document states them.
  const { about } = result;
  const aboutLine: Inline[] = [];
  const addAbout = (label: MessageKey, value: string, page: number) =>
    aboutLine.push(...(aboutLine.length ? [text(' ')] : []), { t: 'strong', c: [text(`${t(label)}: `)] }, ...cited({ text: value, page }));
  if (about.decisionMaker)
    addAbout(
      result.documentType === 'report' || result.documentType === 'reportsPack' ? 'about_forDecisionBy' : 'about_decidedBy',
      about.decisionMaker.text,
      about.decisionMaker.page,
    );
  if (about.date && result.documentType === 'decisionRecord') addAbout('about_date', about.date.text, about.date.page);
  if (about.reference) addAbout('about_reference', about.reference.text, about.reference.page);
  if (about.keyDecision) addAbout('about_keyDecision', about.keyDecision.value ? t('yes') : t('no'), about.keyDecision.page);
  if (about.callInDeadline) addAbout('about_callInDeadline', about.callInDeadline.text, about.callInDeadline.page);
  if (aboutLine.length) blocks.push({ t: 'p', c: aboutLine });
  // What was decided comes first, every part verbatim with its agenda item, then what was recommended.
  const decided = new Set(result.decisions.map((part) => part.text));
  if (result.decisions.length > 0) {
    blocks.push(heading(t(result.documentType === 'minutes' ? 'heading_resolved' : 'heading_decided')));
    blocks.push({
      t: 'list',
      ordered: false,
      items: result.decisions.slice(0, 40).map((part) => {
        const title = part.itemTitle && (part.itemTitle.length > 70 ? `${part.itemTitle.slice(0, 69)}…` : part.itemTitle);
        const item = part.item ? (title ? t('itemWithTitle', { number: part.item, title }) : t('itemNumber', { number: part.item })) : undefined;
        return [
          {
            t: 'p',
            c: [
              ...(item ? [{ t: 'strong' as const, c: [text(`${item}: `)] }] : []),
              ...cited(part),
              ...(part.vote ? [{ t: 'em' as const, c: [text(` ${t('vote', { vote: part.vote })}`)] }] : []),
            ],
          },
        ];
      }),
    });
  }
  const recommended = result.recommendations.filter((part) => !decided.has(part.text));
  if (recommended.length > 0) {
    blocks.push(heading(t(result.documentType === 'minutes' ? 'heading_resolved' : 'heading_recommendations')));
    blocks.push({ t: 'list', ordered: false, items: recommended.slice(0, 30).map((item) => [{ t: 'p', c: cited(item) }]) });
  }
  blocks.push(...votesBlocks(result.votes ?? [], cited, t));
  if (result.declarations) blocks.push(...declarationsBlocks(result.declarations, cited, t));
  // The public's part, counted and attributed to the public: never mixed into the council's key points.
  if (result.publicForum) blocks.push(...publicForumBlocks(result.publicForum, cited, t));
  if (result.summary.length > 0) {
    blocks.push(heading(t('heading_keyPoints')));
    for (const sentence of result.summary) blocks.push({ t: 'p', c: cited(sentence) });
  }
  // Facts with their meaning ("£426k — annual cost of the two contracts"): a few, then the rest behind "more".
  const facts = result.keyFacts.filter((fact) => fact.kind !== 'date' || fact.label).slice(0, 30);
  const factItem = (fact: KeyFact): Block[] => [
    {
      t: 'p',
      c: [
        { t: 'strong', c: [text(fact.label ? fact.text : `${t(FACT_KEY[fact.kind])}: ${fact.text}`)] },
        ...cited({ text: fact.label ? ` — ${fact.label}` : '', page: fact.page }),
      ],
    },
  ];
  if (facts.length > 0) {
    blocks.push(heading(t('heading_keyFacts')));
    blocks.push({ t: 'list', ordered: false, items: facts.slice(0, FACTS_SHOWN).map(factItem) });
    if (facts.length > FACTS_SHOWN) {
      blocks.push({
        t: 'more',
        summary: [text(t('moreFacts', { count: facts.length - FACTS_SHOWN }))],
        c: [{ t: 'list', ordered: false, items: facts.slice(FACTS_SHOWN).map(factItem) }],
      });
    }
  }
  return { producedBy: 'extractive', generatedBy: ON_DEVICE, ...(generatedAt ? { generatedAt } : {}), blocks, footnotes: citations.footnotes };
}

/** An agenda item as the meeting page gives it: what it resolved, where the page publishes that. */
export interface PageItem {
  number?: string;
  title: string;
  resolved?: string;
  anchor?: string;
}

/** A page item's resolution read as the summariser reads minutes: its decision parts, and any recorded votes. */
function pageResolution(item: PageItem): { decided: Cited[]; votes: RecordedVote[] } {
  if (!item.resolved) return { decided: [], votes: [] };
  const text = documentText([{ page: 1, lines: item.resolved.split(/\n+/).filter(Boolean) }]);
  const parts = findParts(text, { minutesIdioms: true });
  const found = parts.decisions.length ? parts.decisions : parts.all;
  // A decision page often states its decision as plain prose ("The Director … has decided to approve…"): each paragraph is a part.
  const decided = found.length
    ? found.map(({ text: part, page }) => ({ text: part, page }))
    : item.resolved
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .filter((paragraph) => paragraph.length >= 20)
        .map((paragraph) => ({ text: paragraph, page: 1 }));
  return { decided, votes: findVotes(text) };
}

const titleKey = (title: string) => squashTitle(title).slice(0, 40);
/** The same item's title as two documents give it: one may be cut short or run on ("Workplace Parking Levy" / "…Levy Update report"). */
const sameTitle = (a: string, b: string) => {
  const [x, y] = [squashTitle(a), squashTitle(b)];
  return x.length >= 6 && y.length >= 6 && (x.startsWith(y.slice(0, 30)) || y.startsWith(x.slice(0, 30)));
};
const squashTitle = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A decision page's report, read on the device: its recommendations set beside the decision the
 * page states, before the rest of its summary. The decision is cited to the decision page.
 */
export function withDecisionComparison(
  display: DisplaySummary,
  summary: DocumentSummary,
  pdfUrl: string,
  decision: { text: string; pageUrl: string },
  t: Translate,
): DisplaySummary {
  const decidedHere = new Set(summary.decisions.map((part) => part.text));
  const recommended = summary.recommendations.filter((part) => !decidedHere.has(part.text));
  const { decided } = pageResolution({ title: '', resolved: decision.text });
  const comparison = recommended.length ? compareItem(recommended, decided) : undefined;
  if (!comparison) return display;
  const citations = new PageCitations(t, display.footnotes, [pdfUrl]);
  const decidedSet = new Set<Cited>(decided);
  const ref = (item: Cited) => (decidedSet.has(item) ? citations.refPage(decision.pageUrl, t('cite_decisionPage')) : citations.ref(pdfUrl, item.page));
  return {
    ...display,
    blocks: [heading(t('compare_heading')), ...comparisonBlocks(comparison, ref, ref, t), ...display.blocks],
    footnotes: citations.footnotes,
  };
}

export interface MeetingDocumentResult {
  title: string;
  url: string;
  summary: DocumentSummary;
  /** The agenda item the document belongs to, when the page says so. */
  itemNumber?: string;
}

/**
 * A whole meeting from its documents, per agenda item: the reports pack is split by its
 * frontsheet's "(Pages x to y)", each item report is placed under its item, and every line
 * cites its document and page.
 */
export function combineMeeting(
  documents: readonly MeetingDocumentResult[],
  pageItems: readonly PageItem[],
  t: Translate,
  generatedAt?: string,
  pageUrl?: string,
): DisplaySummary {
  const citations = new PageCitations(t);
  const blocks: Block[] = [];
  const pack = documents.find((document) => document.summary.items.some((item) => item.pageStart !== undefined));
  const items: { number: string; title: string; pageStart?: number; pageEnd?: number }[] = pack?.summary.items.length
    ? pack.summary.items
    : pageItems.map((item, index) => ({ number: item.number ?? String(index + 1), title: item.title }));
  const used = new Set<string>();
  // Minutes and decision records say what became of each item; reports and packs, what was recommended.
  const isRecord = (document: MeetingDocumentResult) => document.summary.documentType === 'minutes' || document.summary.documentType === 'decisionRecord';
  const records = documents.filter(isRecord);
  const comparedDecisions = new Set<Cited>();
  const shownVotes = new Set<RecordedVote>();

  const section = (
    title: string,
    recommendations: { item: Cited; document: MeetingDocumentResult }[],
    points: { item: Cited; document: MeetingDocumentResult }[],
    number?: string,
    pageItem?: PageItem,
    itemTitle?: string,
  ) => {
    // What the minutes or decision record resolved for this item, and the votes taken on it. Minutes may number their
    // minutes apart from the agenda (urgent items moved up), so a part whose minute has a title belongs by its title.
    const ofThisItem = (part: { item?: string; itemTitle?: string }) =>
      number !== undefined && (part.itemTitle && itemTitle ? sameTitle(part.itemTitle, itemTitle) : part.item === number);
    const decided: { item: Cited; document?: MeetingDocumentResult }[] = number
      ? records.flatMap((document) => document.summary.decisions.filter(ofThisItem).map((item) => ({ item, document })))
      : [];
    const votes: { vote: RecordedVote; document?: MeetingDocumentResult }[] = number
      ? records.flatMap((document) => {
          // A vote knows its minute's number; the minute's title comes from the parts resolved under it.
          const titleOf = (minute: string | undefined) => document.summary.decisions.find((part) => part.item === minute && part.itemTitle)?.itemTitle;
          return (document.summary.votes ?? [])
            .filter((vote) => ofThisItem({ ...(vote.item ? { item: vote.item } : {}), ...(titleOf(vote.item) ? { itemTitle: titleOf(vote.item)! } : {}) }))
            .map((vote) => ({ vote, document }));
        })
      : [];
    // No minutes or decision record among the documents: what the meeting page itself publishes as resolved.
    const onPage = pageItem && decided.length === 0 ? pageResolution(pageItem) : undefined;
    if (onPage) {
      decided.push(...onPage.decided.map((item) => ({ item })));
      votes.push(...onPage.votes.map((vote) => ({ vote })));
    }
    const pageRef = () =>
      citations.refPage(
        pageUrl && pageItem?.anchor ? `${pageUrl.replace(/#.*$/, '')}#${pageItem.anchor}` : (pageUrl ?? ''),
        t('cite_meetingPageItem', { title: pageItem ? (pageItem.number ? t('itemNumber', { number: pageItem.number }) : pageItem.title) : '' }),
      );
    const citeFrom = (document: MeetingDocumentResult | undefined) => (item: Cited) =>
      document ? citations.cite(item, document.url, document.title) : [text(`${item.text} `), pageRef()];
    const comparison =
      decided.length || votes.length
        ? compareItem(
            recommendations.map(({ item }) => item),
            decided.map(({ item }) => item),
            votes.map(({ vote }) => vote),
          )
        : undefined;
    if (recommendations.length === 0 && points.length === 0 && !comparison && votes.length === 0) return;
    blocks.push(heading(title));
    if (comparison) {
      const documentOf = new Map<Cited, MeetingDocumentResult | undefined>([
        ...recommendations.map(({ item, document }) => [item, document] as const),
        ...decided.map(({ item, document }) => [item, document] as const),
      ]);
      const refOf = (item: Cited) => {
        const document = documentOf.get(item);
        return document ? citations.ref(document.url, item.page, document.title) : pageRef();
      };
      blocks.push(...comparisonBlocks(comparison, refOf, refOf, t));
      for (const { item } of decided) comparedDecisions.add(item);
    } else if (recommendations.length > 0) {
      blocks.push({ t: 'p', c: [{ t: 'strong', c: [text(t('meeting_recommended'))] }] });
      blocks.push({
        t: 'list',
        ordered: false,
        items: recommendations.map(({ item, document }) => [{ t: 'p', c: citations.cite(item, document.url, document.title) }]),
      });
    }
    if (votes.length) {
      blocks.push({ t: 'p', c: [{ t: 'strong', c: [text(t('heading_votes'))] }] });
      blocks.push({
        t: 'list',
        ordered: false,
        // Under its item's heading, a vote needs no item number of its own.
        items: votes.map(({ vote: { item: _item, ...vote }, document }) => voteBlocks(vote, citeFrom(document), t)),
      });
      for (const { vote } of votes) shownVotes.add(vote);
    }
    for (const { item, document } of points.slice(0, 4)) blocks.push({ t: 'p', c: citations.cite(item, document.url, document.title) });
  };

  for (const item of items) {
    const inRange = (page: number) => item.pageStart !== undefined && page >= item.pageStart && page <= (item.pageEnd ?? item.pageStart);
    const recommendations: { item: Cited; document: MeetingDocumentResult }[] = [];
    const points: { item: Cited; document: MeetingDocumentResult }[] = [];
    if (pack) {
      for (const block of pack.summary.recommendations) if (inRange(block.page)) recommendations.push({ item: block, document: pack });
      for (const sentence of pack.summary.summary) if (inRange(sentence.page)) points.push({ item: sentence, document: pack });
    }
    for (const document of documents.filter((candidate) => candidate !== pack && candidate.itemNumber === item.number && !isRecord(candidate))) {
      used.add(document.url);
      for (const block of document.summary.recommendations) recommendations.push({ item: block, document });
      for (const sentence of document.summary.summary) points.push({ item: sentence, document });
    }
    const pageItem =
      pageItems.find((candidate) => candidate.number !== undefined && candidate.number === item.number && titleKey(candidate.title) === titleKey(item.title)) ??
      pageItems.find((candidate) => titleKey(candidate.title) === titleKey(item.title)) ??
      (pack ? undefined : pageItems.find((candidate) => candidate.number === item.number));
    section(t('meeting_item', { number: item.number, title: item.title }), recommendations, points, item.number, pageItem, item.title);
  }
  // Documents not tied to an item (a frontsheet, minutes, a supplement) still count; what an item above already showed is not repeated.
  for (const document of documents.filter((candidate) => candidate !== pack && !used.has(candidate.url))) {
    if (document.summary.documentType === 'agenda' && pack) continue;
    const remaining = document.summary.recommendations.filter(
      (block) => !document.summary.decisions.some((part) => comparedDecisions.has(part) && part.text === block.text),
    );
    section(
      document.title,
      remaining.map((block) => ({ item: block, document })),
      document.summary.summary.map((sentence) => ({ item: sentence, document })),
    );
    const otherVotes = (document.summary.votes ?? []).filter((vote) => !shownVotes.has(vote));
    blocks.push(...votesBlocks(otherVotes, (item) => citations.cite(item, document.url, document.title), t));
  }
  const withDeclarations = records.find((document) => document.summary.declarations) ?? documents.find((document) => document.summary.declarations);
  if (withDeclarations?.summary.declarations)
    blocks.push(...declarationsBlocks(withDeclarations.summary.declarations, (item) => citations.cite(item, withDeclarations.url, withDeclarations.title), t));
  // The public's statements and questions, from the minutes that list them: attributed, never among the council's points.
  const withForum = documents.find((document) => document.summary.publicForum);
  if (withForum?.summary.publicForum)
    blocks.push(...publicForumBlocks(withForum.summary.publicForum, (item) => citations.cite(item, withForum.url, withForum.title), t));
  if (blocks.length === 0) blocks.push({ t: 'p', c: [text(t('meeting_nothing'))] });
  return { producedBy: 'extractive', generatedBy: ON_DEVICE, ...(generatedAt ? { generatedAt } : {}), blocks, footnotes: citations.footnotes };
}

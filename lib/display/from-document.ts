import type { Block, DisplaySummary, Footnote, Inline } from './model';
import type { Cited, DocumentSummary } from '../pdf/summarise';
import type { DocumentType } from '../pdf/summarise/structure';
import type { FactKind, KeyFact } from '../pdf/summarise/facts';
import type { PublicEntry, PublicForum } from '../pdf/summarise/public';
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
  readonly footnotes: Footnote[] = [];
  private readonly urls: string[] = [];

  constructor(private readonly t: Translate) {}

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
  pageItems: readonly { number?: string; title: string }[],
  t: Translate,
  generatedAt?: string,
): DisplaySummary {
  const citations = new PageCitations(t);
  const blocks: Block[] = [];
  const pack = documents.find((document) => document.summary.items.some((item) => item.pageStart !== undefined));
  const items: { number: string; title: string; pageStart?: number; pageEnd?: number }[] = pack?.summary.items.length
    ? pack.summary.items
    : pageItems.map((item, index) => ({ number: item.number ?? String(index + 1), title: item.title }));
  const used = new Set<string>();

  const section = (
    title: string,
    recommendations: { item: Cited; document: MeetingDocumentResult }[],
    points: { item: Cited; document: MeetingDocumentResult }[],
  ) => {
    if (recommendations.length === 0 && points.length === 0) return;
    blocks.push(heading(title));
    if (recommendations.length > 0) {
      blocks.push({ t: 'p', c: [{ t: 'strong', c: [text(t('meeting_recommended'))] }] });
      blocks.push({
        t: 'list',
        ordered: false,
        items: recommendations.map(({ item, document }) => [{ t: 'p', c: citations.cite(item, document.url, document.title) }]),
      });
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
    for (const document of documents.filter((candidate) => candidate !== pack && candidate.itemNumber === item.number)) {
      used.add(document.url);
      for (const block of document.summary.recommendations) recommendations.push({ item: block, document });
      for (const sentence of document.summary.summary) points.push({ item: sentence, document });
    }
    section(t('meeting_item', { number: item.number, title: item.title }), recommendations, points);
  }
  // Documents not tied to an item (a frontsheet, minutes, a supplement) still count.
  for (const document of documents.filter((candidate) => candidate !== pack && !used.has(candidate.url))) {
    if (document.summary.documentType === 'agenda' && pack) continue;
    section(
      document.title,
      document.summary.recommendations.map((block) => ({ item: block, document })),
      document.summary.summary.map((sentence) => ({ item: sentence, document })),
    );
  }
  // The public's statements and questions, from the minutes that list them: attributed, never among the council's points.
  const withForum = documents.find((document) => document.summary.publicForum);
  if (withForum?.summary.publicForum)
    blocks.push(...publicForumBlocks(withForum.summary.publicForum, (item) => citations.cite(item, withForum.url, withForum.title), t));
  if (blocks.length === 0) blocks.push({ t: 'p', c: [text(t('meeting_nothing'))] });
  return { producedBy: 'extractive', generatedBy: ON_DEVICE, ...(generatedAt ? { generatedAt } : {}), blocks, footnotes: citations.footnotes };
}

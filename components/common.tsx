import { GlossaryText } from './Glossary';
import type { ComponentChildren } from 'preact';
import { Party } from './Party';

/** An external link: opens beside the council page, and tells the new page nothing about this one. */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function PageHeader({ eyebrow, title, children }: { eyebrow: string; title: string; children?: ComponentChildren }) {
  return (
    <header class="page-header">
      <p class="eyebrow">{eyebrow}</p>
      <h2 class="title">{title}</h2>
      {children}
    </header>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={`cl-${id}-heading`}>
      <h3 id={`cl-${id}-heading`}>{title}</h3>
      {children}
    </section>
  );
}

/** A label/value list of facts; absent values are left out rather than shown as blanks. */
export function Facts({ items }: { items: [string, ComponentChildren | undefined][] }) {
  const present = items.filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (present.length === 0) return null;
  return (
    <dl class="facts-list">
      {present.map(([label, value]) => (
        <div key={label} class="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Officer prose, one paragraph per block, as text: never as HTML. */
/** Paragraphs of a council's text; with `seen`, its local-government terms are explained, each once per view. */
export function Prose({ text, seen }: { text: string; seen?: Set<string> }) {
  return (
    <div class="prose">
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{seen ? <GlossaryText text={paragraph} seen={seen} /> : paragraph}</p>
      ))}
    </div>
  );
}

export function PersonLine({ name, url, detail, party, ward }: { name: string; url?: string; detail?: string; party?: string; ward?: string }) {
  return (
    <span class="attendee-body">
      <span class="attendee-name">{url ? <ExternalLink href={url}>{name}</ExternalLink> : name}</span>
      <span class="attendee-meta">
        {detail ? <span>{detail}</span> : null}
        {party ? <Party party={party} /> : null}
        {ward ? <span>{ward}</span> : null}
      </span>
    </span>
  );
}

/**
 * Party names as councils write them ("LAB", "Lab", "Labour and Co-operative") mapped to one
 * label and a colour. The colour is decoration: the label is always shown beside it.
 */
export interface PartyStyle {
  label: string;
  colour: string;
}

const PARTIES: readonly [RegExp, PartyStyle][] = [
  [/^(lab|labour)\b|labour/i, { label: 'Labour', colour: '#d50000' }],
  [/^(con|cons)\b|conservative|tory/i, { label: 'Conservative', colour: '#0087dc' }],
  [/^(ld|lib ?dem|libdem)s?\b|liberal democrat/i, { label: 'Liberal Democrats', colour: '#faa61a' }],
  [/^(grn|green)\b|green party/i, { label: 'Green', colour: '#02a95b' }],
  [/^(ref|reform)\b|reform uk/i, { label: 'Reform UK', colour: '#12b6cf' }],
  [/^snp\b|scottish national/i, { label: 'SNP', colour: '#fdf38e' }],
  [/^(pc|plaid)\b|plaid cymru/i, { label: 'Plaid Cymru', colour: '#005b54' }],
  [/^(ind|independent)\b|independent/i, { label: 'Independent', colour: '#8a8a8a' }],
  [/residents/i, { label: '', colour: '#6f4e9c' }],
];

export function partyStyle(party: string): PartyStyle {
  const name = party.trim();
  for (const [pattern, style] of PARTIES) {
    if (pattern.test(name)) return { label: style.label || name, colour: style.colour };
  }
  return { label: name, colour: '#5f6b7a' };
}

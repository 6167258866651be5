import { partyStyle } from '../lib/page/party';

/** A party as a coloured swatch *and* its name: colour is never the only signal. */
export function Party({ party }: { party: string }) {
  const style = partyStyle(party);
  return (
    <span class="party">
      <span class="party-swatch" style={{ background: style.colour }} aria-hidden="true" />
      {style.label}
    </span>
  );
}

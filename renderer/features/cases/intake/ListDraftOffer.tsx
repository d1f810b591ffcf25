import { DraftOffer } from './DraftOffer';
import { useDraftOffers } from './use-draft-offers';

/** On the case list: an unfinished intake is offered before anything else. */
export function ListDraftOffer({ onContinue }: { onContinue: (id: string) => void }) {
  const { drafts, discard } = useDraftOffers('case', null);
  return (
    <DraftOffer drafts={drafts} onContinue={(d) => onContinue(d.id)} onDiscard={(d) => void discard(d.id)} />
  );
}

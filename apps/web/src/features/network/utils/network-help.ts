// Interim: replaced by @stewardship/network's NETWORK_DEFINITIONS when network-lib is merged.
const HELP = {
  partners: { title: 'Partners and ties', help: 'Partners in the network this month, and pairs of partners with a rated tie either way.' },
  respondentOrganisations: { title: 'Rating organisations', help: 'Partners whose respondents rated a relationship this month.' },
  density: { title: 'Density', help: 'Ratings given ÷ every rating that could be given, n(n − 1).' },
  reciprocity: { title: 'Reciprocity', help: 'Share of ratings that are answered by a rating the other way.' },
  eiIndex: { title: 'E–I index', help: '(ties between sectors − ties within) ÷ all ties: −1 all within sectors (silos), +1 all across.' },
  communitySectorNmi: { title: 'Communities and sectors', help: 'Normalised mutual information of communities and sectors: 1 communities are the sectors (silos), 0 unrelated.' },
  components: { title: 'Components', help: 'Separate parts of the network with no tie between them.' },
  sectorMixing: { title: 'Ties within and across sectors', help: 'Each sector’s ties, the share within the sector and its E–I index.' },
};

export function networkHelp(key: keyof typeof HELP): { title: string; help: string } {
  return HELP[key];
}

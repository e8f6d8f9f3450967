/** The site's main sections, in the order of the navigation: key (for nav.KEY texts) and path. */
export const MAIN_SECTIONS = [
  ['members', '/members/'],
  ['map', '/map/'],
  ['areas', '/areas/'],
  ['stories', '/stories/'],
  ['figures', '/figures/'],
  ['about', '/about/'],
] as const;

export type MainSection = (typeof MAIN_SECTIONS)[number][0];

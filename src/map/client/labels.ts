/** The interface text the map page passes to its scripts (data-labels, built from the dictionary). */
export interface MapLabels {
  orgs: { one: string; other: string };
  points: { one: string; other: string };
  /** The filters' summary on a phone: how many are active. */
  active: { one: string; other: string };
  kinds: Record<string, string>;
  relations: Record<string, string>;
  areas: Record<string, string>;
  precision: Record<string, string>;
  site: string;
  location: string;
  areasLabel: string;
  member: string;
  here: string;
  /** The choropleth legend's class for departments with no organization. */
  classNone: string;
  /** The choropleth legend's count of departments in a class. */
  departments: { one: string; other: string };
  noWebgl: string;
  loadError: string;
  loading: string;
  interactive: string;
  attribution: string;
  memberPath: string;
  /** The share controls' addresses (absolute, without filters) and the embed's title; the directory's path. */
  share: { link: string; embed: string; title: string; directory: string };
  /** MapLibre's control texts, by MapLibre's keys ("NavigationControl.ZoomIn"...). */
  controls: Record<string, string>;
}
